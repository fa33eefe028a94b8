package org.imprint.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;

/**
 * A document's identity, derived from what it is made of rather than from the clock: the same
 * inputs give the same ID (PDF trailer {@code /ID}, XMP {@code xmpMM:DocumentID}), so rebuilds
 * are byte-identical, and different inputs give a different one.
 */
final class DocumentId {

    private final byte[] digest;

    private DocumentId(byte[] digest) {
        this.digest = digest;
    }

    /** Collects the inputs of a document; feed it everything that shapes the output. */
    static final class Builder {

        private final MessageDigest sha;

        Builder() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
        }

        Builder add(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            return add(bytes);
        }

        Builder add(byte[] bytes) {
            // the length first, so that ("ab", "c") and ("a", "bc") differ
            sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(bytes);
            return this;
        }

        DocumentId build() {
            return new DocumentId(Arrays.copyOf(sha.digest(), 16));
        }
    }

    /** The ID as a UUID string (name-based form, version 5 bits set), for XMP. */
    String uuid() {
        byte[] b = digest.clone();
        b[6] = (byte) ((b[6] & 0x0f) | 0x50);
        b[8] = (byte) ((b[8] & 0x3f) | 0x80);
        String hex = HexFormat.of().formatHex(b);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    /**
     * The trailer's {@code /ID}: the permanent and the changing identifier, both the digest, as
     * for a file that has not been modified since it was made.
     */
    COSArray toCOSArray() {
        COSArray id = new COSArray();
        COSString first = new COSString(digest);
        first.setForceHexForm(true);
        COSString second = new COSString(digest.clone());
        second.setForceHexForm(true);
        id.add(first);
        id.add(second);
        return id;
    }
}
