package org.imprint.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;

/**
 * The ICC profile of the PDF/A output intent: sRGB, the colour space every colour in the
 * layouts and every figure is given in. It is the JDK's own sRGB profile (part of OpenJDK,
 * GPLv2 with the Classpath Exception), so Imprint ships no profile file of its own.
 */
final class SrgbProfile {

    /** The profile's bytes; profiles are immutable, so one copy serves every document. */
    private static final byte[] DATA = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private SrgbProfile() {
    }

    static byte[] bytes() {
        return DATA.clone();
    }
}
