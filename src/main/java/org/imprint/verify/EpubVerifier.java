package org.imprint.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;

/** Runs EPUBCheck, the reference validator for EPUB, through its Java API. */
public final class EpubVerifier {

    /** The validator's version, for reports. */
    public static String version() {
        return EpubCheck.version();
    }

    /** Validates an EPUB file and returns every message EPUBCheck reports, usage notes excluded. */
    public List<CheckMessage> check(Path epub) {
        CollectingReport report = new CollectingReport(epub.getFileName().toString());
        new EpubCheck(epub.toFile(), report).check();
        return report.messages;
    }

    private static final class CollectingReport extends MasterReport {

        private final List<CheckMessage> messages = new ArrayList<>();

        CollectingReport(String name) {
            setEpubFileName(name);
        }

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity severity = message.getSeverity();
            if (severity == Severity.SUPPRESSED || severity == Severity.USAGE) {
                return;
            }
            String where = location == null || location.getPath() == null ? ""
                    : location.getPath() + (location.getLine() > 0 ? ":" + location.getLine() + ":" + location.getColumn() : "");
            messages.add(new CheckMessage(severity.name(), message.getID().name().replace('_', '-'), where,
                    message.getMessage(args)));
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
            // features (e.g. "has fonts") are not findings
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
        }
    }
}
