package org.imprint.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which bidirectional controls of a front-matter value {@link BidiControls} lets pass. */
class BidiControlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Zahid Anwar", "\u202Eevil\u202C", "\u2067زاہد\u2069 Anwar",
            "\u2066a \u202Bb\u202C c\u2069", "\u2068x \u202Eopen inside an isolate\u2069", "\u202A\u2067x\u2069\u202C"})
    void balancedControlsPass(String value) {
        assertEquals(Optional.empty(), BidiControls.problem(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202Eevil", "\u2066LRI", "stray\u2069", "stray\u202C", "\u2066a\u202C\u2069",
            "\u202Ba\u2069\u202C", "\u2067a\u2069\u2069"})
    void unbalancedControlsAreRefused(String value) {
        assertTrue(BidiControls.problem(value).isPresent(), value);
    }
}
