package org.ctopath.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChangesTest {

    @Test
    void aNewThingListsItsFilledFieldsInOrder() {
        assertEquals("name: 'Cloud cost'; group: 'EMERGING'",
                Changes.of(Changes.fields("name", "Cloud cost", "description", null, "group", "EMERGING")));
    }

    @Test
    void anUpdateListsOnlyWhatDiffers() {
        assertEquals("name: 'A' → 'B'; description: (none) → 'new'",
                Changes.between(Changes.fields("name", "A", "group", "G", "description", ""),
                        Changes.fields("name", "B", "group", "G", "description", "new")));
    }

    @Test
    void savingWithoutChangesSaysSo() {
        assertEquals("no change", Changes.between(Changes.fields("name", "A"), Changes.fields("name", "A")));
    }

    @Test
    void longValuesAreShortened() {
        String shown = Changes.of(Changes.fields("description", "x".repeat(500)));

        assertEquals("description: '" + "x".repeat(199) + "…'", shown);
    }
}
