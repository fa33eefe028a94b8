package org.imprint;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * An input file's bytes decoded strictly: a byte that does not decode is reported, never replaced,
 * since a replacement character would print "M\uFFFDller" in every output with exit status 0.
 */
public final class StrictText {

    /** Where decoding stopped: the 1-based line, the 0-based offset in the file, and the byte found there. */
    public record Malformed(int line, int offset, int value) {
    }

    /** The outcome: the text without a byte-order mark, or where it stopped decoding. */
    public record Decoded(String text, Malformed malformed) {
    }

    private StrictText() {
    }

    /** The bytes decoded in the charset; {@code malformed} set (and no text) at the first byte that is not. */
    public static Decoded decode(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return new Decoded(null, new Malformed(line, in.position(), bytes[in.position()] & 0xFF));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, null);
    }
}
