package org.imprint.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.node.Block;
import org.commonmark.node.DefinitionMap;
import org.commonmark.parser.Parser;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Footnote definitions ({@code [^label]: text}) whose further lines are indented four columns
 * past the column the definition starts at, wherever that is.
 *
 * <p>commonmark-java's footnotes extension continues a definition at the absolute column 4. That
 * is right for a definition at the left margin, and wrong for one written inside another note or
 * a list item: the second line of a note nested in a note (indented 8) kept 4 columns of
 * indentation, so it became code, and a note defined there ({@code [^c]:} two deep) was printed
 * as text, its calls warned as "never defined". This extension's parser is tried before the
 * footnotes extension's (it is registered first) and makes the same {@link FootnoteDefinition}
 * nodes and definitions, so the extension's calls and everything after are unchanged.
 */
public final class NoteDefinitions implements Parser.ParserExtension {

    /** {@code [^label]:} and the spaces after it; a label has no blank, tab or {@code ]}. */
    private static final Pattern START = Pattern.compile("\\[\\^([^\\] \\t\\r\\n\\u0000]+)\\]:[ \\t]*");
    /** The columns a note's later lines are indented by, past the column its definition starts at. */
    private static final int INDENT = 4;

    private NoteDefinitions() {
    }

    /**
     * The parser's extensions: {@code others}, then this one and commonmark-java's footnotes, in
     * that order (this one's parser must be tried first).
     */
    public static List<Extension> after(Extension... others) {
        List<Extension> all = new ArrayList<>(List.of(others));
        all.add(new NoteDefinitions());
        all.add(FootnotesExtension.create());
        return List.copyOf(all);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Factory());
    }

    /** One definition's block. */
    private static final class DefinitionParser extends AbstractBlockParser {

        private final FootnoteDefinition block;

        DefinitionParser(String label) {
            block = new FootnoteDefinition(label);
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(Block child) {
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.getIndent() >= INDENT) {
                // the containers around this one have taken their columns: the line's own start
                // is where this definition's text starts, whatever the depth
                return BlockContinue.atColumn(state.getColumn() + INDENT);
            }
            if (state.isBlank()) {
                // a blank line does not end a note: an indented paragraph may follow
                return BlockContinue.atIndex(state.getIndex());
            }
            // other block starts may interrupt; failing them, the line is a lazy continuation
            return BlockContinue.none();
        }

        @Override
        public List<DefinitionMap<?>> getDefinitions() {
            DefinitionMap<FootnoteDefinition> map = new DefinitionMap<>(FootnoteDefinition.class);
            map.putIfAbsent(block.getLabel(), block);
            return List.of(map);
        }
    }

    private static final class Factory extends AbstractBlockParserFactory {

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= INDENT) {
                return BlockStart.none();
            }
            CharSequence content = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            Matcher m = START.matcher(content).region(start, content.length());
            if (!m.lookingAt()) {
                return BlockStart.none();
            }
            return BlockStart.of(new DefinitionParser(m.group(1))).atIndex(m.end());
        }
    }
}
