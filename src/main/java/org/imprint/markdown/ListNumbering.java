package org.imprint.markdown;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

/**
 * The numbers of an ordered list as HTML gives them: its {@code start}, {@code reversed} and an
 * item's {@code value}. One reckoning for every output: the PDF engines honour {@code start}
 * and {@code value} but not {@code reversed}, so the sanitiser writes a reversed list's numbers
 * as values ({@link #writeValues}); and a number past what the engines and reading systems count
 * to (a 32-bit integer: openhtmltopdf's {@code 2147483647.} was followed by
 * {@code -2147483648.}, a start of {@code 99999999999} was dropped for 1) is refused
 * ({@link #outOfRange}).
 */
public final class ListNumbering {

    /** The largest number a list may reach: what a 32-bit counter holds. */
    public static final long LARGEST = Integer.MAX_VALUE;
    /** The smallest number a list may reach (a reversed list counts down past 0). */
    public static final long SMALLEST = Integer.MIN_VALUE;

    private ListNumbering() {
    }

    /**
     * The numbers of the list's items, in order, as a browser gives them: the first is the
     * list's {@code start} (else 1, or the count of its items when {@code reversed}), an item's
     * {@code value} replaces its number, and each next item counts on (down when reversed).
     * An attribute that is no whole number is ignored, as HTML says.
     */
    public static List<Long> of(Element list) {
        List<Element> items = items(list);
        boolean reversed = list.hasAttr("reversed");
        long step = reversed ? -1 : 1;
        Long start = parse(list.attr("start"));
        long next = start != null ? start : reversed ? items.size() : 1;
        List<Long> numbers = new ArrayList<>();
        for (Element item : items) {
            Long value = parse(item.attr("value"));
            long number = value != null ? value : next;
            numbers.add(number);
            next = number + step;
        }
        return numbers;
    }

    /** The list's first number out of {@link #SMALLEST}..{@link #LARGEST}, or {@code null} when all fit. */
    public static Long outOfRange(Element list) {
        return of(list).stream().filter(n -> n < SMALLEST || n > LARGEST).findFirst().orElse(null);
    }

    /**
     * Gives each item of a {@code reversed} list under {@code root} its number as {@code value},
     * so that an engine which counts up whatever {@code reversed} says numbers it as a browser does.
     */
    public static void writeValues(Element root) {
        for (Element list : root.select("ol[reversed]")) {
            List<Element> items = items(list);
            List<Long> numbers = of(list);
            for (int i = 0; i < items.size(); i++) {
                items.get(i).attr("value", Long.toString(numbers.get(i)));
            }
        }
    }

    /**
     * The text of a list's marker without its full stop, as CSS counter styles write {@code number} for
     * the list's HTML {@code type}: {@code a}/{@code A} letters (27 is "aa"), {@code i}/{@code I}
     * roman numerals up to 3999, else (and for a number those styles cannot write) decimal digits.
     */
    public static String label(long number, String type) {
        String kind = type == null ? "" : type.strip();
        if ((kind.equals("a") || kind.equals("A")) && number > 0) {
            StringBuilder letters = new StringBuilder();
            for (long n = number; n > 0; n = (n - 1) / 26) {
                letters.insert(0, (char) ('a' + (n - 1) % 26));
            }
            return kind.equals("A") ? letters.toString().toUpperCase(java.util.Locale.ROOT) : letters.toString();
        }
        if ((kind.equals("i") || kind.equals("I")) && number > 0 && number < 4000) {
            String[] symbols = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
            int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            StringBuilder roman = new StringBuilder();
            long n = number;
            for (int i = 0; i < values.length; i++) {
                for (; n >= values[i]; n -= values[i]) {
                    roman.append(symbols[i]);
                }
            }
            return kind.equals("I") ? roman.toString().toUpperCase(java.util.Locale.ROOT) : roman.toString();
        }
        return Long.toString(number);
    }

    private static List<Element> items(Element list) {
        return list.children().stream().filter(e -> e.normalName().equals("li")).toList();
    }

    private static Long parse(String text) {
        String digits = text.strip();
        // HTML's "valid integer": optional minus, ASCII digits (no plus, no spaces inside)
        if (!digits.matches("-?[0-9]+")) {
            return null;
        }
        // more digits than a long holds: far out of range all the same, and counting on from it cannot overflow
        return digits.replaceFirst("^-?0*", "").length() > 18 ? (digits.startsWith("-") ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2)
                : Long.parseLong(digits);
    }
}
