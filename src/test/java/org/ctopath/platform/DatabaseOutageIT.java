package org.ctopath.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ctopath.testing.ProductionLikeServer;
import org.ctopath.testing.http.Visitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database goes away for 15 seconds under load and comes back: the application answers every
 * request within a few seconds, with the 503 page or a 503 problem detail (never an empty 500),
 * {@code /health} says DOWN while it is away and UP again without a restart, {@code /health/live}
 * stays UP, and every write it confirmed is in the database.
 *
 * <p>Not an Arquillian test: it needs a database of its own that it may stop. It makes a throwaway
 * PostgreSQL cluster on a free port ({@code pg_createcluster}, as root), starts one Payara Micro of
 * its own on it (the suite's runtime, WAR and pre-boot file, in demo mode), and removes both
 * afterwards, also when it fails. It runs in its own failsafe execution ({@code database-outage},
 * {@code -Pdatabase-outage}), which {@code .ci/run} runs once; it fails, never skips, when the
 * PostgreSQL tools are missing.
 */
class DatabaseOutageIT {

    /** How long the database stays away. */
    static final Duration OUTAGE = Duration.ofSeconds(15);
    /** The longest any answer may take while the database is away (the connection-acquire timeout is 3 s). */
    static final long OUTAGE_ANSWER_LIMIT_MS = 5_000;
    /** The longest any answer may take at all (a request never hangs for long). */
    static final long ANSWER_LIMIT_MS = 15_000;
    /** How soon after the database is back every client must get a 2xx again, and /health be UP. */
    static final long RECOVERY_LIMIT_MS = 20_000;
    /** How soon after the database stops /health must say DOWN. */
    static final long HEALTH_DOWN_LIMIT_MS = 6_000;
    /** A bound on each client's requests, besides the time bound of the run. */
    static final int MAX_REQUESTS_PER_CLIENT = 600;
    static final String[] LEARNERS = {"learner", "learner2", "learner3"};

    static Cluster cluster;
    static ProductionLikeServer server;

    @BeforeAll
    static void start() throws Exception {
        cluster = Cluster.create();
        // Its log in target/database-outage-server.log.
        server = ProductionLikeServer.start("database-outage", Map.of("DB_URL", cluster.jdbcUrl(), "DB_USER", "postgres", "DB_PASSWORD", ""), "768m");
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    record Sample(String client, String what, long startMs, long endMs, int status, String contentType, String retryAfter, String body,
                  String error) {
        long durationMs() {
            return endMs - startMs;
        }

        boolean ok() {
            return error == null && status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return client + " " + what + " @" + startMs + "ms +" + durationMs() + "ms -> " + (error != null ? error
                    : status + " " + contentType + (retryAfter == null ? "" : " Retry-After " + retryAfter) + " "
                    + body.substring(0, Math.min(120, body.length())).replaceAll("\\s+", " "));
        }
    }

    final long origin = System.nanoTime();
    final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Sample> health = new ConcurrentLinkedQueue<>();
    final Set<String> confirmedWrites = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final Set<String> refusedWrites = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    long now() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - origin);
    }

    @Test
    void anOutageIsAnsweredFastAndHonestlyAndRecoversByItself() throws Exception {
        List<Visitor> readers = new ArrayList<>();
        for (String learner : LEARNERS) {
            Visitor visitor = new Visitor(new URL(server.base()));
            visitor.signIn(learner, "learner-demo");
            readers.add(visitor);
        }
        long loadEnd = now() + Duration.ofMinutes(3).toMillis(); // whatever happens, the load stops by itself
        ScheduledExecutorService load = Executors.newScheduledThreadPool(LEARNERS.length * 2 + 1);
        try {
            for (int i = 0; i < LEARNERS.length; i++) {
                Visitor reader = readers.get(i);
                String learner = LEARNERS[i];
                AtomicInteger pages = new AtomicInteger();
                AtomicInteger writes = new AtomicInteger();
                load.scheduleWithFixedDelay(() -> {
                    if (now() < loadEnd && pages.incrementAndGet() <= MAX_REQUESTS_PER_CLIENT) {
                        readPage("page:" + learner, reader);
                    }
                }, 0, 150, TimeUnit.MILLISECONDS);
                load.scheduleWithFixedDelay(() -> {
                    int n = writes.incrementAndGet();
                    if (now() < loadEnd && n <= MAX_REQUESTS_PER_CLIENT) {
                        write("api:" + learner, learner, "OUTAGE-" + learner + "-" + n);
                    }
                }, 0, 150, TimeUnit.MILLISECONDS);
            }
            load.scheduleWithFixedDelay(() -> {
                if (now() < loadEnd) {
                    probe("/health");
                    probe("/health/live");
                }
            }, 0, 250, TimeUnit.MILLISECONDS);

            // Warm: every client has been answered 2xx a few times.
            awaitCondition("every client answered 2xx before the outage", now() + 60_000,
                    () -> clients().allMatch(c -> samples.stream().filter(s -> s.client().equals(c) && s.ok()).count() >= 3));
            // From when the database is really down (pg_ctlcluster waits for it) to when it accepts connections again.
            cluster.stopDatabase();
            long stoppedAt = now();
            awaitCondition("the outage lasted " + OUTAGE.toSeconds() + " s", stoppedAt + OUTAGE.toMillis() + 10_000,
                    () -> now() >= stoppedAt + OUTAGE.toMillis());
            long starting = now();
            cluster.startDatabase();
            long startedAt = now();
            awaitCondition("every client answered 2xx again and /health is UP after the database came back",
                    startedAt + RECOVERY_LIMIT_MS + ANSWER_LIMIT_MS,
                    () -> clients().allMatch(c -> samples.stream().anyMatch(s -> s.client().equals(c) && s.ok() && s.startMs() >= startedAt))
                            && health.stream().anyMatch(s -> s.what().equals("/health") && s.ok() && s.startMs() >= startedAt));
            // A few more seconds of load after recovery, to see that it holds.
            long settled = now() + 3_000;
            awaitCondition("load after recovery", settled + 5_000, () -> now() >= settled);
            load.shutdown();
            assertTrue(load.awaitTermination(60, TimeUnit.SECONDS), "the load stopped");
            check(stoppedAt, starting, startedAt);
        } finally {
            load.shutdownNow();
        }
    }

    private Stream<String> clients() {
        return Stream.of(LEARNERS).flatMap(l -> Stream.of("page:" + l, "api:" + l));
    }

    /** The database was down from {@code stoppedAt} until {@code starting}, and accepted connections again from {@code startedAt}. */
    private void check(long stoppedAt, long starting, long startedAt) throws SQLException {
        List<Sample> all = samples.stream().sorted(Comparator.comparingLong(Sample::startMs)).toList();
        List<Sample> probes = health.stream().sorted(Comparator.comparingLong(Sample::startMs)).toList();
        Path report = Path.of("target", "database-outage.txt");
        try {
            Files.writeString(report, "database down at " + stoppedAt + " ms, starting at " + starting + " ms, up at " + startedAt + " ms\n"
                    + Stream.concat(all.stream(), probes.stream()).sorted(Comparator.comparingLong(Sample::startMs)).map(Sample::toString)
                            .collect(Collectors.joining("\n")) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>();

        for (Sample s : all) {
            if (s.error() != null) {
                problems.add("no answer: " + s);
            } else if (s.status() >= 500 && s.status() != 503) {
                problems.add("a " + s.status() + " instead of 503: " + s);
            } else if (s.status() >= 400 && s.body().isBlank()) {
                problems.add("an empty error answer: " + s);
            } else if (s.durationMs() > ANSWER_LIMIT_MS) {
                problems.add("slower than " + ANSWER_LIMIT_MS + " ms: " + s);
            }
        }
        // While the database is away.
        List<Sample> during = all.stream().filter(s -> s.startMs() >= stoppedAt && s.startMs() < starting).toList();
        if (during.size() < 12) {
            problems.add("only " + during.size() + " requests started during the outage: the clients were held up");
        }
        for (Sample s : during) {
            if (s.durationMs() > OUTAGE_ANSWER_LIMIT_MS) {
                problems.add("during the outage, slower than " + OUTAGE_ANSWER_LIMIT_MS + " ms: " + s);
            }
            if (s.status() != 503) {
                problems.add("during the outage, not 503: " + s);
            } else if (s.client().startsWith("api:")) {
                if (!"application/problem+json".equals(s.contentType()) || !s.body().contains("\"status\":503") || s.retryAfter() == null) {
                    problems.add("during the outage, an API answer that is not a 503 problem detail with Retry-After: " + s);
                }
            } else if (!s.body().contains("CTO Path is not available just now")) {
                problems.add("during the outage, a page answer that is not the 503 page: " + s);
            }
        }
        // Recovery: each client's first 2xx after the database came back, and only 2xx from then on.
        long recovered = 0;
        for (String client : clients().toList()) {
            List<Sample> after = all.stream().filter(s -> s.client().equals(client) && s.startMs() >= startedAt).toList();
            Sample first = after.stream().filter(Sample::ok).findFirst().orElse(null);
            if (first == null) {
                problems.add(client + " never answered 2xx after the database came back");
                continue;
            }
            recovered = Math.max(recovered, first.endMs() - startedAt);
            if (first.endMs() - startedAt > RECOVERY_LIMIT_MS) {
                problems.add(client + " answered 2xx only " + (first.endMs() - startedAt) + " ms after the database came back");
            }
            after.stream().filter(s -> s.startMs() > first.startMs() && !s.ok())
                    .forEach(s -> problems.add("after recovery, not 2xx: " + s));
        }
        long firstUnavailable = all.stream().filter(s -> s.startMs() >= stoppedAt && s.status() == 503).mapToLong(Sample::endMs).min()
                .orElse(Long.MAX_VALUE) - stoppedAt;
        long slowestDuring = during.stream().mapToLong(Sample::durationMs).max().orElse(0);

        // Health: DOWN soon after the stop and all along, UP again; liveness always UP.
        long healthDown = probes.stream().filter(s -> s.what().equals("/health") && s.startMs() >= stoppedAt && s.status() == 503)
                .mapToLong(Sample::endMs).min().orElse(Long.MAX_VALUE) - stoppedAt;
        if (healthDown > HEALTH_DOWN_LIMIT_MS) {
            problems.add("/health said DOWN only " + healthDown + " ms after the database stopped");
        }
        long healthUp = probes.stream().filter(s -> s.what().equals("/health") && s.startMs() >= startedAt && s.ok())
                .mapToLong(Sample::endMs).min().orElse(Long.MAX_VALUE) - startedAt;
        if (healthUp > RECOVERY_LIMIT_MS) {
            problems.add("/health said UP only " + healthUp + " ms after the database came back");
        }
        for (Sample s : probes) {
            if (s.what().equals("/health/live") && (!s.ok() || s.durationMs() > OUTAGE_ANSWER_LIMIT_MS)) {
                problems.add("liveness not UP at once: " + s);
            }
            if (s.what().equals("/health") && s.startMs() >= stoppedAt + HEALTH_DOWN_LIMIT_MS && s.startMs() < starting
                    && (s.status() != 503 || s.durationMs() > OUTAGE_ANSWER_LIMIT_MS)) {
                problems.add("/health not DOWN at once during the outage: " + s);
            }
        }
        assertTrue(probes.stream().anyMatch(s -> s.what().equals("/health") && s.startMs() < stoppedAt && s.ok()), "/health UP before");

        // Every write answered 2xx is in the database; none answered 503 is.
        Set<String> stored = cluster.certificateNumbers();
        Set<String> lost = new HashSet<>(confirmedWrites);
        lost.removeAll(stored);
        Set<String> phantom = new HashSet<>(refusedWrites);
        phantom.retainAll(stored);
        if (!lost.isEmpty()) {
            problems.add("writes answered 2xx but not in the database: " + lost);
        }
        if (!phantom.isEmpty()) {
            problems.add("writes answered 503 (\"nothing was changed\") but in the database: " + phantom);
        }

        String figures = "requests " + all.size() + " (" + during.size() + " during the outage), writes confirmed " + confirmedWrites.size()
                + ", refused " + refusedWrites.size() + "; first 503 " + millis(firstUnavailable) + " after the stop, slowest answer during the outage "
                + slowestDuring + " ms; /health DOWN " + millis(healthDown) + " after the stop, UP " + millis(healthUp)
                + " after the start; every client 2xx again within " + recovered + " ms of the start";
        System.out.println("DatabaseOutageIT: " + figures);
        if (!problems.isEmpty()) {
            fail(problems.size() + " problems (" + figures + "; every request in " + report + "):\n"
                    + problems.stream().limit(40).collect(Collectors.joining("\n")));
        }
    }

    /** A delay in milliseconds, or "never" for one that did not happen. */
    private static String millis(long delay) {
        return delay > Integer.MAX_VALUE ? "never" : delay + " ms";
    }

    private void readPage(String client, Visitor reader) {
        long start = now();
        try {
            HttpResponse<String> response = reader.send(HttpRequest.newBuilder(URI.create(server.base() + "/learner/certifications"))
                    .timeout(Duration.ofSeconds(30)).GET(), HttpResponse.BodyHandlers.ofString());
            samples.add(sample(client, "GET /learner/certifications", start, response));
        } catch (IOException | RuntimeException e) {
            samples.add(new Sample(client, "GET /learner/certifications", start, now(), 0, "", null, "", e.toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write(String client, String learner, String number) {
        long start = now();
        String body = "{\"certification\":\"ITIL4-F\",\"on\":\"2026-01-15\",\"passed\":true,\"certificateNumber\":\"" + number + "\"}";
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/people/" + learner
                            + "/certifications/attempts")).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer ctp_demo_" + learner).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Sample sample = sample(client, "POST attempt " + number, start, response);
            samples.add(sample);
            if (sample.ok()) {
                confirmedWrites.add(number);
            } else if (sample.status() == 503) {
                refusedWrites.add(number);
            }
        } catch (IOException | RuntimeException e) {
            samples.add(new Sample(client, "POST attempt " + number, start, now(), 0, "", null, "", e.toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void probe(String path) {
        long start = now();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.base() + path))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            health.add(sample("health", path, start, response));
        } catch (IOException | RuntimeException e) {
            health.add(new Sample("health", path, start, now(), 0, "", null, "", e.toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Sample sample(String client, String what, long start, HttpResponse<String> response) {
        return new Sample(client, what, start, now(), response.statusCode(),
                response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""),
                response.headers().firstValue("Retry-After").orElse(null), response.body(), null);
    }

    /** Polls {@code condition} until it holds, failing at {@code deadlineMs}. */
    private void awaitCondition(String what, long deadlineMs, BooleanSupplier condition) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            if (now() > deadlineMs) {
                fail("Timed out waiting until " + what + "; " + samples.size() + " requests so far, the last ones:\n"
                        + samples.stream().sorted(Comparator.comparingLong(Sample::startMs).reversed()).limit(12).map(Sample::toString)
                        .collect(Collectors.joining("\n")));
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String run(long timeoutSeconds, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Timed out: " + String.join(" ", command));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n" + output);
        }
        return output;
    }

    /**
     * A throwaway PostgreSQL cluster of Debian's postgresql-common on a free port, with trust
     * authentication on 127.0.0.1, that is never started at boot and is dropped by {@link #close()}
     * (and by a shutdown hook if the test JVM is ended before that).
     */
    static final class Cluster implements AutoCloseable {
        final String version;
        final String name;
        final int port;
        private final Thread cleanup;

        private Cluster(String version, String name, int port) {
            this.version = version;
            this.name = name;
            this.port = port;
            this.cleanup = new Thread(this::drop, "drop " + name);
        }

        static Cluster create() throws Exception {
            File versions = new File("/usr/lib/postgresql");
            String version = Stream.of(Objects.requireNonNullElse(versions.list(), new String[0]))
                    .filter(v -> new File(versions, v + "/bin/postgres").canExecute())
                    .max(Comparator.comparingInt(Integer::parseInt)).orElse(null);
            if (version == null || !new File("/usr/bin/pg_createcluster").canExecute()) {
                fail("DatabaseOutageIT needs PostgreSQL's server and Debian's postgresql-common (pg_createcluster) under /usr;"
                        + " install postgresql, or leave out -Pdatabase-outage");
            }
            Cluster cluster = new Cluster(version, "ctopath_outage_" + ProcessHandle.current().pid(), freePort());
            Runtime.getRuntime().addShutdownHook(cluster.cleanup);
            try {
                run(180, "pg_createcluster", version, cluster.name, "-p", String.valueOf(cluster.port), "--start-conf=manual", "--start",
                        "--", "--auth=trust");
                run(60, "psql", "-h", "127.0.0.1", "-p", String.valueOf(cluster.port), "-U", "postgres", "-d", "postgres", "-q",
                        "-c", "CREATE DATABASE ctopath");
            } catch (Exception | Error e) {
                cluster.close();
                throw e;
            }
            return cluster;
        }

        String jdbcUrl() {
            return "jdbc:postgresql://127.0.0.1:" + port + "/ctopath";
        }

        /** Stops the database (fast: connections are ended, as when it crashes or is restarted) and returns once it is down. */
        void stopDatabase() throws Exception {
            run(60, "pg_ctlcluster", "--skip-systemctl-redirect", version, name, "stop", "-m", "fast");
        }

        /** Starts the database and returns once it accepts connections. */
        void startDatabase() throws Exception {
            run(60, "pg_ctlcluster", "--skip-systemctl-redirect", version, name, "start");
        }

        Set<String> certificateNumbers() throws SQLException {
            Set<String> numbers = new HashSet<>();
            try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "");
                 ResultSet rows = connection.createStatement().executeQuery(
                         "SELECT certificate_number FROM certification_attempt WHERE certificate_number LIKE 'OUTAGE-%'")) {
                while (rows.next()) {
                    numbers.add(rows.getString(1));
                }
            }
            return numbers;
        }

        private void drop() {
            try {
                run(120, "pg_dropcluster", "--stop", version, name);
            } catch (Exception e) {
                System.err.println("Could not drop the throwaway cluster " + version + "/" + name + ": " + e.getMessage());
            }
        }

        @Override
        public void close() {
            drop();
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }
}
