package org.imprint.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * Makes page-foot notes ({@code float: footnote}) PDF/UA-1 after layout. openhtmltopdf tags
 * each note body as a {@code Div} in a {@code Sect} at the end of the structure tree, with no
 * {@code Note} and no ID, and the call as a {@code Link} without a description. This pass turns
 * each body into a {@code Note} with a unique ID (listed in the structure tree's IDTree), its
 * number into a {@code Lbl}, moves the note right after its call in the reading order, gives the
 * call's link a description ("Note 3") as {@code Alt} and annotation {@code /Contents}, and drops
 * the sections it emptied.
 *
 * <p>Calls and notes are matched by their number's text, not by their places in the tree, which
 * differ between openhtmltopdf versions.
 */
final class FootnoteTags {

    /** A note body's number as its marker prints it: "3. " */
    private static final Pattern MARKER = Pattern.compile("\\s*(\\d+)\\.?\\s*");

    private final PDDocument document;
    private final String label;
    private final Map<PDPage, Map<Integer, String>> texts = new HashMap<>();

    private FootnoteTags(PDDocument document, String label) {
        this.document = document;
        this.label = label;
    }

    /**
     * Tags the document's page-foot notes; a document without any is left as it is.
     *
     * @param label the word before a note's number in the call's description ("Note")
     */
    static void apply(PDDocument document, String label) throws IOException {
        new FootnoteTags(document, label).run();
    }

    private void run() throws IOException {
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return;
        }
        Map<Integer, PDStructureElement> notes = new LinkedHashMap<>();
        Map<Integer, PDStructureElement> labels = new HashMap<>();
        List<PDStructureElement> links = new ArrayList<>();
        collect(root, notes, labels, links);
        if (notes.isEmpty()) {
            return;
        }
        Map<String, PDStructureElement> ids = new LinkedHashMap<>();
        for (PDStructureElement link : links) {
            Matcher number = MARKER.matcher(textOf(link));
            if (!number.matches() || !notes.containsKey(Integer.parseInt(number.group(1)))) {
                continue;
            }
            int n = Integer.parseInt(number.group(1));
            PDStructureElement body = notes.remove(n);
            PDStructureNode section = body.getParent();
            section.removeKid(body);
            // a note that is a block of its own: its Div becomes the Note, the body around it goes
            PDStructureElement note = body(body);
            insertAfter(link, note);
            note.setStructureType("Note");
            note.setElementIdentifier("note-" + n);
            ids.put("note-" + n, note);
            labels.get(n).setStructureType("Lbl");
            String description = label + " " + n;
            link.setAlternateDescription(description);
            for (Object kid : link.getKids()) {
                if (kid instanceof PDObjectReference ref && ref.getReferencedObject() instanceof PDAnnotation annotation) {
                    annotation.setContents(description);
                }
            }
            dropIfEmpty(section);
        }
        if (!ids.isEmpty()) {
            IdTree tree = new IdTree(new COSDictionary());
            PDNameTreeNode<PDStructureElement> existing = root.getIDTree();
            if (existing != null && existing.getNames() != null) {
                ids.putAll(existing.getNames());
            }
            tree.setNames(ids);
            root.setIDTree(tree);
        }
    }

    /**
     * Finds note bodies (a Div in a Sect, led, maybe inside one more Div, by a Span that holds
     * only its number) and links.
     */
    private void collect(PDStructureNode node, Map<Integer, PDStructureElement> notes,
                         Map<Integer, PDStructureElement> labels, List<PDStructureElement> links) throws IOException {
        for (Object kid : node.getKids()) {
            if (!(kid instanceof PDStructureElement element)) {
                continue;
            }
            String type = element.getStructureType();
            if ("Link".equals(type)) {
                links.add(element);
            } else if ("Div".equals(type) && node instanceof PDStructureElement parent && "Sect".equals(parent.getStructureType())
                    && !body(element).getKids().isEmpty() && body(element).getKids().get(0) instanceof PDStructureElement first
                    && "Span".equals(first.getStructureType())) {
                Matcher number = MARKER.matcher(textOf(first));
                if (number.matches() && body(element).getKids().size() > 1) {
                    int n = Integer.parseInt(number.group(1));
                    notes.putIfAbsent(n, element);
                    labels.putIfAbsent(n, first);
                    continue;
                }
            }
            collect(element, notes, labels, links);
        }
    }

    /**
     * What holds a note's number and text: the note body itself, or the one Div in it when the
     * note is a block of its own ({@code display: block}), which openhtmltopdf tags inside the body.
     */
    private static PDStructureElement body(PDStructureElement div) {
        List<Object> kids = div.getKids();
        return kids.size() == 1 && kids.get(0) instanceof PDStructureElement only && "Div".equals(only.getStructureType())
                ? only : div;
    }

    /**
     * Puts the note right after the link, in the link's parent. Works on the parent's /K array
     * itself: when a marked-content id follows the link (text after the call), PDFBox's
     * insertBefore cannot find that id and fails.
     */
    private static void insertAfter(PDStructureElement link, PDStructureElement note) {
        PDStructureNode parent = link.getParent();
        if (parent.getCOSObject().getDictionaryObject(COSName.K) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) == link.getCOSObject()) {
                    kids.add(i + 1, note.getCOSObject());
                    note.setParent(parent);
                    return;
                }
            }
        }
        parent.appendKid(note);
    }

    private static void dropIfEmpty(PDStructureNode section) {
        if (section instanceof PDStructureElement element && element.getKids().isEmpty()
                && element.getParent() != null) {
            element.getParent().removeKid(element);
        }
    }

    /** The text of an element's marked content, in the order of its kids. */
    private String textOf(PDStructureElement element) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Object kid : element.getKids()) {
            if (kid instanceof Integer mcid) {
                sb.append(textsOf(element.getPage()).getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference ref) {
                sb.append(textsOf(ref.getPage() != null ? ref.getPage() : element.getPage()).getOrDefault(ref.getMCID(), ""));
            } else if (kid instanceof PDStructureElement child) {
                sb.append(textOf(child));
            }
        }
        return sb.toString();
    }

    /** The text of each marked-content sequence of a page, by MCID. */
    private Map<Integer, String> textsOf(PDPage page) throws IOException {
        if (page == null) {
            return Map.of();
        }
        Map<Integer, String> found = texts.get(page);
        if (found == null) {
            found = new HashMap<>();
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                addTexts(content, found);
            }
            texts.put(page, found);
        }
        return found;
    }

    private static void addTexts(PDMarkedContent content, Map<Integer, String> found) {
        StringBuilder sb = new StringBuilder();
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition text) {
                sb.append(text.getUnicode());
            } else if (item instanceof PDMarkedContent nested) {
                addTexts(nested, found);
            }
        }
        if (content.getMCID() >= 0) {
            found.merge(content.getMCID(), sb.toString(), String::concat);
        }
    }

    /** The structure tree's ID tree: element IDs to elements. */
    private static final class IdTree extends PDNameTreeNode<PDStructureElement> {
        IdTree(COSDictionary dict) {
            super(dict);
        }

        @Override
        protected PDStructureElement convertCOSToPD(COSBase base) {
            return new PDStructureElement((COSDictionary) base);
        }

        @Override
        protected PDNameTreeNode<PDStructureElement> createChildNode(COSDictionary dic) {
            return new IdTree(dic);
        }
    }
}
