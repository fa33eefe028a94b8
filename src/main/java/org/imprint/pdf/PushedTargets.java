package org.imprint.pdf;

import java.util.List;
import java.util.Map;

import com.openhtmltopdf.layout.LayoutContext;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.PageBox;

/**
 * Points every internal link at the page where its target's text is. openhtmltopdf 1.1.31 sets a
 * link's destination (and a bookmark's, and a {@code target-counter()}'s page) at the top of the
 * target's border box. When the page ends inside a block before its first line (a bibliography
 * entry or an endnote after a page whose foot holds notes, a heading at a page's last few points),
 * the layout moves the line to the next page but leaves the block's top behind: the link then
 * opens the foot of the page before. This runs after the last layout and before the PDF is drawn,
 * and points each such target at its first line (or image) instead, where a reader sees it.
 */
final class PushedTargets {

    private PushedTargets() {
    }

    /** Re-points the targets whose box starts on an earlier page than their text. */
    static void anchorAtText(PdfBoxRenderer renderer) {
        SharedContext shared = renderer.getSharedContext();
        Map<String, Box> ids = shared.getIdMap();
        if (ids == null) {
            return;
        }
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        LayoutContext css = shared.newLayoutContextInstance();
        for (Map.Entry<String, Box> id : List.copyOf(ids.entrySet())) {
            Box target = id.getValue();
            if (!(target instanceof BlockBox block) || block.isReplaced()) {
                continue;    // an inline target stands in its line already
            }
            Box text = firstContent(block);
            if (text == null) {
                continue;
            }
            int top = target.getAbsY() + (int) target.getMargin(css).top();
            int boxPage = LaidOutPages.indexOf(pages, top);
            int textPage = LaidOutPages.indexOf(pages, text.getAbsY());
            if (textPage > boxPage) {
                shared.addBoxId(id.getKey(), text);
            }
        }
    }

    /** The first line with a height, or image, in {@code box}, in layout order; null if none. */
    private static Box firstContent(Box box) {
        if (box instanceof LineBox line) {
            return line.getHeight() > 0 ? line : null;
        }
        if (box instanceof BlockBox block && block.isReplaced()) {
            return block.getHeight() > 0 ? block : null;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            Box found = firstContent(box.getChild(i));
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
