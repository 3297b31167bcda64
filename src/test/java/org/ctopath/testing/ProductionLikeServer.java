package org.ctopath.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Payara Micro of a test's own, started as {@code ./mvnw package payara-micro:start}, Docker and the
 * README start the application: the suite's runtime and WAR at the context root ({@code --contextroot /}),
 * with the pre-boot file, in demo mode, by default on a fresh H2 database under {@code target/<name>-server/};
 * its log in {@code target/<name>-server.log}. Only what the suite's deployment (at {@code /ctopath})
 * cannot show needs it: it costs a server start (the OpenAPI document at the root, a database of its own
 * to stop).
 */
public final class ProductionLikeServer implements AutoCloseable {

    private final Process process;
    private final int port;
    private final String name;
    private final Thread cleanup;

    private ProductionLikeServer(Process process, int port, String name) {
        this.process = process;
        this.port = port;
        this.name = name;
        this.cleanup = new Thread(process::destroyForcibly, "stop the " + name + " server");
    }

    /** On a fresh H2 database of its own. */
    public static ProductionLikeServer start(String name) throws Exception {
        return start(name, Map.of(), "512m");
    }

    /**
     * With {@code database} as its environment's DB_URL, DB_USER, DB_PASSWORD (none: a fresh H2 database
     * under its work folder) and this much heap. Mail, APP_URL and the suite's own settings are left out.
     */
    public static ProductionLikeServer start(String name, Map<String, String> database, String heap) throws Exception {
        Path micro = Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar"));
        Path war = Path.of(System.getProperty("ctopath.war", "target/ctopath.war"));
        Path preBoot = Path.of(System.getProperty("ctopath.prebootCommands", "src/main/payara/pre-boot-commands.asadmin"));
        for (Path file : List.of(micro, war, preBoot)) {
            assertTrue(Files.isRegularFile(file), "missing " + file.toAbsolutePath() + ": run through Maven (verify)");
        }
        Path work = Path.of("target", name + "-server").toAbsolutePath();
        if (Files.exists(work)) {
            try (Stream<Path> old = Files.walk(work)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(work);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx" + heap, "-jar", micro.toAbsolutePath().toString(),
                "--deploy", war.toAbsolutePath().toString(), "--contextroot", "/", "--port", String.valueOf(port), "--nocluster",
                "--prebootcommandfile", preBoot.toAbsolutePath().toString())
                .directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(Path.of("target", name + "-server.log").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("DB_") || k.startsWith("SMTP_") || k.equals("APP_URL")
                || k.equals(org.ctopath.testing.http.ApiExchanges.DIRECTORY));
        builder.environment().put("DB_URL", "jdbc:h2:" + work.resolve("db").resolve("ctopath"));
        builder.environment().putAll(database);
        builder.environment().put("DEMO_MODE", "true");
        ProductionLikeServer server = new ProductionLikeServer(builder.start(), port, name);
        Runtime.getRuntime().addShutdownHook(server.cleanup);
        try {
            server.awaitReady();
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitReady() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "Payara Micro ended while starting: see target/" + name + "-server.log");
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base() + "/health")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        fail("Payara Micro was not ready within 300 s: see target/" + name + "-server.log");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
        assertTrue(!process.isAlive(), "the " + name + " server stopped");
    }
}
