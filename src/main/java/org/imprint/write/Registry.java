package org.imprint.write;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Implementations by name, as pandoc and AsciidoctorJ register their writers: the output formats
 * ({@link OutputWriter}) and the PDF engines. Each is made on first use, so a build that asks for
 * a PDF never loads the e-book's libraries. Safe to share between threads once registered.
 *
 * @param <T> what is registered
 */
public final class Registry<T> {

    private final Map<String, Supplier<? extends T>> factories = new LinkedHashMap<>();
    private final Map<String, T> made = new ConcurrentHashMap<>();

    /** Registers an implementation; the factory runs once, when the name is first asked for. */
    public Registry<T> register(String name, Supplier<? extends T> factory) {
        factories.put(name, factory);
        return this;
    }

    /** The registered names, in registration order. */
    public Set<String> names() {
        return Collections.unmodifiableSet(factories.keySet());
    }

    /** The implementation of that name, or {@code null} when none is registered. */
    public T find(String name) {
        Supplier<? extends T> factory = factories.get(name);
        return factory == null ? null : made.computeIfAbsent(name, n -> factory.get());
    }
}
