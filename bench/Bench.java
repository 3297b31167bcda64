import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CTO Path benchmark: against a running instance on a database the generator loaded, it times
 * each report page (as an administrator) and the learner home page (as a generated learner) with
 * REQUESTS requests at CONCURRENCY at a time and then ALONE requests one at a time, and beside each
 * report the report's raw SQL run directly on the same database the same way: as many runs, as many
 * at a time (over connections of its own), so that page and SQL meet the same contention. A page
 * beats its target when its median is within 1.5 times its SQL's median plus 100 ms. Then it times
 * one bulk plan request.
 *
 * Run: java -cp <postgresql.jar>:target/classes bench/Bench.java   (bench/run does the whole sequence)
 *
 * Environment: BASE_URL (http://localhost:8080), DB_URL, DB_USER, DB_PASSWORD, ADMIN_USER (admin),
 * ADMIN_PASSWORD (admin-demo), LEARNER_USER (gen-learner-00001), LEARNER_PASSWORD (generated-demo),
 * REQUESTS (200), CONCURRENCY (4), ALONE (30), WARMUP (20), BULK (1: time the bulk plan request; 0: do not), PAGES (1; 0: only the
 * bulk plan request).
 */
public class Bench {

    static final String BASE = env("BASE_URL", "http://localhost:8080").replaceAll("/$", "");
    static final int REQUESTS = Integer.parseInt(env("REQUESTS", "200"));
    static final int CONCURRENCY = Integer.parseInt(env("CONCURRENCY", "4"));
    static final int WARMUP = Integer.parseInt(env("WARMUP", "20"));
    static final int ALONE = Integer.parseInt(env("ALONE", "30"));

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "CTO Path benchmark: %s, %d requests a page at concurrency %d (after %d warm-up requests)%n",
                BASE, REQUESTS, CONCURRENCY, WARMUP);
        Map<String, List<String>> reports = reportSql();
        List<Session> admins = sessions(env("ADMIN_USER", "admin"), env("ADMIN_PASSWORD", "admin-demo"));
        List<Session> learners = sessions(env("LEARNER_USER", "gen-learner-00001"), env("LEARNER_PASSWORD", "generated-demo"));

        System.out.printf(Locale.ROOT, "%-44s %4s %9s %9s %9s %10s %10s %7s%n", "page", "at", "median", "p95", "req/s", "raw SQL",
                "target", "beat");
        if ("0".equals(env("PAGES", "1"))) {
            System.out.println("(PAGES=0: no pages measured)");
        } else {
            page("/learner/home", learners, null);
        }
        if ("0".equals(env("PAGES", "1"))) {
            // only the bulk plan request
        } else if (reports == null) {
            System.out.println("(org.ctopath.reporting.BenchmarkSql is not on the class path: only the learner home page was measured)");
        } else {
            List<Connection> connections = new ArrayList<>();
            try {
                for (int i = 0; i < CONCURRENCY; i++) {
                    connections.add(DriverManager.getConnection(env("DB_URL", "jdbc:postgresql://localhost:5432/ctopath"),
                            env("DB_USER", "postgres"), env("DB_PASSWORD", "")));
                }
                for (Map.Entry<String, List<String>> report : reports.entrySet()) {
                    page(report.getKey(), admins, new Raw(connections, report.getValue()));
                }
            } finally {
                for (Connection connection : connections) {
                    connection.close();
                }
            }
        }
        if (!"0".equals(env("BULK", "1"))) {
            bulkPlans(admins.get(0));
        }
    }

    /** The report pages and their SQL, from the application's classes, if this build has them. */
    @SuppressWarnings("unchecked")
    static Map<String, List<String>> reportSql() throws Exception {
        try {
            Class<?> type = Class.forName("org.ctopath.reporting.BenchmarkSql");
            return new LinkedHashMap<>((Map<String, List<String>>) type.getMethod("firstPageSql").invoke(null));
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** A report's own SQL, run straight on the database over CONCURRENCY connections of its own. */
    record Raw(List<Connection> connections, List<String> statements) {

        /** One run of every statement on one connection, reading every row, in milliseconds. */
        double once(Connection db) throws Exception {
            long start = System.nanoTime();
            for (String sql : statements) {
                try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int c = 1; c <= columns; c++) {
                            rs.getObject(c);
                        }
                    }
                }
            }
            return (System.nanoTime() - start) / 1e6;
        }

        /** {@code count} runs, {@code concurrency} at a time (one connection each), as the pages are requested; ms. */
        double[] run(int concurrency, int count) throws Exception {
            double[] times = new double[count];
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(concurrency);
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int w = 0; w < concurrency; w++) {
                    Connection db = connections.get(w);
                    workers.add(pool.submit(() -> {
                        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                            times[i] = once(db);
                        }
                        return null;
                    }));
                }
                for (Future<?> worker : workers) {
                    worker.get();
                }
            } finally {
                pool.shutdown();
            }
            return times;
        }
    }

    /**
     * The page at CONCURRENCY and then alone; beside a report, its SQL run the same way (as many runs,
     * as many at a time), so that page and SQL meet the same contention for the two cores.
     */
    static void page(String path, List<Session> sessions, Raw raw) throws Exception {
        measure(path, sessions, raw, CONCURRENCY, REQUESTS);
        measure(path + " (alone)", sessions, raw, 1, ALONE);
    }

    static void measure(String label, List<Session> sessions, Raw raw, int concurrency, int requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            run(pool, concurrency, sessions, label.replace(" (alone)", ""), Math.min(WARMUP, requests));
            long started = System.nanoTime();
            double[] times = run(pool, concurrency, sessions, label.replace(" (alone)", ""), requests);
            double seconds = (System.nanoTime() - started) / 1e9;
            double median = percentile(times, 50);
            String rawText = "";
            String targetText = "";
            String beat = "";
            if (raw != null) {
                raw.run(concurrency, Math.min(WARMUP, requests));
                double rawMedian = percentile(raw.run(concurrency, requests), 50);
                double target = 1.5 * rawMedian + 100;
                rawText = ms(rawMedian);
                targetText = ms(target);
                beat = median <= target ? "yes" : "NO";
            }
            System.out.printf(Locale.ROOT, "%-44s %4d %9s %9s %9.1f %10s %10s %7s%n", label, concurrency, ms(median),
                    ms(percentile(times, 95)), requests / seconds, rawText, targetText, beat);
        } finally {
            pool.shutdown();
        }
    }

    /** {@code count} GETs of the page, CONCURRENCY at a time, each worker with its own session; the latencies in ms. */
    static double[] run(ExecutorService pool, int concurrency, List<Session> sessions, String path, int count) throws Exception {
        double[] times = new double[count];
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            Session session = sessions.get(w % sessions.size());
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    HttpResponse<String> response = session.get(path);
                    times[i] = (System.nanoTime() - start) / 1e6;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(path + " answered " + response.statusCode());
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        return times;
    }

    /** Times one request of /admin/bulk-plans: a plan from their gaps for every learner without a current plan. */
    static void bulkPlans(Session admin) throws Exception {
        String page = admin.get("/admin/bulk-plans").body();
        String form = "jakarta.faces.partial.ajax=true&jakarta.faces.source=bulk%3Amake&jakarta.faces.partial.execute="
                + enc("bulk:make bulk:team bulk:start bulk:hours") + "&jakarta.faces.partial.render=bulk&bulk%3Amake=bulk%3Amake&bulk=bulk"
                + "&bulk%3Ateam_input=&bulk%3Astart_input=" + LocalDate.now() + "&bulk%3Ahours_input=4&bulk%3Ahours_hinput=4"
                + "&jakarta.faces.ViewState=" + enc(viewState(page));
        long start = System.nanoTime();
        HttpResponse<String> response = admin.client.send(HttpRequest.newBuilder(URI.create(BASE + "/admin/bulk-plans"))
                .timeout(Duration.ofMinutes(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        Matcher made = Pattern.compile("Made [^<(]*").matcher(response.body());
        System.out.printf(Locale.ROOT, "bulk plan generation (one request): %.1f s, %s%n", seconds,
                made.find() ? made.group().trim() : "answer " + response.statusCode() + ": " + response.body());
    }

    static final class Session {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofMinutes(2)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Signs in through the sign-in form, as a person does. */
        Session signIn(String username, String password) throws Exception {
            String form = "login=login&login%3Ausername=" + enc(username) + "&login%3Apassword=" + enc(password)
                    + "&login%3Asign-in=&jakarta.faces.ViewState=" + enc(viewState(get("/login").body()));
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(BASE + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 302) {
                throw new IllegalStateException("Sign-in as " + username + " failed (" + response.statusCode() + ")");
            }
            return this;
        }
    }

    static List<Session> sessions(String username, String password) throws Exception {
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < CONCURRENCY; i++) {
            sessions.add(new Session().signIn(username, password));
        }
        return sessions;
    }

    static String viewState(String page) {
        Matcher matcher = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no form on the page");
        }
        return matcher.group(1);
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static String ms(double millis) {
        return String.format(Locale.ROOT, "%.1f ms", millis);
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
