package org.imprint.cite;

import java.util.Locale;
import java.util.Map;

/**
 * BibLaTeX's language names ({@code langid = {vietnamese}}, the names of babel and polyglossia)
 * as CSL's {@code language} codes: a style title-cases only a title whose language is English
 * or unknown, so an entry's {@code langid} must reach CSL as "vi", not be dropped.
 */
final class LangIds {

    private LangIds() {
    }

    /** babel's and polyglossia's names, as pandoc maps them to language tags. */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("english", "en-US"), Map.entry("american", "en-US"), Map.entry("usenglish", "en-US"),
            Map.entry("british", "en-GB"), Map.entry("ukenglish", "en-GB"), Map.entry("australian", "en-AU"),
            Map.entry("canadian", "en-CA"), Map.entry("newzealand", "en-NZ"),
            Map.entry("german", "de-DE"), Map.entry("ngerman", "de-DE"), Map.entry("austrian", "de-AT"),
            Map.entry("naustrian", "de-AT"), Map.entry("swissgerman", "de-CH"), Map.entry("nswissgerman", "de-CH"),
            Map.entry("french", "fr-FR"), Map.entry("francais", "fr-FR"), Map.entry("acadian", "fr-CA"),
            Map.entry("canadien", "fr-CA"), Map.entry("spanish", "es-ES"), Map.entry("catalan", "ca-AD"),
            Map.entry("galician", "gl-ES"), Map.entry("basque", "eu-ES"), Map.entry("italian", "it-IT"),
            Map.entry("portuguese", "pt-PT"), Map.entry("portuges", "pt-PT"), Map.entry("brazil", "pt-BR"),
            Map.entry("brazilian", "pt-BR"), Map.entry("dutch", "nl-NL"), Map.entry("afrikaans", "af-ZA"),
            Map.entry("danish", "da-DK"), Map.entry("swedish", "sv-SE"), Map.entry("norsk", "nb-NO"),
            Map.entry("norwegian", "nb-NO"), Map.entry("bokmal", "nb-NO"), Map.entry("nynorsk", "nn-NO"),
            Map.entry("icelandic", "is-IS"), Map.entry("finnish", "fi-FI"), Map.entry("estonian", "et-EE"),
            Map.entry("latvian", "lv-LV"), Map.entry("lithuanian", "lt-LT"), Map.entry("polish", "pl-PL"),
            Map.entry("czech", "cs-CZ"), Map.entry("slovak", "sk-SK"), Map.entry("slovene", "sl-SI"),
            Map.entry("slovenian", "sl-SI"), Map.entry("croatian", "hr-HR"), Map.entry("serbian", "sr-RS"),
            Map.entry("bosnian", "bs-BA"), Map.entry("bulgarian", "bg-BG"), Map.entry("macedonian", "mk-MK"),
            Map.entry("russian", "ru-RU"), Map.entry("ukrainian", "uk-UA"), Map.entry("belarusian", "be-BY"),
            Map.entry("hungarian", "hu-HU"), Map.entry("magyar", "hu-HU"), Map.entry("romanian", "ro-RO"),
            Map.entry("greek", "el-GR"), Map.entry("polutonikogreek", "el-GR"), Map.entry("turkish", "tr-TR"),
            Map.entry("albanian", "sq-AL"), Map.entry("armenian", "hy-AM"), Map.entry("georgian", "ka-GE"),
            Map.entry("welsh", "cy-GB"), Map.entry("irish", "ga-IE"), Map.entry("scottish", "gd-GB"),
            Map.entry("breton", "br-FR"), Map.entry("latin", "la"), Map.entry("esperanto", "eo"),
            Map.entry("arabic", "ar"), Map.entry("hebrew", "he-IL"), Map.entry("persian", "fa-IR"),
            Map.entry("farsi", "fa-IR"), Map.entry("urdu", "ur-PK"), Map.entry("kurdish", "ku"),
            Map.entry("hindi", "hi-IN"), Map.entry("bengali", "bn-IN"), Map.entry("marathi", "mr-IN"),
            Map.entry("sanskrit", "sa"), Map.entry("tamil", "ta-IN"), Map.entry("telugu", "te-IN"),
            Map.entry("malayalam", "ml-IN"), Map.entry("kannada", "kn-IN"), Map.entry("nepali", "ne-NP"),
            Map.entry("chinese", "zh-CN"), Map.entry("japanese", "ja-JP"), Map.entry("korean", "ko-KR"),
            Map.entry("vietnamese", "vi-VN"), Map.entry("thai", "th-TH"), Map.entry("lao", "lo-LA"),
            Map.entry("khmer", "km-KH"), Map.entry("mongolian", "mn-MN"), Map.entry("indonesian", "id-ID"),
            Map.entry("bahasai", "id-ID"), Map.entry("malay", "ms-MY"), Map.entry("bahasam", "ms-MY"),
            Map.entry("amharic", "am-ET"), Map.entry("swahili", "sw"));

    /**
     * The CSL code for a BibLaTeX language name ("vietnamese" gives "vi-VN"), or the value as
     * written when it is no such name (a code such as "vi" already, or a name we do not know).
     */
    static String code(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return CODES.getOrDefault(key, name.strip());
    }

    /** Whether the value is one of BibLaTeX's language names. */
    static boolean isName(String name) {
        return CODES.containsKey(name.strip().toLowerCase(Locale.ROOT));
    }
}
