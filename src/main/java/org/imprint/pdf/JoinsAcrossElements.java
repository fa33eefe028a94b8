package org.imprint.pdf;

import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;

/**
 * Lets Arabic-script letters join across the edges of inline elements, as a browser joins them:
 * openhtmltopdf shapes each text's run on its own ({@link ArabicShaper#shapeText} is handed
 * "پاک" and "ستان" of "پاک<b>ستان</b>" apart), so the letters at an edge took the forms of a
 * word's end and start, and the PDF printed پاک|ستان, کت|ا|ب, ال|حكومة.
 *
 * <p>Where an edge falls between two Arabic-script letters that join by their Unicode joining
 * types (marks between them transparent), a zero width joiner (U+200D, which joins both ways) is
 * put on each side of it: at the end of the text before and the start of the text after, so that
 * each run is shaped with its neighbour's joining in view. {@link ArabicShaper} drops the joiners
 * at a run's ends once it has shaped it, and {@link ShapedMeasure} any other: they are neither
 * drawn nor read back. A lām before an
 * alif across an edge keeps two glyphs, joined, rather than their ligature, which one run alone
 * could not draw.
 *
 * <p>Only across phrasing elements (emphasis, links, spans): a block, a line break, an image, code,
 * a page-foot note, an element of its own direction ({@code dir}, {@code bdi}) or an isolate's characters end a
 * letter's context, as do a space, punctuation and ZWNJ, which join nothing.
 */
final class JoinsAcrossElements {

    /** The zero width joiner: joining type C, it joins the letters on both its sides. */
    static final char JOINER = '\u200D';

    /**
     * The elements a word may run across. Not code ({@code code}, {@code kbd}, {@code samp}): the
     * PDF sets it left to right in a right-to-left article, a run of its own, as a browser does an
     * isolate; a joiner at its end stood in a left-to-right run, which is drawn unshaped.
     */
    private static final Set<String> PHRASING = Set.of("a", "em", "i", "strong", "b", "cite", "dfn", "abbr", "mark",
            "small", "u", "s", "strike", "del", "ins", "span", "var", "time", "data");
    private static final Set<String> SKIPPED = Set.of("head", "style", "script", "svg", "math");

    /** The text that ends where the next text starts, and the last character of it that is not a mark. */
    private static final class Context {
        private Text last;
        private int lastCharacter = -1;

        void end() {
            last = null;
            lastCharacter = -1;
        }
    }

    private JoinsAcrossElements() {
    }

    /** Puts joiners at the element edges of {@code dom} that fall between two letters that join. */
    static void apply(Document dom) {
        if (dom.getDocumentElement() != null) {
            walk(dom.getDocumentElement(), new Context());
        }
    }

    private static void walk(Element element, Context context) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Text text) {
                visit(text, context);
            } else if (child instanceof Element e) {
                String name = e.getLocalName() != null ? e.getLocalName() : e.getTagName();
                if (PHRASING.contains(name) && !e.hasAttribute("dir") && !note(e)) {
                    walk(e, context);
                } else {
                    context.end();
                    if (!SKIPPED.contains(name)) {
                        walk(e, context);
                        context.end();
                    }
                }
            }
        }
    }

    /**
     * A page-foot note: its text stands in the paragraph at its call, right after the word that
     * calls it, but is floated to the page's foot ({@code float: footnote}).
     */
    private static boolean note(Element element) {
        return (" " + element.getAttribute("class") + " ").contains(" footnote ");
    }

    private static void visit(Text text, Context context) {
        String data = text.getData();
        int first = firstCharacter(data);
        if (first < 0) {
            // marks alone (or nothing): the letters round them still join
            return;
        }
        if (context.last != null && joinsNext(context.lastCharacter) && joinsPrevious(first)) {
            String before = context.last.getData();
            if (before.isEmpty() || before.charAt(before.length() - 1) != JOINER) {
                context.last.appendData(String.valueOf(JOINER));
            }
            text.insertData(0, String.valueOf(JOINER));
        }
        context.last = text;
        context.lastCharacter = lastCharacter(text.getData());
    }

    /** The first character of {@code data} that is not transparent to joining, or -1. */
    private static int firstCharacter(String data) {
        for (int i = 0; i < data.length(); ) {
            int cp = data.codePointAt(i);
            if (!transparent(cp)) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    private static int lastCharacter(String data) {
        for (int i = data.length(); i > 0; ) {
            int cp = data.codePointBefore(i);
            if (!transparent(cp)) {
                return cp;
            }
            i -= Character.charCount(cp);
        }
        return -1;
    }

    private static boolean transparent(int cp) {
        return joiningType(cp) == UCharacter.JoiningType.TRANSPARENT;
    }

    /** An Arabic-script letter (or tatweel, or a joiner) that joins the letter after it. */
    private static boolean joinsNext(int cp) {
        int type = joiningType(cp);
        return arabic(cp) && (type == UCharacter.JoiningType.DUAL_JOINING || type == UCharacter.JoiningType.LEFT_JOINING
                || type == UCharacter.JoiningType.JOIN_CAUSING);
    }

    /** An Arabic-script letter (or tatweel, or a joiner) that joins the letter before it. */
    private static boolean joinsPrevious(int cp) {
        int type = joiningType(cp);
        return arabic(cp) && (type == UCharacter.JoiningType.DUAL_JOINING || type == UCharacter.JoiningType.RIGHT_JOINING
                || type == UCharacter.JoiningType.JOIN_CAUSING);
    }

    /**
     * An Arabic-script character, or a joiner the author wrote at the edge (پاک<b>&zwj;ستان</b>):
     * it asks the letter on the edge's other side to join, and only the text it stands in sees it.
     */
    private static boolean arabic(int cp) {
        return cp == JOINER || cp >= 0 && UScript.hasScript(cp, UScript.ARABIC);
    }

    private static int joiningType(int cp) {
        return UCharacter.getIntPropertyValue(cp, UProperty.JOINING_TYPE);
    }
}
