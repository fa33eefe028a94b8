package org.imprint.markdown;

import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * An image that is a paragraph's whole content but for a task box before it ({@code - [ ] ![Task](chart.png)},
 * the image perhaps linked) starts a line of its own, after a forced break. Both PDF engines
 * justify every line of a paragraph but its last and one ended by a forced break: the line the
 * image wrapped away from, holding "[ ]" alone, was spread over the measure, "[" at one edge and
 * "]" at the other (openhtmltopdf), or letter by letter (Flying Saucer). Ended by a break it is
 * set flush, as the image would stand on its own line anyway. An image among words flows with
 * them as before.
 */
final class ImageLines {

    /** A task list's box as written: Imprint has no task lists, so it is text. */
    private static final Pattern TASK_BOX = Pattern.compile("\\s*\\[[ xX]\\]\\s*");

    private ImageLines() {
    }

    /** Puts a forced break between a task box and the image that is the rest of its paragraph. */
    static void apply(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                Node first = paragraph.getFirstChild();
                if (first instanceof Text box && TASK_BOX.matcher(box.getLiteral()).matches()) {
                    Node image = first.getNext();
                    while (image instanceof SoftLineBreak) {
                        image = image.getNext();
                    }
                    if (isImage(image) && onlyBlankAfter(image)) {
                        box.setLiteral(box.getLiteral().strip());
                        for (Node n = first.getNext(); n != image; ) {
                            Node next = n.getNext();
                            n.unlink();
                            n = next;
                        }
                        image.insertBefore(new HardLineBreak());
                    }
                }
                visitChildren(paragraph);
            }
        });
    }

    /** Whether the node is an image, or a link that holds only an image. */
    static boolean isImage(Node node) {
        return node instanceof Image
                || node instanceof Link link && link.getFirstChild() instanceof Image && link.getFirstChild().getNext() == null;
    }

    /**
     * Whether the paragraph is one image, or one linked image, and blanks: in an endnote, whose
     * paragraphs run together, it starts a line of its own.
     */
    static boolean loneImage(Node paragraph) {
        if (!(paragraph instanceof Paragraph)) {
            return false;
        }
        Node n = paragraph.getFirstChild();
        while (n instanceof SoftLineBreak || n instanceof Text t && t.getLiteral().isBlank()) {
            n = n.getNext();
        }
        return isImage(n) && onlyBlankAfter(n);
    }

    private static boolean onlyBlankAfter(Node node) {
        for (Node n = node.getNext(); n != null; n = n.getNext()) {
            if (!(n instanceof SoftLineBreak) && !(n instanceof Text t && t.getLiteral().isBlank())) {
                return false;
            }
        }
        return true;
    }
}
