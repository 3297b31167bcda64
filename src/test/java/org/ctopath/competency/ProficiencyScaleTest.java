package org.ctopath.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProficiencyScaleTest {

    private final ProficiencyScale ecf = new ProficiencyScale("ECF", "e-CF", null, 3);

    {
        ecf.addLevel("e-1", "Associate", "Applies knowledge");
        ecf.addLevel("e-2", "Professional", "Works independently");
    }

    @Test
    void aLevelReadsAsItsCodeAndName() {
        assertEquals("e-2 Professional", ecf.label(2));
    }

    @Test
    void zeroReadsAsNotYetAtTheFirstLevel() {
        assertEquals("Not yet at e-1", ecf.label(0));
    }

    @Test
    void anOrdinalBeyondTheScaleIsStillReadable() {
        assertEquals("Level 7", ecf.label(7));
        assertEquals(2, ecf.getMaxOrdinal());
    }
}
