package org.imprint.write;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The output formats by name, as pandoc and AsciidoctorJ register theirs. Each writer is made on
 * first use, so a build that asks for a PDF never loads the e-book's libraries. Safe to share
 * between threads once registered.
 */
public final class Writers {

    private final Map<String, Supplier<OutputWriter>> factories = new LinkedHashMap<>();
    private final Map<String, OutputWriter> made = new ConcurrentHashMap<>();

    /** Registers a format; the factory runs once, when the format is first asked for. */
    public Writers register(String name, Supplier<OutputWriter> factory) {
        factories.put(name, factory);
        return this;
    }

    /** The registered names, in registration order. */
    public Set<String> names() {
        return Collections.unmodifiableSet(factories.keySet());
    }

    /**
     * The writer of a format.
     *
     * @throws IllegalArgumentException for a name that is not registered, saying which are
     */
    public OutputWriter get(String name) {
        Supplier<OutputWriter> factory = factories.get(name);
        if (factory == null) {
            throw new IllegalArgumentException("unknown format \"" + name + "\" (use " + String.join(", ", names()) + ")");
        }
        return made.computeIfAbsent(name, n -> factory.get());
    }
}
