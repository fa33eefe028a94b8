package org.imprint.cite;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The LaTeX of a BibTeX field as CSL rich text ({@link RichText}): accents and symbols as
 * Unicode, {@code \emph}, {@code \textbf}, {@code \textsc}, {@code \textsuperscript} and their
 * declarative forms ({@code {\em ...}}) as marks, math's sub- and superscripts, dashes, quotes
 * and ties, and a group in braces that is no command's argument protected from case changes, as
 * BibTeX protects it. Nothing of the markup itself ({@code \}, braces, {@code $}) is left.
 * citeproc-java's own reading (jbibtex's LaTeX parser) gives up on a whole field at the first
 * construct it does not know ({@code $}, a CJK letter) and keeps the field raw, and it has no
 * italics or protected case to give.
 */
final class LatexText {

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("ss", "ß"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"), Map.entry("oe", "œ"), Map.entry("OE", "Œ"),
            Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("l", "ł"),
            Map.entry("L", "Ł"), Map.entry("i", "ı"), Map.entry("j", "ȷ"), Map.entry("dh", "ð"), Map.entry("DH", "Ð"),
            Map.entry("th", "þ"), Map.entry("TH", "Þ"), Map.entry("ng", "ŋ"), Map.entry("NG", "Ŋ"), Map.entry("dj", "đ"),
            Map.entry("DJ", "Đ"), Map.entry("SS", "SS"),
            Map.entry("&", "&"), Map.entry("%", "%"), Map.entry("$", "$"), Map.entry("#", "#"), Map.entry("_", "_"),
            Map.entry("{", "{"), Map.entry("}", "}"), Map.entry(" ", " "), Map.entry(",", "\u2009"), Map.entry(";", " "),
            Map.entry("-", ""), Map.entry("/", ""), Map.entry("@", ""), Map.entry("\\", " "), Map.entry("~", "~"),
            Map.entry("textendash", "–"), Map.entry("textemdash", "—"), Map.entry("endash", "–"), Map.entry("emdash", "—"),
            Map.entry("ldots", "…"), Map.entry("dots", "…"), Map.entry("textellipsis", "…"), Map.entry("cdots", "⋯"),
            Map.entry("textquoteleft", "‘"), Map.entry("textquoteright", "’"), Map.entry("textquotedblleft", "“"),
            Map.entry("textquotedblright", "”"), Map.entry("guillemotleft", "«"), Map.entry("guillemotright", "»"),
            Map.entry("textbackslash", "\\"), Map.entry("backslash", "\\"), Map.entry("textasciitilde", "~"),
            Map.entry("textasciicircum", "^"), Map.entry("textunderscore", "_"), Map.entry("textbar", "|"),
            Map.entry("textless", "<"), Map.entry("textgreater", ">"), Map.entry("textbraceleft", "{"),
            Map.entry("textbraceright", "}"), Map.entry("textdollar", "$"), Map.entry("copyright", "©"),
            Map.entry("textcopyright", "©"), Map.entry("textregistered", "®"), Map.entry("texttrademark", "™"),
            Map.entry("textdegree", "°"), Map.entry("S", "§"), Map.entry("P", "¶"), Map.entry("pounds", "£"),
            Map.entry("textsterling", "£"), Map.entry("euro", "€"), Map.entry("texteuro", "€"), Map.entry("textbullet", "•"),
            Map.entry("LaTeX", "LaTeX"), Map.entry("TeX", "TeX"), Map.entry("BibTeX", "BibTeX"), Map.entry("slash", "/"),
            Map.entry("quad", " "), Map.entry("qquad", " "), Map.entry("textperiodcentered", "·"),
            // math
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"), Map.entry("lambda", "λ"),
            Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"), Map.entry("pi", "π"), Map.entry("rho", "ρ"),
            Map.entry("sigma", "σ"), Map.entry("tau", "τ"), Map.entry("upsilon", "υ"), Map.entry("phi", "φ"),
            Map.entry("varphi", "φ"), Map.entry("chi", "χ"), Map.entry("psi", "ψ"), Map.entry("omega", "ω"),
            Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"),
            Map.entry("Xi", "Ξ"), Map.entry("Pi", "Π"), Map.entry("Sigma", "Σ"), Map.entry("Upsilon", "Υ"),
            Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"), Map.entry("times", "×"),
            Map.entry("pm", "±"), Map.entry("mp", "∓"), Map.entry("cdot", "·"), Map.entry("leq", "≤"), Map.entry("le", "≤"),
            Map.entry("geq", "≥"), Map.entry("ge", "≥"), Map.entry("neq", "≠"), Map.entry("ne", "≠"), Map.entry("approx", "≈"),
            Map.entry("sim", "∼"), Map.entry("infty", "∞"), Map.entry("to", "→"), Map.entry("rightarrow", "→"),
            Map.entry("leftarrow", "←"), Map.entry("prime", "′"), Map.entry("circ", "∘"), Map.entry("partial", "∂"),
            Map.entry("nabla", "∇"), Map.entry("sum", "∑"), Map.entry("prod", "∏"), Map.entry("int", "∫"),
            Map.entry("ell", "ℓ"), Map.entry("hbar", "ℏ"), Map.entry("in", "∈"), Map.entry("subset", "⊂"),
            Map.entry("cup", "∪"), Map.entry("cap", "∩"), Map.entry("mid", "|"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("sqrt", "√"), Map.entry("deg", "°"));
    /** Accent commands, by the combining mark they put on the letter. */
    private static final Map<String, Character> ACCENTS = Map.ofEntries(
            Map.entry("`", '\u0300'), Map.entry("'", '\u0301'), Map.entry("^", '\u0302'), Map.entry("~", '\u0303'),
            Map.entry("=", '\u0304'), Map.entry("u", '\u0306'), Map.entry(".", '\u0307'), Map.entry("\"", '\u0308'),
            Map.entry("r", '\u030A'), Map.entry("H", '\u030B'), Map.entry("v", '\u030C'), Map.entry("d", '\u0323'),
            Map.entry("c", '\u0327'), Map.entry("k", '\u0328'), Map.entry("b", '\u0331'), Map.entry("t", '\u0361'));
    private static final Map<String, Character> STYLED = Map.ofEntries(
            Map.entry("emph", RichText.ITALIC), Map.entry("textit", RichText.ITALIC), Map.entry("textsl", RichText.ITALIC),
            Map.entry("mkbibemph", RichText.ITALIC), Map.entry("mkbibitalic", RichText.ITALIC), Map.entry("mathit", RichText.ITALIC),
            Map.entry("textbf", RichText.BOLD), Map.entry("mathbf", RichText.BOLD), Map.entry("mkbibbold", RichText.BOLD),
            Map.entry("textsc", RichText.SMALL_CAPS), Map.entry("textsuperscript", RichText.SUP),
            Map.entry("mkbibsuperscript", RichText.SUP), Map.entry("textsubscript", RichText.SUB));
    /** Declarations that style the rest of their group ({@code {\em text}}). */
    private static final Map<String, Character> DECLARED = Map.of(
            "em", RichText.ITALIC, "it", RichText.ITALIC, "itshape", RichText.ITALIC, "sl", RichText.ITALIC,
            "slshape", RichText.ITALIC, "bf", RichText.BOLD, "bfseries", RichText.BOLD, "sc", RichText.SMALL_CAPS,
            "scshape", RichText.SMALL_CAPS);

    /** How deep groups are read as groups; deeper braces (a hostile file) are dropped, not recursed into. */
    private static final int MAX_DEPTH = 64;

    private final String s;
    private final boolean names;
    private int pos;
    private int depth;
    /** Braces opened beyond {@link #MAX_DEPTH}, whose closing braces are dropped too. */
    private int flattened;
    private RichText.Builder out = new RichText.Builder();

    private LatexText(String s, boolean names) {
        this.s = s;
        this.names = names;
    }

    /** A text field (a title, a publisher, ...) as marked text. */
    static String text(String latex) {
        LatexText parser = new LatexText(latex, false);
        parser.sequence(false, false);
        return parser.out.toString().strip();
    }

    /**
     * A field of names as plain text, its groups still in braces: the name parser reads
     * {@code {World Health Organization}} as one name.
     */
    static String names(String latex) {
        LatexText parser = new LatexText(latex, true);
        parser.sequence(false, false);
        return RichText.plain(parser.out.toString()).replace('\u00A0', ' ').strip();
    }

    /** Reads up to the end of the current group (not consumed) or of the text. */
    private void sequence(boolean inGroup, boolean math) {
        depth++;
        List<Character> declared = new ArrayList<>();
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '}' && flattened > 0) {
                flattened--;
                pos++;
            } else if (c == '{' && depth >= MAX_DEPTH) {
                flattened++;
                pos++;
            } else if (c == '}') {
                if (inGroup) {
                    break;
                }
                pos++;   // an unbalanced brace: dropped
            } else if (c == '{') {
                pos++;
                boolean command = pos < s.length() && s.charAt(pos) == '\\';
                if (names && !command) {
                    out.append('{');
                    sequence(true, math);
                    out.append('}');
                } else if (!math && !command) {
                    out.protect();
                    sequence(true, false);
                    // "{S}eine": the rest of the word is protected with it, or a style's title case
                    // would see a new word after the group and print "SEine"
                    int word = pos + 1;
                    while (word < s.length() && Character.isLetter(s.charAt(word))) {
                        word++;
                    }
                    if (word > pos + 1 && s.charAt(pos) == '}') {
                        out.append(s.substring(pos + 1, word));
                        pos = word - 1;
                    }
                    out.endProtect();
                } else {
                    sequence(true, math);
                }
                pos++;   // the closing brace
            } else if (c == '\\') {
                Character declaration = command(math);
                if (declaration != null) {
                    out.mark(declaration);
                    declared.add(declaration);
                }
            } else if (c == '$') {
                pos++;
                if (math) {
                    break;
                }
                boolean display = pos < s.length() && s.charAt(pos) == '$';
                pos += display ? 1 : 0;
                out.protect();   // no style changes the case of a formula
                sequence(false, true);
                out.endProtect();
                pos += display && pos < s.length() && s.charAt(pos) == '$' ? 1 : 0;
            } else if (math && (c == '_' || c == '^')) {
                pos++;
                char mark = c == '_' ? RichText.SUB : RichText.SUP;
                out.mark(mark);
                argument(true);
                out.mark((char) (mark + 1));
            } else if (c == '~') {
                pos++;
                out.append('\u00A0');
            } else if (c == '-' && !math) {
                int n = 0;
                while (pos < s.length() && s.charAt(pos) == '-') {
                    pos++;
                    n++;
                }
                out.append(n == 1 ? "-" : n == 2 ? "–" : n == 3 ? "—" : "-".repeat(n));
            } else if ((c == '`' || c == '\'') && !math) {
                boolean twice = pos + 1 < s.length() && s.charAt(pos + 1) == c;
                pos += twice ? 2 : 1;
                out.append(c == '`' ? (twice ? "“" : "‘") : (twice ? "”" : "’"));
            } else if (Character.isWhitespace(c)) {
                while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                    pos++;
                }
                out.append(' ');
            } else {
                pos++;
                out.append(c);
            }
        }
        for (int i = declared.size() - 1; i >= 0; i--) {
            out.mark((char) (declared.get(i) + 1));
        }
        depth--;
    }

    /** A command at {@code pos}; returns the mark a declaration ({@code \em}) starts, else null. */
    private Character command(boolean math) {
        pos++;
        if (pos >= s.length()) {
            return null;
        }
        String name;
        if (Character.isLetter(s.charAt(pos)) && s.charAt(pos) < 128) {
            int start = pos;
            while (pos < s.length() && s.charAt(pos) < 128 && Character.isLetter(s.charAt(pos))) {
                pos++;
            }
            name = s.substring(start, pos);
            // TeX eats the spaces after a command's name; in a formula the author's spaces are its spacing
            if (!math && (!ACCENTS.containsKey(name) || name.length() > 1)) {
                skipSpaces();
            }
        } else {
            name = String.valueOf(s.charAt(pos++));
        }
        Character accent = ACCENTS.get(name);
        if (accent != null && !(math && name.equals("t"))) {
            if (name.length() == 1 && Character.isLetter(name.charAt(0))) {
                skipSpaces();
            }
            String letter = captured(false);
            letter = letter.equals("ı") ? "i" : letter.equals("ȷ") ? "j" : letter;
            if (letter.isEmpty()) {
                out.append(String.valueOf(accent));
            } else {
                int first = letter.offsetByCodePoints(0, 1);
                out.append(Normalizer.normalize(letter.substring(0, first) + accent, Normalizer.Form.NFC) + letter.substring(first));
            }
            return null;
        }
        Character style = STYLED.get(name);
        if (style != null) {
            out.mark(style);
            argument(math);
            out.mark((char) (style + 1));
            return null;
        }
        Character declared = DECLARED.get(name);
        if (declared != null) {
            return declared;
        }
        switch (name) {
            case "href" -> {
                captured(true);   // the address: the text is what a reader sees
                argument(math);
                return null;
            }
            case "url", "nolinkurl", "path" -> {
                out.append(captured(true));
                return null;
            }
            case "enquote", "mkbibquote" -> {
                out.append('“');
                argument(math);
                out.append('”');
                return null;
            }
            default -> {
            }
        }
        String symbol = SYMBOLS.get(name);
        if (symbol != null) {
            out.append(symbol);
        } else if (pos < s.length() && s.charAt(pos) == '{') {
            argument(math);   // an unknown command: its argument's text, unprotected
        }
        return null;
    }

    /** A command's argument: a group (unprotected) or the next character or command. */
    private void argument(boolean math) {
        if (pos >= s.length()) {
            return;
        }
        char c = s.charAt(pos);
        if (c == '{' && depth >= MAX_DEPTH) {
            flattened++;
            pos++;
        } else if (c == '{') {
            pos++;
            sequence(true, math);
            pos++;
        } else if (c == '\\') {
            Character declaration = command(math);
            if (declaration != null) {
                out.mark(declaration);
                out.mark((char) (declaration + 1));
            }
        } else {
            pos++;
            out.append(c);
        }
    }

    /** An argument as plain text; {@code raw} reads it character for character (an address). */
    private String captured(boolean raw) {
        if (raw) {
            if (pos < s.length() && s.charAt(pos) == '{') {
                int depth = 0;
                int start = pos;
                for (; pos < s.length(); pos++) {
                    depth += s.charAt(pos) == '{' ? 1 : s.charAt(pos) == '}' ? -1 : 0;
                    if (depth == 0) {
                        break;
                    }
                }
                pos = Math.min(pos + 1, s.length());
                return s.substring(start + 1, pos - 1);
            }
            return "";
        }
        RichText.Builder saved = out;
        out = new RichText.Builder();
        argument(false);
        String text = RichText.plain(out.toString());
        out = saved;
        return text;
    }

    private void skipSpaces() {
        while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t' || s.charAt(pos) == '\n' || s.charAt(pos) == '\r')) {
            pos++;
        }
    }
}
