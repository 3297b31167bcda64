package org.ctopath.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void aFieldIsFoundInItsForm() {
        assertEquals("resource:title", Messages.clientId("resource", "title"));
    }

    @Test
    void aFieldOfATableRowIsFoundInThatRow() {
        assertEquals("resource:skills:2:to", Messages.clientId("resource", "skills[2].to"));
        assertEquals("profile:targets:0:skill", Messages.clientId("profile", "targets:0:skill"));
    }

    @Test
    void aProblemOfTheWholeGoesToTheTop() {
        assertNull(Messages.clientId("resource", null));
    }
}
