package org.imprint.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/** A secret a request proves it knows with {@code Authorization: Bearer <token>}. */
final class BearerToken {

    private static final String SCHEME = "Bearer ";
    private final byte[] secret;

    BearerToken(String token) {
        this.secret = token.getBytes(StandardCharsets.UTF_8);
    }

    /** A new random token: 256 bits, hex. */
    static BearerToken random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new BearerToken(HexFormat.of().formatHex(bytes));
    }

    String value() {
        return new String(secret, StandardCharsets.UTF_8);
    }

    /** Whether an {@code Authorization} header carries this token; in constant time for a given length. */
    boolean matches(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        byte[] given = authorization.substring(SCHEME.length()).strip().getBytes(StandardCharsets.UTF_8);
        // MessageDigest.isEqual does not stop at the first differing byte
        return MessageDigest.isEqual(secret, given);
    }
}
