package org.ctopath.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrerequisiteGraphTest {

    private final PrerequisiteGraph itil = new PrerequisiteGraph()
            .add("DPI", "F")
            .add("DITS", "F")
            .add("HVIT", "F");

    @Test
    void aNewPrerequisiteOutsideAnyChainIsFine() {
        assertEquals(Optional.empty(), itil.cycleIfAdded("DITS", "DPI"));
        assertEquals(Optional.empty(), itil.anyCycle());
    }

    @Test
    void requiringWhatRequiresYouClosesACycleAndNamesIt() {
        assertEquals(Optional.of(List.of("F", "DPI", "F")), itil.cycleIfAdded("F", "DPI"));
    }

    @Test
    void aLongerCycleIsFoundThroughEveryStep() {
        PrerequisiteGraph chain = new PrerequisiteGraph().add("C", "B").add("B", "A");

        assertEquals(Optional.of(List.of("A", "C", "B", "A")), chain.cycleIfAdded("A", "C"));
    }

    @Test
    void aCertificationCannotRequireItself() {
        assertEquals(Optional.of(List.of("F", "F")), itil.cycleIfAdded("F", "F"));
    }

    @Test
    void aCycleAlreadyInTheGraphIsFoundAsAWhole() {
        PrerequisiteGraph imported = new PrerequisiteGraph().add("X", "Y").add("Y", "Z").add("Z", "X").add("W", "X");

        List<String> cycle = imported.anyCycle().orElseThrow();

        assertEquals(4, cycle.size());
        assertEquals(cycle.get(0), cycle.get(cycle.size() - 1));
    }
}
