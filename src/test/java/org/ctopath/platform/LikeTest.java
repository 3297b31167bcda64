package org.ctopath.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void typedTextIsFoundAnywhereWhateverItsCase() {
        assertEquals("%itil 4%", Like.containing("  ITIL 4 "));
    }

    @Test
    void wildcardsAndTheEscapeItselfAreTakenLiterally() {
        assertEquals("%100\\% \\_done\\\\%", Like.containing("100% _done\\"));
    }
}
