package org.ctopath.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidInputTest {

    @Test
    void withinARowEachFieldIsNamedInItAndTheWholeStaysWhole() {
        InvalidInput invalid = new InvalidInput(List.of(new InvalidInput.Problem("reason", "Say why you skip it."),
                InvalidInput.Problem.whole("Someone else changed this.")));

        InvalidInput inRow = invalid.within("items:2:");

        assertEquals(List.of(new InvalidInput.Problem("items:2:reason", "Say why you skip it."),
                InvalidInput.Problem.whole("Someone else changed this.")), inRow.getProblems());
    }
}
