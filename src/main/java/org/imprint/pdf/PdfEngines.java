package org.imprint.pdf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The PDF engines by name. Each is made on first use: a build with one engine never loads the
 * other's library. Safe to share between threads once registered.
 */
public final class PdfEngines {

    private final Map<String, Supplier<PdfEngine>> factories = new LinkedHashMap<>();
    private final Map<String, PdfEngine> made = new ConcurrentHashMap<>();

    /** Registers an engine under its name. */
    public PdfEngines register(String name, Supplier<PdfEngine> factory) {
        factories.put(name, factory);
        return this;
    }

    /** The registered names, in registration order. */
    public Set<String> names() {
        return Collections.unmodifiableSet(factories.keySet());
    }

    /** The engine of that name, or {@code null} when none is registered. */
    PdfEngine get(String name) {
        Supplier<PdfEngine> factory = factories.get(name);
        return factory == null ? null : made.computeIfAbsent(name, n -> factory.get());
    }
}
