package org.imprint.layout;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.imprint.ReportException;
import org.imprint.brand.Brand;

import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

/**
 * Third stage of the pipeline: renders a brand's FreeMarker layouts with a {@link LayoutModel}.
 * One engine per brand; it caches parsed templates and is safe to share between threads. A
 * layout or stylesheet the brand does not have is taken from the brand it extends.
 *
 * <p>FreeMarker runs with auto-escaping on for every {@code .ftlh} layout, no {@code ?new} of
 * arbitrary classes and no {@code ?api}, so article text can neither inject markup nor reach Java.
 */
public final class LayoutEngine {

    private static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;

    private final Brand brand;
    private final Configuration config;

    public LayoutEngine(Brand brand) throws ReportException {
        this.brand = brand;
        this.config = new Configuration(VERSION);
        try {
            config.setTemplateLoader(loader(brand));
        } catch (IOException e) {
            throw new ReportException(brand.folder(), 0, "cannot read the brand's layouts: " + e.getMessage());
        }
        config.setDefaultEncoding("UTF-8");
        config.setRecognizeStandardFileExtensions(true);
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        TemplateConfiguration css = new TemplateConfiguration();
        css.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        config.setTemplateConfigurations(new ConditionalTemplateConfigurationFactory(new FileExtensionMatcher("css"), css));
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setLocalizedLookup(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setObjectWrapper(new DefaultObjectWrapperBuilder(VERSION).build());
    }

    /**
     * Looks a template up in the brand's folder, then in the folders of the brands it extends;
     * last under {@code templates/} itself, so that a brand can build on a file it overrides by
     * including the parent's by its brand-qualified name, e.g. {@code /rcas/styles/print.css}.
     */
    private static TemplateLoader loader(Brand brand) throws IOException {
        List<TemplateLoader> loaders = new ArrayList<>();
        for (Path folder : brand.folders()) {
            loaders.add(new FileTemplateLoader(folder.toFile()));
        }
        loaders.add(new FileTemplateLoader(templatesRoot(brand).toFile()));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    /** The folder holding every brand: brand folders are always {@code templates/<name>}. */
    private static Path templatesRoot(Brand brand) {
        return brand.folder().toAbsolutePath().getParent();
    }

    /** Whether the brand, or a brand it extends, has the template. */
    public boolean has(String template) {
        try {
            return config.getTemplateLoader().findTemplateSource(template) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The brand this engine renders. */
    public Brand brand() {
        return brand;
    }

    /**
     * Renders a stylesheet, hands it to the layout as {@code css} (for an inline style element),
     * and renders the layout.
     */
    public String render(String layout, String stylesheet, Map<String, Object> model) throws ReportException {
        model.put("css", LayoutModel.markupOf(render(stylesheet, model)));
        return render(layout, model);
    }

    /**
     * Renders one template of the brand folder, e.g. {@code layouts/pdf.ftlh} or
     * {@code styles/print.css}.
     */
    public String render(String template, Map<String, Object> model) throws ReportException {
        StringWriter out = new StringWriter(64 * 1024);
        try {
            config.getTemplate(template).process(model, out);
        } catch (TemplateNotFoundException e) {
            throw new ReportException(brand.folder().resolve(template), 0, "layout not found: add " + template + " to the brand folder");
        } catch (ParseException e) {
            throw new ReportException(templateFile(e.getTemplateName(), template), e.getLineNumber(),
                    "layout syntax error: " + firstLine(e.getEditorMessage()), e);
        } catch (TemplateException e) {
            // A layout that #includes a part with a syntax error fails at the #include: name the part.
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ParseException p) {
                    throw new ReportException(templateFile(p.getTemplateName(), template), p.getLineNumber(),
                            "layout syntax error: " + firstLine(p.getEditorMessage()), e);
                }
            }
            Integer line = e.getLineNumber();
            String what = firstLine(e.getMessageWithoutStackTop());
            String blamed = e.getBlamedExpressionString();
            if (blamed != null && !what.contains(blamed)) {
                what += " " + blamed;
            }
            throw new ReportException(templateFile(e.getTemplateSourceName(), template), line == null ? 0 : line,
                    "layout error: " + what, e);
        } catch (IOException e) {
            throw new ReportException(brand.folder().resolve(template), 0, "cannot read layout: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** The file a template name was read from: the first folder in lookup order that has it. */
    private Path templateFile(String sourceName, String fallback) {
        String name = sourceName != null ? sourceName : fallback;
        List<Path> candidates = new ArrayList<>(brand.folders());
        candidates.add(templatesRoot(brand));
        return candidates.stream().map(f -> f.resolve(name)).filter(Files::isRegularFile)
                .findFirst().orElse(brand.folder().resolve(name));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
