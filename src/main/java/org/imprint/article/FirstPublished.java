package org.imprint.article;

import java.time.LocalDate;

/**
 * Where an article appeared before this edition.
 *
 * @param outlet publication name, e.g. "China-US Focus"
 * @param place  city or region, or {@code null}
 * @param date   date of first publication, or {@code null}
 * @param url    link to the first publication, or {@code null}
 */
public record FirstPublished(String outlet, String place, LocalDate date, String url) {
}
