package org.imprint.cite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSL's {@code disambiguate-add-names}, which citeproc-java 3.5 does not apply: two sources
 * whose cites read the same because their name lists are cut short alike ("Lee et al., 2019"
 * for Lee, Park &amp; Kim and Lee, Park &amp; Choi) are cited with names added, one at a time
 * for every source of the group, until their cites differ ("Lee, Park, &amp; Kim, 2019"). The
 * names are added by a copy of the style whose citation shows more of them
 * ({@link #showing}); a source whose cite no number of names tells apart keeps its short one.
 */
final class AddedNames {

    private static final Pattern CITATION = Pattern.compile("<citation\\b[^>]*>");
    private static final Pattern USE_FIRST = Pattern.compile("\\bet-al-use-first=\"(\\d+)\"");
    private static final Pattern STYLE = Pattern.compile("<style\\b[^>]*>");
    private static final Pattern SUBSEQUENT_USE_FIRST = Pattern.compile("\\bet-al-subsequent-use-first=\"(\\d+)\"");
    private static final Pattern SUBSEQUENT_MIN = Pattern.compile("\\bet-al-subsequent-min=\"(\\d+)\"");
    /** A name start tag cut its own way on subsequent cites. */
    private static final Pattern SUBSEQUENT_NAME = Pattern.compile("<name\\b[^>]*\\bet-al-subsequent-(?:min|use-first)=\"[^>]*>");

    private AddedNames() {
    }

    /** Whether the style's citations add names to tell sources apart. */
    static boolean applies(String xml) {
        Matcher citation = CITATION.matcher(xml);
        return citation.find() && citation.group().contains("disambiguate-add-names=\"true\"");
    }

    /** How many names a cut citation shows ({@code et-al-use-first}, the citation's, else the style's), 0 when the style cuts none. */
    static int useFirst(String xml) {
        return inherited(xml, USE_FIRST);
    }

    /** How many names a cut subsequent cite shows ({@code et-al-subsequent-use-first}), 0 when the style sets none. */
    static int subsequentUseFirst(String xml) {
        return inherited(xml, SUBSEQUENT_USE_FIRST);
    }

    /** From how many names a subsequent cite is cut ({@code et-al-subsequent-min}), 0 when the style sets none. */
    static int subsequentMinimum(String xml) {
        return inherited(xml, SUBSEQUENT_MIN);
    }

    /** A number the citation sets, else the style. */
    private static int inherited(String xml, Pattern attribute) {
        for (Pattern element : List.of(CITATION, STYLE)) {
            Matcher tag = element.matcher(xml);
            Matcher value = tag.find() ? attribute.matcher(tag.group()) : null;
            if (value != null && value.find()) {
                return Integer.parseInt(value.group(1));
            }
        }
        return 0;
    }

    /**
     * The style with its citations showing {@code names} names of a list it cuts (and "et al."
     * after them; all of a list no longer), first and subsequent cites alike: each cut shows so
     * many names, and a list the style names in full on a first cite ("Smith, Lee, &amp; Kim"),
     * cut only when cited again, stays in full there.
     */
    static String showing(String xml, int names) {
        Matcher citation = CITATION.matcher(xml);
        if (!citation.find()) {
            return xml;
        }
        String element = citation.group().replaceAll("\\s+et-al-use-first=\"\\d+\"", "")
                .replaceFirst("^<citation\\b", Matcher.quoteReplacement("<citation et-al-use-first=\"" + names + "\""));
        String shown = xml.substring(0, citation.start()) + element + xml.substring(citation.end());
        // the subsequent cites' own cut ({@link SubsequentEtAl}) likewise
        return SUBSEQUENT_NAME.matcher(shown).replaceAll(m -> Matcher.quoteReplacement(
                m.group().replaceAll("\\bet-al-use-first=\"\\d+\"", "et-al-use-first=\"" + names + "\"")));
    }

    /**
     * How many names each source of a group that cites alike is to show: the fewest with which
     * the group's cites all differ, else the fewest with which most of them do; none (an empty
     * map) when added names tell none apart.
     *
     * @param ids   the sources whose cites read the same, each with more names than its cite shows
     * @param from  how many names their cites show
     * @param most  the longest name list among them
     * @param cites the group's cites showing so many names, by source
     */
    static Map<String, Integer> forGroup(List<String> ids, int from, int most, IntFunction<Map<String, String>> cites) {
        int best = 1;
        int chosen = 0;
        for (int n = from + 1; n <= most; n++) {
            Map<String, String> texts = cites.apply(n);
            List<String> all = new ArrayList<>();
            for (String id : ids) {
                all.add(texts.get(id));
            }
            int distinct = new HashSet<>(all).size();
            if (distinct > best) {
                best = distinct;
                chosen = n;
            }
            if (distinct == ids.size()) {
                break;
            }
        }
        Map<String, Integer> out = new HashMap<>();
        for (String id : chosen > 0 ? ids : List.<String>of()) {
            out.put(id, chosen);
        }
        return out;
    }
}
