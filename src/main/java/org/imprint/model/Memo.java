package org.imprint.model;

import java.io.IOException;

import org.imprint.ReportException;

/**
 * A value computed at most once, on first use, by whichever thread asks first; until then its
 * recipe may be replaced by a cheaper one (the EPUB cover from a PDF that was made anyway).
 *
 * @param <T> the value
 */
public final class Memo<T> {

    /** Computes the value. */
    @FunctionalInterface
    public interface Recipe<T> {
        T make() throws ReportException, IOException;
    }

    private Recipe<T> recipe;
    private T value;

    public Memo(Recipe<T> recipe) {
        this.recipe = recipe;
    }

    /** The value, computed now if it has not been. */
    public synchronized T get() throws ReportException, IOException {
        if (value == null) {
            value = recipe.make();
            recipe = null;
        }
        return value;
    }

    /** Uses another recipe, if the value has not been computed yet. */
    public synchronized void prefer(Recipe<T> cheaper) {
        if (value == null) {
            recipe = cheaper;
        }
    }
}
