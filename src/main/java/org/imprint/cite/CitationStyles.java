package org.imprint.cite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imprint.ReportException;
import org.imprint.article.Article;
import org.imprint.article.Suggest;
import org.imprint.brand.Brand;

/**
 * Finds CSL styles, by the id of one bundled from the Citation Style Language's repository
 * ({@code org.citationstyles:styles}) or as a {@code .csl} file in the report or the brand, and
 * keeps one processor per style and locale: parsing a style and its locale costs a few hundred
 * milliseconds, so a batch pays it once. Thread-safe.
 */
public final class CitationStyles {

    /** The Chicago notes edition citeproc-java 3.5 formats right, suggested before the newer ones. */
    private static final String CHICAGO_NOTES = "chicago-notes-bibliography-16th-edition";
    /** Bundled styles citeproc-java 3.5 formats wrong (a place and year twice; README's limits). */
    private static final java.util.Set<String> FORMATTED_WRONG = java.util.Set.of("chicago-notes-bibliography",
            "chicago-notes-bibliography-17th-edition");

    private static final Pattern LINK = Pattern.compile("<link\\b[^>]*>");
    private static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]*)\"");

    private final Map<String, Processor> processors = new ConcurrentHashMap<>();

    /**
     * The style an article asks for (its {@code citation_style:}, else its brand's).
     *
     * @throws ReportException for an unknown id or a missing file, naming the nearest ids
     */
    StyleSource style(Article article, Brand brand) throws ReportException {
        String name = article.citationStyle();
        int line = article.lineOf("citation_style");
        Path where = article.source();
        if (name == null) {
            Object fromBrand = brand.profile().get("citation_style");
            if (fromBrand == null) {
                throw new ReportException(article.source(), article.lineOf("bibliography"), "the report has a bibliography "
                        + "but neither it nor its brand names a citation style; add e.g. citation_style: apa");
            }
            name = String.valueOf(fromBrand);
            where = brand.folder().resolve("brand.yaml");
            line = 0;
        }
        if (name.endsWith(".csl")) {
            Path file = null;
            for (Path folder : folders(article, brand)) {
                Path candidate = folder.resolve(name).normalize();
                if (file == null && candidate.startsWith(folder) && Files.isRegularFile(candidate)) {
                    file = candidate;
                }
            }
            if (file == null) {
                throw new ReportException(where, line, "citation style \"" + name
                        + "\" is not a file in the report or the brand; put the .csl file beside article.md");
            }
            String xml;
            try {
                xml = Files.readString(file);
            } catch (IOException e) {
                throw new ReportException(where, line, "citation style \"" + name + "\" cannot be read (" + e.getMessage() + ")");
            }
            // the CSL parser would resolve a DTD's entities, which could pull other files into the output
            if (xml.contains("<!DOCTYPE") || xml.contains("<!ENTITY")) {
                throw new ReportException(file, 0, "the citation style has a DOCTYPE or entities, which CSL styles "
                        + "never need; remove them");
            }
            // read as XML and written back in one spelling (class="note", never class = 'note'): the
            // style's attributes are then read alike however the file spelt them
            xml = canonical(file, xml);
            String parent = parentId(xml);
            if (parent != null) {
                // a dependent style only renames its parent, which does the formatting
                String parentXml = bundled(parent);
                if (parentXml == null) {
                    throw new ReportException(file, 0, "the citation style is a dependent style whose parent \"" + parent
                            + "\" (its <link rel=\"independent-parent\">) is not among the bundled styles; put the parent's "
                            + ".csl file in the report and name it in citation_style:, or use a bundled style id");
                }
                return new StyleSource(name, parentXml);
            }
            return new StyleSource(name, xml);
        }
        String xml = bundled(name);
        if (xml == null) {
            String renamed = renamed(name);
            if (renamed != null && bundled(renamed) != null) {
                // a former id (an older report's, or Zotero's of some years ago): edit distance
                // offered MLA, AHA and MRC for "modern-humanities-research-association", never
                // mhra-notes, its new name (h15aa 13)
                throw new ReportException(where, line, "unknown citation style \"" + name + "\": the Citation Style Language "
                        + "renamed it; use citation_style: " + renamed);
            }
            List<String> nearest = new java.util.ArrayList<>(nearest(name));
            if (nearest.stream().anyMatch(FORMATTED_WRONG::contains)) {
                // the 2025 and 17th Chicago editions use CSL that citeproc-java 3.5 lacks (README)
                nearest.remove(CHICAGO_NOTES);
                nearest.add(0, CHICAGO_NOTES + " (the Chicago edition citeproc-java formats right)");
            }
            throw new ReportException(where, line, "unknown citation style \"" + name + "\""
                    + (nearest.isEmpty() ? "" : "; the nearest bundled styles are " + String.join(", ", nearest))
                    + " (any id of the Citation Style Language's repository, or a .csl file)");
        }
        String parent = parentId(xml);
        if (parent != null && bundled(parent) != null) {
            // a dependent style only renames its parent: the parent does the formatting
            return new StyleSource(name, bundled(parent));
        }
        return new StyleSource(name, xml);
    }

    /**
     * The id of the style a dependent style stands for (its {@code <link rel="independent-parent">},
     * the last part of the address: "apa" for {@code http://www.zotero.org/styles/apa}), or
     * {@code null} for a style that formats by itself.
     */
    static String parentId(String xml) {
        if (xml.contains("<citation")) {
            return null;
        }
        Matcher link = LINK.matcher(xml);
        while (link.find()) {
            if (link.group().contains("rel=\"independent-parent\"")) {
                Matcher href = HREF.matcher(link.group());
                if (href.find()) {
                    String address = href.group(1).replaceFirst("/+$", "");
                    return address.substring(address.lastIndexOf('/') + 1);
                }
            }
        }
        return null;
    }

    /**
     * A style file as XML writes it back: attributes in double quotes without spaces around
     * {@code =}, which is how the bundled styles are spelt and how this package reads attributes.
     * A file that is not well-formed XML is refused, named with its line: citeproc-java's parser
     * would print the parser's complaint on the console and report only that it failed.
     */
    static String canonical(Path file, String xml) throws ReportException {
        try {
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                    throw e;
                }
            });
            org.w3c.dom.Element root = builder.parse(new org.xml.sax.InputSource(new java.io.StringReader(xml))).getDocumentElement();
            if (!root.getLocalName().equals("style") || !"http://purl.org/net/xbiblio/csl".equals(root.getNamespaceURI())) {
                throw new ReportException(file, 0, "the citation style is not a CSL style (its root element is <"
                        + root.getTagName() + ">, not <style xmlns=\"http://purl.org/net/xbiblio/csl\">)");
            }
            javax.xml.transform.Transformer writer = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
            writer.setOutputProperty(javax.xml.transform.OutputKeys.ENCODING, "UTF-8");
            java.io.StringWriter out = new java.io.StringWriter();
            writer.transform(new javax.xml.transform.dom.DOMSource(root.getOwnerDocument()), new javax.xml.transform.stream.StreamResult(out));
            return out.toString();
        } catch (javax.xml.transform.TransformerException e) {
            throw new ReportException(file, 0, "the citation style cannot be written back as XML: " + e.getMessage());
        } catch (org.xml.sax.SAXParseException e) {
            throw new ReportException(file, Math.max(e.getLineNumber(), 0), "the citation style is not well-formed XML: "
                    + e.getMessage().replaceFirst("\\.$", "") + "; correct the file, or use a style id such as apa");
        } catch (org.xml.sax.SAXException | IOException | javax.xml.parsers.ParserConfigurationException e) {
            throw new ReportException(file, 0, "the citation style cannot be read as XML: " + e.getMessage());
        }
    }

    /** Where a style's file may be: the report folder, then the brand's folders, nearest first. */
    private static List<Path> folders(Article article, Brand brand) {
        List<Path> folders = new java.util.ArrayList<>(List.of(article.folder().toAbsolutePath().normalize()));
        brand.folders().forEach(f -> folders.add(f.toAbsolutePath().normalize()));
        return folders;
    }

    /** The processor for a style and a language, made on first use. */
    Processor processor(StyleSource style, String language) {
        return processors.computeIfAbsent(style.xml().hashCode() + "|" + style.name() + "|" + language,
                key -> Processor.of(style, language));
    }

    private static String bundled(String id) {
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            return null;
        }
        for (String path : List.of(id + ".csl", "dependent/" + id + ".csl")) {
            try (InputStream in = CitationStyles.class.getClassLoader().getResourceAsStream(path)) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return null;
    }

    /**
     * The id a style was renamed to in the Citation Style Language's repository (its
     * renamed-styles.json, as {@code renamed-styles.txt}), or {@code null}.
     */
    static String renamed(String name) {
        try (InputStream in = CitationStyles.class.getResourceAsStream("renamed-styles.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#"))
                    .map(line -> line.split("\\s*\\|\\s*"))
                    .filter(parts -> parts.length == 2 && parts[0].strip().equals(name))
                    .map(parts -> parts[1].strip()).findFirst().orElse(null);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("renamed-styles.txt is missing from the jar", e);
        }
    }

    /** The bundled ids closest to a misspelt one (read only when an id is unknown). */
    private static List<String> nearest(String name) {
        TreeSet<String> ids = new TreeSet<>();
        URL apa = CitationStyles.class.getClassLoader().getResource("apa.csl");
        if (apa != null && apa.getProtocol().equals("jar")) {
            String jar = apa.getPath().substring("file:".length(), apa.getPath().indexOf('!'));
            try (JarFile file = new JarFile(java.net.URLDecoder.decode(jar, StandardCharsets.UTF_8))) {
                file.stream().map(e -> e.getName().replaceFirst("^dependent/", ""))
                        .filter(n -> n.endsWith(".csl")).forEach(n -> ids.add(n.substring(0, n.length() - 4)));
            } catch (IOException e) {
                return List.of();
            }
        }
        // a name that is one part of ids ("vancouver": "elsevier-vancouver", "vancouver-superscript")
        // names a family: its shortest members come first; edit distance alone offered "cancers"
        List<String> family = ids.stream().filter(id -> !id.equals(name) && List.of(id.split("-")).contains(name))
                .sorted(Comparator.comparingInt(String::length).thenComparing(id -> id)).limit(3).toList();
        if (!family.isEmpty()) {
            return family;
        }
        return ids.stream().sorted(Comparator.comparingInt((String id) -> Suggest.distance(name, id)).thenComparing(id -> id))
                .limit(3).toList();
    }
}
