package org.ctopath.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerLogTest {

    private static final String LINE = "[2026-12-07T18:30:00.000+0000] [] [WARNING] [] [org.apache.catalina.session] "
            + "Cannot serialize session attribute com.sun.faces.application.view.activeViewMaps for session 1234";

    @Test
    void aForbiddenLineOfThisRunFailsTheBuild(@TempDir Path reports) throws Exception {
        Files.writeString(reports.resolve("org.x.FooIT-output.txt"), "starting\n" + LINE + "\nstarted\n");

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> ServerLog.main(new String[] {reports.toString(), Instant.now().minus(1, ChronoUnit.MINUTES).toString()}));

        assertTrue(failure.getMessage().contains("org.x.FooIT-output.txt: " + LINE.strip()), failure.getMessage());
    }

    @Test
    void theEjbContainerWarningFailsTheBuildToo(@TempDir Path reports) throws Exception {
        Files.writeString(reports.resolve("org.x.BarIT-output.txt"), "[WARNING] [javax.enterprise.ejb.container]\n"
                + "  Internal error: EJBContainerUtilImpl is null, creating ...\njava.lang.Throwable\n");

        assertEquals(1, ServerLog.forbiddenLines(reports, Instant.now().minus(1, ChronoUnit.MINUTES)).size());
    }

    @Test
    void anOldFileOrACleanLogPasses(@TempDir Path reports) throws Exception {
        Path old = reports.resolve("org.x.OldIT-output.txt");
        Files.writeString(old, LINE + "\n");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        Files.writeString(reports.resolve("org.x.NewIT-output.txt"), "Cannot serialize nothing here: session attribute fine\n");
        Files.writeString(reports.resolve("TEST-org.x.NewIT.xml"), LINE + "\n"); // not a log

        assertEquals(0, ServerLog.forbiddenLines(reports, Instant.now().minus(1, ChronoUnit.MINUTES)).size());
        assertDoesNotThrow(() -> ServerLog.main(new String[] {reports.toString(), Instant.now().minus(1, ChronoUnit.MINUTES).toString()}));
        assertDoesNotThrow(() -> ServerLog.main(new String[] {reports.resolve("none").toString(), Instant.now().toString()}));
    }
}
