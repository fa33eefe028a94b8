package org.imprint.pdf;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The document's one XMP metadata packet. PDF/A requires it to say exactly what the Info
 * dictionary says (title, author, subject, keywords, creator tool, producer, dates), and to
 * identify the PDF/A part and conformance; a PDF/UA document also names its PDF/UA part, in a
 * schema that PDF/A knows only through the extension schema described here.
 *
 * <p>Written as text rather than through xmpbox so that every byte is under our control: the
 * packet must be the same for the same document, and must not carry a timestamp of its own.
 */
final class XmpPacket {

    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private XmpPacket() {
    }

    /**
     * @param meta        the document's metadata
     * @param author      the Info dictionary's Author, to which dc:creator must be equivalent
     * @param keywords    the Info dictionary's Keywords (pdf:Keywords)
     * @param producer    the Info dictionary's Producer (pdf:Producer)
     * @param creatorTool the Info dictionary's Creator (xmp:CreatorTool)
     * @param documentId  a UUID that identifies this document's content
     * @param pdfUa       whether to claim PDF/UA-1
     */
    static byte[] of(PdfMetadata meta, String author, String keywords, String producer, String creatorTool,
                     String documentId, boolean pdfUa) {
        String date = XMP_DATE.format(meta.date());
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\"\n")
                .append("  xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
                .append("  xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n")
                .append("  xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n")
                .append("  xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"\n")
                .append("  xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"");
        if (pdfUa) {
            x.append("\n  xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"\n")
                    .append("  xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n")
                    .append("  xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n")
                    .append("  xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"");
        }
        x.append(">\n");
        x.append("<dc:format>application/pdf</dc:format>\n");
        alt(x, "dc:title", meta.title());
        // PDF/A: dc:creator is equivalent to Info's Author when it holds that one text
        container(x, "dc:creator", "Seq", meta.authors());
        if (meta.subject() != null) {
            alt(x, "dc:description", meta.subject());
        }
        if (!meta.keywords().isEmpty()) {
            container(x, "dc:subject", "Bag", meta.keywords());
        }
        container(x, "dc:language", "Bag", List.of(meta.language()));
        simple(x, "dc:identifier", meta.identifier());
        if (meta.publisher() != null) {
            container(x, "dc:publisher", "Bag", List.of(meta.publisher()));
        }
        if (meta.rights() != null) {
            alt(x, "dc:rights", meta.rights());
        }
        container(x, "dc:date", "Seq", List.of(date));
        simple(x, "pdf:Producer", producer);
        if (!keywords.isEmpty()) {
            simple(x, "pdf:Keywords", keywords);
        }
        simple(x, "xmp:CreatorTool", creatorTool);
        simple(x, "xmp:CreateDate", date);
        simple(x, "xmp:ModifyDate", date);
        simple(x, "xmp:MetadataDate", date);
        simple(x, "xmpMM:DocumentID", "uuid:" + documentId);
        simple(x, "xmpMM:InstanceID", "uuid:" + documentId);
        simple(x, "pdfaid:part", "2");
        simple(x, "pdfaid:conformance", "U");
        if (pdfUa) {
            simple(x, "pdfuaid:part", "1");
            x.append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                    .append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
                    .append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
                    .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
                    .append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
                    .append("<pdfaProperty:name>part</pdfaProperty:name>\n")
                    .append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
                    .append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
                    .append("<pdfaProperty:description>Part of ISO 14289 to which the document conforms</pdfaProperty:description>\n")
                    .append("</rdf:li></rdf:Seq></pdfaSchema:property>\n")
                    .append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n");
        }
        x.append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void simple(StringBuilder x, String name, String value) {
        x.append('<').append(name).append('>').append(esc(value)).append("</").append(name).append(">\n");
    }

    private static void alt(StringBuilder x, String name, String value) {
        x.append('<').append(name).append("><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(value))
                .append("</rdf:li></rdf:Alt></").append(name).append(">\n");
    }

    private static void container(StringBuilder x, String name, String kind, List<String> values) {
        x.append('<').append(name).append("><rdf:").append(kind).append('>');
        for (String value : values) {
            x.append("<rdf:li>").append(esc(value)).append("</rdf:li>");
        }
        x.append("</rdf:").append(kind).append("></").append(name).append(">\n");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
