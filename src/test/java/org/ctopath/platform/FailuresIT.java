package org.ctopath.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctopath.identity.Account;
import org.ctopath.identity.AccessTokens;
import org.ctopath.identity.AccountService;
import org.ctopath.identity.Role;
import org.ctopath.plan.DevelopmentPlan;
import org.ctopath.plan.PlanService;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.ctopath.testing.http.Api;
import org.ctopath.testing.http.Visitor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finding 7 of the security review, each over HTTP as a browser or a crafted request meets it:
 * errors answer with the page of their status and never leak (no exception class, no stack
 * trace), concurrent saves of one item are "changed meanwhile" rather than a broken page, and
 * ordinary refusals write one log line, not a stack trace. Runs in the server, which makes its
 * own people, and reads the server's log through a java.util.logging handler.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class FailuresIT {

    private static final String PASSWORD = "a long enough password";

    /** Failures that only a broken database or a refusing service would cause, on demand. */
    @WebServlet("/it/failures")
    public static class FailingServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            if ("forbidden".equals(request.getParameter("what"))) {
                throw new Forbidden("not for this caller");
            }
            throw new PersistenceException("Exception [EclipseLink-4002]",
                    new SQLTransientConnectionException("Connection to 127.0.0.1:5432 refused", "08001"));
        }
    }

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL baseURL;

    @Inject
    AccountService accounts;

    @Inject
    PlanService plans;

    @Inject
    AccessTokens tokens;

    private String person(String prefix, Role role) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Errors " + username, PASSWORD, Set.of(role));
        return username;
    }

    /** No exception class, no stack trace, no Java package in an answer. */
    static void clean(HttpResponse<String> response) {
        String body = response.body();
        assertFalse(body.contains("Exception"), body);
        assertFalse(body.contains("\tat org."), body);
        assertFalse(body.contains("java.lang."), body);
        assertFalse(body.matches("(?s).*\\.java:\\d+\\).*"), body);
    }

    @Test
    void anIdBeyondALongOrNotANumberIsA404Page() throws Exception {
        Session mentor = new Session(baseURL).signIn(person("err-mentor", Role.MENTOR));
        Session learner = new Session(baseURL).signIn(person("err-learner", Role.LEARNER));

        for (var answer : List.of(mentor.get("/mentor/mentee?id=99999999999999999999"), mentor.get("/mentor/mentee?id=12ab"),
                mentor.get("/mentor/assign?mentee=99999999999999999999"), learner.get("/learner/plan?id=99999999999999999999"),
                learner.get("/learner/plan?id=abc"))) {
            assertEquals(404, answer.statusCode(), answer.uri() + " " + answer.body());
            assertTrue(answer.body().contains("id=\"error-404\""), answer.body());
            clean(answer);
        }
    }

    @Test
    void aCsvWithAnUnterminatedQuoteSaysWhereInWordsAndACraftedCountIsNoClassName() throws Exception {
        Session admin = new Session(baseURL).signIn(person("err-admin", Role.ADMIN));
        byte[] csv = "name,email,username\n\"Ann Quote,ann@quote.example,ann-quote\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> imported = admin.upload("/admin/people/import", "import", "import:file", "1", "people.csv", csv);
        assertEquals(200, imported.statusCode(), imported.body());
        assertTrue(imported.body().startsWith("<?xml"), imported.body());
        assertTrue(imported.body().contains("A quoted value is not closed"), imported.body());
        assertTrue(imported.body().contains("class=\"problem-line\">2<"), "the problem is on line 2: " + imported.body());
        clean(imported);

        HttpResponse<String> crafted = admin.upload("/admin/people/import", "import", "import:file", "a lot", "people.csv", csv);
        assertEquals(200, crafted.statusCode(), crafted.body());
        assertTrue(crafted.body().contains("<partial-response"), crafted.body());
        assertTrue(crafted.body().contains("/errors/400"), crafted.body());
        assertFalse(crafted.body().contains("<error>"), crafted.body());
        clean(crafted);
        HttpResponse<String> page = admin.get("/errors/400");
        assertTrue(page.body().contains("id=\"error-400\""), page.body());
        clean(page);
    }

    @Test
    void tenSessionsSavingOneItemAtOnceGetSavedOrChangedMeanwhileAndOneSaveWins() throws Exception {
        String learner = person("err-race", Role.LEARNER);
        DevelopmentPlan plan = plans.createForGaps(learner, plans.today(), new BigDecimal("5"));
        String page = "/learner/plan?id=" + plan.getId();
        List<Session> sessions = new ArrayList<>();
        List<String> viewStates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Session session = new Session(baseURL).signIn(learner);
            sessions.add(session);
            viewStates.add(Session.viewState(session.get(page).body()));
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Session session = sessions.get(i);
            String viewState = viewStates.get(i);
            int percent = 10 + i;
            answers.add(pool.submit(() -> {
                start.await();
                return session.saveProgress(page, viewState, percent);
            }));
        }
        start.countDown();
        List<Integer> saved = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> answer = answers.get(i).get();
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("<partial-response"), answer.body());
            clean(answer);
            boolean success = answer.body().contains(" saved.");
            boolean changedMeanwhile = answer.body().contains("Someone else changed this while you were editing it");
            assertTrue(success ^ changedMeanwhile, "saved or changed meanwhile: " + answer.body());
            if (success) {
                saved.add(10 + i);
            }
        }
        pool.shutdown();
        assertEquals(1, saved.size(), "all ten saved over the same version: one wins " + saved);
        Matcher percent = Pattern.compile("id=\"plan:items:0:percent_hinput\"[^>]*value=\"(\\d+)\"").matcher(sessions.get(0).get(page).body());
        assertTrue(percent.find());
        assertEquals(saved.get(0), Integer.valueOf(percent.group(1)), "the item holds the save that won");
    }

    @Test
    void aRefusalOfSomeoneElsesObjectLogsOneLineAndNoStackTrace() throws Exception {
        String owner = person("err-owner", Role.LEARNER);
        Long ownersPlan = plans.createForGaps(owner, plans.today(), new BigDecimal("5")).getId();
        String intruder = person("err-intruder", Role.LEARNER);
        Account ownerAccount = accounts.findByUsername(owner).orElseThrow();
        Session learner = new Session(baseURL).signIn(intruder);
        Session mentor = new Session(baseURL).signIn(person("err-nomentor", Role.MENTOR));
        Api api = new Api(baseURL, tokens.create(intruder, "errors", plans.today().plusDays(5)).token());

        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (Thread.currentThread().getName().contains("http")) {
                    records.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            HttpResponse<String> plan = learner.get("/learner/plan?id=" + ownersPlan);
            assertEquals(404, plan.statusCode());
            clean(plan);
            HttpResponse<String> mentee = mentor.get("/mentor/mentee?id=" + ownerAccount.getId());
            assertEquals(404, mentee.statusCode());
            clean(mentee);
            HttpResponse<String> viaApi = api.get("/api/people/" + owner + "/plan");
            assertEquals(404, viaApi.statusCode());
            clean(viaApi);
        } finally {
            root.removeHandler(capture);
        }
        for (LogRecord record : records) {
            assertTrue(record.getThrown() == null, "no stack trace: " + record.getLoggerName() + " " + record.getMessage());
            assertTrue(record.getLevel().intValue() < Level.WARNING.intValue(),
                    "no warning: " + record.getLoggerName() + " " + record.getLevel() + " " + record.getMessage());
        }
    }

    @Test
    void anUnreachableDatabaseIs503WithAPlainPageAndForbiddenIs403() throws Exception {
        Session someone = new Session(baseURL).signIn(person("err-outage", Role.LEARNER));
        long started = System.nanoTime();
        HttpResponse<String> outage = someone.get("/it/failures?what=outage");
        assertEquals(503, outage.statusCode(), outage.body());
        assertTrue(outage.body().contains("id=\"error-503\""), outage.body());
        assertFalse(outage.body().contains("127.0.0.1:5432"), outage.body());
        assertFalse(outage.body().contains("<script"), "a plain page: " + outage.body());
        clean(outage);
        assertTrue(System.nanoTime() - started < 5_000_000_000L, "answered at once");

        HttpResponse<String> forbidden = someone.get("/it/failures?what=forbidden");
        assertEquals(403, forbidden.statusCode(), forbidden.body());
        assertTrue(forbidden.body().contains("id=\"error-403\""), forbidden.body());
        clean(forbidden);
    }

    /** One signed-in browser session over plain HTTP, with the raw posts these tests craft. */
    static final class Session {

        private final Visitor visitor; // its cookie jar: the session cookie is Secure, as APP_URL is https
        private final String base;
        private String nonce = "";

        Session(URL baseURL) {
            this.visitor = new Visitor(baseURL);
            this.base = baseURL.toExternalForm().replaceAll("/$", "");
        }

        static String viewState(String page) {
            Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
            assertTrue(viewState.find(), "a form: " + page);
            return viewState.group(1);
        }

        Session signIn(String username) throws IOException, InterruptedException {
            HttpResponse<String> signedIn = post("/login", "login=login&login%3Ausername=" + encode(username) + "&login%3Apassword="
                    + encode(PASSWORD) + "&login%3Asign-in=&jakarta.faces.ViewState=" + encode(viewState(get("/login").body())), false);
            assertEquals(302, signedIn.statusCode(), signedIn.body());
            return this;
        }

        /** A GET; a page's Content-Security-Policy nonce is kept for the next post, as PrimeFaces' script sends it back. */
        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            HttpResponse<String> page = visitor.send(HttpRequest.newBuilder(URI.create(base + path)).GET(), HttpResponse.BodyHandlers.ofString());
            if (page.headers().firstValue("Content-Security-Policy").orElse("").contains("'nonce-")) {
                nonce = Visitor.nonce(page);
            }
            return page;
        }

        HttpResponse<String> post(String path, String form, boolean ajax) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form + "&" + Visitor.NONCE_PARAMETER + "=" + encode(nonce)));
            if (ajax) {
                request.header("Faces-Request", "partial/ajax");
            }
            return visitor.send(request, HttpResponse.BodyHandlers.ofString());
        }

        /** The ajax save of the first item's progress on the plan page, as PrimeFaces sends it. */
        HttpResponse<String> saveProgress(String page, String viewState, int percent) throws IOException, InterruptedException {
            String row = "plan:items:0:";
            Map<String, String> form = new LinkedHashMap<>();
            form.put("jakarta.faces.partial.ajax", "true");
            form.put("jakarta.faces.source", row + "save-progress");
            form.put("jakarta.faces.partial.execute", row + "save-progress " + row + "status " + row + "percent " + row + "hours " + row + "reason");
            form.put("jakarta.faces.partial.render", "plan");
            form.put(row + "save-progress", row + "save-progress");
            form.put("plan", "plan");
            form.put(row + "status_input", "IN_PROGRESS");
            form.put(row + "percent_input", percent + " %");
            form.put(row + "percent_hinput", String.valueOf(percent));
            form.put(row + "hours_input", "1 h");
            form.put(row + "hours_hinput", "1");
            form.put(row + "reason", "");
            form.put("jakarta.faces.ViewState", viewState);
            StringBuilder body = new StringBuilder();
            form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(encode(k)).append('=').append(encode(v)));
            return post(page, body.toString(), true);
        }

        /** PrimeFaces' ajax upload of one file (advanced mode), with the count of files it says it sends. */
        HttpResponse<String> upload(String path, String form, String field, String filesCount, String fileName, byte[] file)
                throws IOException, InterruptedException {
            String viewState = viewState(get(path).body());
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(form, form);
            fields.put("jakarta.faces.partial.ajax", "true");
            fields.put("jakarta.faces.source", field);
            fields.put("jakarta.faces.partial.execute", field);
            fields.put("jakarta.faces.partial.render", form + ":outcome " + form + ":file-message");
            fields.put(field + "_totalFilesCount", filesCount);
            fields.put("jakarta.faces.ViewState", viewState);
            fields.put(Visitor.NONCE_PARAMETER, nonce);
            String boundary = "----failures" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (var entry : fields.entrySet()) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + entry.getKey() + "\"\r\n\r\n"
                        + entry.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return visitor.send(HttpRequest.newBuilder(URI.create(base + path)).header("Faces-Request", "partial/ajax")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), HttpResponse.BodyHandlers.ofString());
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
