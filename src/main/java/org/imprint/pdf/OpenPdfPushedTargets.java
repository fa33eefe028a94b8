package org.imprint.pdf;

import java.util.List;
import java.util.Map;

import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.LineBox;
import org.xhtmlrenderer.render.PageBox;

/**
 * {@link PushedTargets} for the openpdf engine: Flying Saucer, too, points a link (and a
 * bookmark) at the top of its target's box, which stays at the foot of the page before when the
 * target's first line moves on. After layout, each such target is pointed at its first line (or
 * image) instead.
 */
final class OpenPdfPushedTargets {

    private OpenPdfPushedTargets() {
    }

    /** Re-points the targets whose box starts on an earlier page than their text. */
    static void anchorAtText(ITextRenderer renderer) {
        SharedContext shared = renderer.getSharedContext();
        Map<String, Box> ids = shared.getIdMap();
        if (ids == null) {
            return;
        }
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        for (Map.Entry<String, Box> id : List.copyOf(ids.entrySet())) {
            if (!(id.getValue() instanceof BlockBox block) || block.isReplaced()) {
                continue;    // an inline target stands in its line already
            }
            Box text = firstContent(block);
            // Flying Saucer's destination is the box's top edge (its margin's)
            if (text != null && pageOf(pages, text.getAbsY()) > pageOf(pages, block.getAbsY())) {
                shared.addBoxId(id.getKey(), text);
            }
        }
    }

    private static int pageOf(List<PageBox> pages, int y) {
        for (int i = 0; i < pages.size(); i++) {
            if (y >= pages.get(i).getTop() && y < pages.get(i).getBottom()) {
                return i;
            }
        }
        return -1;
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
