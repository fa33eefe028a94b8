package org.imprint.pdf;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Runs a task on this thread with the JDK's own XSLT as the answer to
 * {@code TransformerFactory.newInstance()}. xmpbox asks for a factory for every PDF it writes
 * metadata for (inside openhtmltopdf's PDF/A support); left alone, the JDK searches every jar on
 * the class path and finds Saxon (EPUBCheck brings it), which then starts up for each PDF: a tenth
 * of a batch. Only this thread's context class loader changes, and only for the task: nothing
 * JVM-wide is set, so EPUBCheck and anything else in the JVM still find Saxon.
 */
final class JdkXslt {

    private static final String SERVICE = "META-INF/services/javax.xml.transform.TransformerFactory";

    /** Hides the service files that name a TransformerFactory; everything else is the parent's. */
    private static final class Loader extends ClassLoader {
        Loader(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return SERVICE.equals(name) ? Collections.emptyEnumeration() : super.getResources(name);
        }
    }

    /** A task that may fail. */
    @FunctionalInterface
    interface Task<E extends Exception> {
        void run() throws E;
    }

    private final ClassLoader loader = new Loader(JdkXslt.class.getClassLoader());

    <E extends Exception> void run(Task<E> task) throws E {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            task.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
