package org.imprint.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * Checks a PDF: pages and fonts (read with PDFBox), and PDF/A and PDF/UA conformance judged by
 * veraPDF, the reference validator, through its own parser ("greenfield", independent of the
 * PDFBox that wrote the file).
 *
 * <p>The PDF/A part checked is the one the file claims, PDF/A-2u when it claims none. PDF/UA-1
 * is checked when the file claims it or claims no standard at all: a print PDF that claims
 * PDF/A only is not judged as an accessible document.
 */
public final class PdfVerifier {

    private static final Pattern PDFA_PART = Pattern.compile("pdfaid:part(?:>|=\")\\s*(\\d)");
    private static final Pattern PDFA_CONFORMANCE = Pattern.compile("pdfaid:conformance(?:>|=\")\\s*([ABUabu])");
    private static final Pattern PDFUA_PART = Pattern.compile("pdfuaid:part(?:>|=\")\\s*(\\d)");

    static {
        // registers veraPDF's parser as its default; idempotent, and nothing here changes later
        VeraGreenfieldFoundryProvider.initialise();
    }

    /** Checks one file. */
    public PdfCheck check(Path pdf) throws IOException {
        int pages;
        List<PdfFont> fonts;
        String xmp;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            pages = document.getNumberOfPages();
            fonts = fonts(document);
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            xmp = metadata == null ? "" : new String(metadata.toByteArray(), StandardCharsets.UTF_8);
        }
        List<Conformance> verdicts = new ArrayList<>();
        PDFAFlavour claimedA = claimedPdfA(xmp);
        boolean claimsUa = PDFUA_PART.matcher(xmp).find();
        verdicts.add(validate(pdf, claimedA != null ? claimedA : PDFAFlavour.PDFA_2_U, claimedA != null));
        if (claimsUa || claimedA == null) {
            verdicts.add(validate(pdf, PDFAFlavour.PDFUA_1, claimsUa));
        }
        return new PdfCheck(pages, fonts, verdicts);
    }

    /** The veraPDF version, for reports. */
    public static String version() {
        try (InputStream in = PDFAValidator.class.getResourceAsStream("/META-INF/maven/org.verapdf/core/pom.properties")) {
            java.util.Properties pom = new java.util.Properties();
            if (in != null) {
                pom.load(in);
            }
            return pom.getProperty("version", "(unknown version)");
        } catch (IOException e) {
            return "(unknown version)";
        }
    }

    private static PDFAFlavour claimedPdfA(String xmp) {
        Matcher part = PDFA_PART.matcher(xmp);
        if (!part.find()) {
            return null;
        }
        Matcher conformance = PDFA_CONFORMANCE.matcher(xmp);
        String level = conformance.find() ? conformance.group(1).toLowerCase(java.util.Locale.ROOT) : "b";
        PDFAFlavour flavour = PDFAFlavour.fromString(part.group(1) + level);
        return flavour == PDFAFlavour.NO_FLAVOUR ? null : flavour;
    }

    private static Conformance validate(Path pdf, PDFAFlavour flavour, boolean claimed) throws IOException {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            Map<String, Conformance.FailedRule> failed = new TreeMap<>(RULE_ORDER);
            for (Map.Entry<RuleId, Integer> e : result.getFailedChecks().entrySet()) {
                RuleId id = e.getKey();
                Rule rule = validator.getProfile().getRuleByRuleId(id);
                String key = id.getClause() + "-" + id.getTestNumber();
                failed.put(key, new Conformance.FailedRule(key, rule == null ? "" : rule.getDescription().strip(), e.getValue()));
            }
            return new Conformance(name(flavour), claimed, result.isCompliant(), List.copyOf(failed.values()));
        } catch (ModelParsingException | EncryptedPdfException | ValidationException e) {
            throw new IOException("veraPDF cannot read " + pdf + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("veraPDF failed on " + pdf + ": " + e.getMessage(), e);
        }
    }

    /** "6.2.11.4.1-1" before "6.2.11.10-1": clauses compared number by number. */
    private static final Comparator<String> RULE_ORDER = (a, b) -> {
        String[] x = a.split("[.-]");
        String[] y = b.split("[.-]");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    };

    private static String name(PDFAFlavour flavour) {
        if (flavour.getPart().getFamily() == PDFAFlavour.SpecificationFamily.PDF_UA) {
            return "PDF/UA-" + flavour.getPart().getPartNumber();
        }
        return "PDF/A-" + flavour.getId().toUpperCase(java.util.Locale.ROOT);
    }

    private static List<PdfFont> fonts(PDDocument document) throws IOException {
        Map<String, PdfFont> found = new TreeMap<>();
        Set<org.apache.pdfbox.cos.COSBase> seen = new HashSet<>();
        for (PDPage page : document.getPages()) {
            collect(page.getResources(), found, seen);
        }
        return List.copyOf(found.values());
    }

    private static void collect(PDResources resources, Map<String, PdfFont> found, Set<org.apache.pdfbox.cos.COSBase> seen)
            throws IOException {
        if (resources == null || !seen.add(resources.getCOSObject())) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (font == null) {
                continue;
            }
            String fontName = font.getName() == null ? name.getName() : font.getName();
            boolean embedded = font instanceof PDType3Font || font.isEmbedded()
                    && (!(font instanceof PDType0Font t0) || t0.getDescendantFont().isEmbedded());
            found.putIfAbsent(fontName, new PdfFont(fontName, font.getSubType(), embedded,
                    fontName.matches("[A-Z]{6}\\+.+")));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xobject = resources.getXObject(name);
            if (xobject instanceof PDFormXObject form) {
                collect(form.getResources(), found, seen);
            }
        }
    }
}
