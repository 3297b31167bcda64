package org.ctopath.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the server log of an integration-test run and fails the build on lines that must never be
 * there. The managed Payara Micro writes its console into the output file of whichever test class
 * runs at the time ({@code target/failsafe-reports/*-output.txt}, failsafe's
 * {@code redirectTestOutputToFile}); Maven runs this after {@code integration-test}
 * ({@code pom.xml}, execution {@code server-log}) on the files of this run only: those written since
 * the build started, so an old file from an earlier run counts for nothing.
 *
 * <p>Forbidden: {@code Cannot serialize session attribute ...}, which Payara logs when something in
 * a session cannot move to another instance and it keeps sessions in its data grid
 * ({@code platform.SessionSerializationIT} proves the attributes themselves; this catches any page
 * that test does not visit, in every test of the run); and {@code Internal error:
 * EJBContainerUtilImpl is null}, a warning with a stack trace that the application no longer causes.
 */
public final class ServerLog {

    /** What may never be logged. */
    static final List<Pattern> FORBIDDEN = List.of(
            // something in a session cannot move to another instance
            Pattern.compile("Cannot serialize session attribute"),
            // a warning with a stack trace on the first requests: Jakarta Security asked for an EJB context
            // (platform.CallerIdentity says why the application never does)
            Pattern.compile("Internal error: EJBContainerUtilImpl is null"));

    private ServerLog() {
    }

    /**
     * Arguments: the reports folder and the build's start ({@code ${maven.build.timestamp}},
     * ISO-8601 in UTC to the second). Throws, failing the build, when a forbidden line is found.
     */
    public static void main(String[] args) {
        Path reports = Path.of(args[0]);
        Instant since = Instant.parse(args[1]);
        List<String> found = forbiddenLines(reports, since);
        if (!found.isEmpty()) {
            throw new IllegalStateException("The server logged what it never may (" + found.size() + " lines), in " + reports + ":\n"
                    + String.join("\n", found.subList(0, Math.min(found.size(), 20))));
        }
    }

    /** The forbidden lines of the output files written at or after {@code since}, each with its file. */
    static List<String> forbiddenLines(Path reports, Instant since) {
        List<String> found = new ArrayList<>();
        if (!Files.isDirectory(reports)) {
            return found;
        }
        try (Stream<Path> files = Files.list(reports)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-output.txt")).sorted().toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(since)) {
                    continue;
                }
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (FORBIDDEN.stream().anyMatch(p -> p.matcher(line).find())) {
                        found.add(file.getFileName() + ": " + line.strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
