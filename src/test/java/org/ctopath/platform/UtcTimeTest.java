package org.ctopath.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UtcTimeTest {

    @Test
    void momentsAreShownInUtcWhateverTheServersZone() {
        Instant late = Instant.parse("2026-11-23T23:59:30Z");

        assertEquals("2026-11-23 23:59 UTC", UtcTime.minute(late));
        assertEquals("2026-11-23", UtcTime.day(late));
        assertEquals("", UtcTime.minute(null));
    }

    @Test
    void aColumnValueRoundTrips() {
        Instant at = Instant.parse("2026-03-29T01:30:00Z");

        assertEquals(at, UtcTime.fromColumn(UtcTime.toColumn(at)));
    }
}
