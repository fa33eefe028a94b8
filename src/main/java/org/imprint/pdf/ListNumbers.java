package org.imprint.pdf;

import org.jsoup.nodes.Element;

/** The numbers of an ordered list as HTML gives them: its {@code start}, an item's {@code value}. */
final class ListNumbers {

    private ListNumbers() {
    }

    /** The list's first number: its {@code start} attribute, else 1. */
    static long start(Element list) {
        return parse(list.attr("start"), 1);
    }

    /** The item's number: its {@code value} attribute, else {@code next}, the number after the item before. */
    static long value(Element item, long next) {
        return parse(item.attr("value"), next);
    }

    private static long parse(String text, long otherwise) {
        try {
            return text.isBlank() ? otherwise : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
