package org.imprint.html;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/** The Nu HTML Checker (the W3C's validator), in-process: its errors for an HTML file. */
final class NuChecker {

    private NuChecker() {
    }

    /** The checker's errors (and fatal errors) for a page, each with its line; empty when valid. */
    static List<String> errors(Path html) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings and the checker's notes (e.g. on the body's XHTML-style "<br/>") are not errors
                if (!e.getMessage().startsWith("Trailing slash")) {
                    System.out.println("Nu warning: " + html.getFileName() + ":" + e.getLineNumber() + ": " + e.getMessage());
                }
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(html + ":" + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(html + ":" + e.getLineNumber() + ": fatal: " + e.getMessage());
            }
        };
        // false: the checker must not configure log4j for the whole JVM (DEBUG on the console)
        SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        validator.checkHtmlFile(html.toFile(), true);
        return errors;
    }
}
