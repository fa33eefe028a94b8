package org.imprint.layout;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.imprint.ReportException;
import org.imprint.brand.Brand;

/** One {@link LayoutEngine} per brand, made on first use and shared by every writer and thread. */
public final class Layouts {

    private final Map<String, LayoutEngine> engines = new ConcurrentHashMap<>();

    /** The brand's layout engine. */
    public LayoutEngine of(Brand brand) throws ReportException {
        LayoutEngine engine = engines.get(brand.name());
        if (engine == null) {
            engine = new LayoutEngine(brand);
            LayoutEngine raced = engines.putIfAbsent(brand.name(), engine);
            engine = raced != null ? raced : engine;
        }
        return engine;
    }
}
