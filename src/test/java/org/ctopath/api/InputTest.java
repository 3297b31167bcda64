package org.ctopath.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.ctopath.plan.ItemStatus;
import org.ctopath.platform.InvalidInput;
import org.junit.jupiter.api.Test;

class InputTest {

    @Test
    void aDateReadsAsIsoAndAnythingElseIsAProblemOfItsField() {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        assertEquals(LocalDate.of(2026, 1, 31), Input.date(problems, "due", " 2026-01-31 "));
        assertNull(Input.date(problems, "due", ""));
        assertNull(Input.date(problems, "on", "31/01/2026"));
        assertEquals(List.of("on"), problems.problems().stream().map(InvalidInput.Problem::field).toList());
    }

    @Test
    void aChoiceIgnoresCaseAndNamesTheChoices() {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        assertEquals(ItemStatus.IN_PROGRESS, Input.choice(problems, "status", ItemStatus.class, "in_progress"));
        assertNull(Input.choice(problems, "status", ItemStatus.class, "DONE"));
        assertEquals("status", problems.problems().get(0).field());
        assertEquals("One of [NOT_STARTED, IN_PROGRESS, COMPLETED, SKIPPED], not \"DONE\".", problems.problems().get(0).message());
    }

    @Test
    void mergedKeepsOneMessageAFieldPreferringTheOwn() {
        InvalidInput.Collector mine = new InvalidInput.Collector().add("due", "A date like 2026-01-31, not \"soon\".");
        InvalidInput theirs = new InvalidInput(List.of(new InvalidInput.Problem("resource", "Choose a resource."),
                new InvalidInput.Problem("due", "Choose the day it is due.")));
        InvalidInput merged = Input.merged(mine, theirs);
        assertEquals(List.of("due", "resource"), merged.getProblems().stream().map(InvalidInput.Problem::field).toList());
        assertEquals("A date like 2026-01-31, not \"soon\".", merged.messageFor("due"));
    }

    @Test
    void aWindowRefusesWhatIsNotAWholeNumberByName() {
        assertEquals(new Window(0, Window.DEFAULT_LIMIT), Window.parse(null, " "));
        assertEquals(new Window(40, 100), Window.parse("40", "100"));
        InvalidInput refused = assertThrows(InvalidInput.class, () -> Window.parse("x", "2.5"));
        assertEquals(List.of("offset", "limit"), refused.getProblems().stream().map(InvalidInput.Problem::field).toList());
        refused = assertThrows(InvalidInput.class, () -> Window.parse("0", "101"));
        assertEquals(List.of("limit"), refused.getProblems().stream().map(InvalidInput.Problem::field).toList());
    }
}
