package org.imprint.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which words a glued prefix ("و", "ו", "ב") is glued to. */
class NameScriptTest {

    @Test
    void aNameBeginningWithAnEmojiOrSymbolIsOfAnotherScript() {
        assertTrue(NameScript.beginsInScriptOf("ليلى", " و"));
        assertTrue(NameScript.beginsInScriptOf("«سارة» أحمد", " و"), "a quotation mark is skipped");
        assertFalse(NameScript.beginsInScriptOf("🌙 ليلى", " و"), "\"و🌙\" glued the letter to the emoji");
        assertFalse(NameScript.beginsInScriptOf("€uro Institute", " ו"));
        assertFalse(NameScript.beginsInScriptOf("2050 Plan", " ו"));
    }

    @Test
    void aLabelEndingInAOneLetterPrefixIsGlued() {
        assertTrue(NameScript.endsInPrefix("המאמר פורסם לראשונה ב"));
        assertFalse(NameScript.endsInPrefix("המאמר פורסם לראשונה ב "), "a label that ends in a space is not glued");
        assertFalse(NameScript.endsInPrefix("نُشر هذا المقال أولًا في"));
        assertFalse(NameScript.endsInPrefix("The article was first published at"));
    }
}
