package org.imprint.layout;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import org.imprint.ReportException;
import org.imprint.brand.Brand;

import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.cache.FileTemplateLoader;
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
 * One engine per brand; it caches parsed templates and is safe to share between threads.
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
            config.setTemplateLoader(new FileTemplateLoader(brand.folder().toFile()));
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

    private Path templateFile(String sourceName, String fallback) {
        return brand.folder().resolve(sourceName != null ? sourceName : fallback);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
