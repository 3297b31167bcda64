package org.ctopath.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IdBlocksTest {

    @Test
    void theSequenceRestartsAWholeAllocationPastTheBlockOnABoundary() {
        assertEquals(1100, IdBlocks.next(1000));
        assertEquals(1100, IdBlocks.next(1049));
        assertEquals(1150, IdBlocks.next(1050));
    }
}
