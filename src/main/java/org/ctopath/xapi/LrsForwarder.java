package org.ctopath.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.ctopath.platform.Settings;
import org.ctopath.platform.Restricted;

/**
 * Forwards the statements of the outbox to the LRS of the settings: claims what is due, posts it
 * as a JSON array to {@code <LRS_ENDPOINT>/statements} (each with the application's {@code authority},
 * as the API serves it) with {@code X-Experience-API-Version: 1.0.3}
 * and HTTP Basic, and records how it went. 200 or 204: sent; 409 (the LRS holds these ids
 * already, as after an answer that was lost on the way back): sent; 5xx, 429, 408 or no answer:
 * tried again later, without end and without loss; another 4xx: refused (see
 * {@link XapiOutbox#refused}). A round stops at the first post that may pass later, as the LRS is
 * then down. Without an LRS nothing is claimed and the statements wait. Within an instance one
 * round runs at a time; across instances the claims keep each statement to one sender.
 */
@ApplicationScoped
@Restricted(systemOnly = true)
public class LrsForwarder {

    private static final Logger LOG = Logger.getLogger(LrsForwarder.class.getName());

    static final int BATCH = 50;
    static final int MAX_BATCHES = 20;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    XapiOutbox outbox;

    @Inject
    Settings settings;

    Clock clock = Clock.systemUTC();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final ReentrantLock running = new ReentrantLock();

    /** What one round did: statements the LRS took, statements to try again, statements it refused. */
    public record Outcome(int sent, int retry, int refused) {

        Outcome plus(Outcome other) {
            return new Outcome(sent + other.sent, retry + other.retry, refused + other.refused);
        }
    }

    /** What one post did, and whether its statements are due again at once (a batch refused). */
    private record Posted(Outcome outcome, boolean requeued) {
    }

    /** Forwards what is due now to the LRS of the settings; nothing without one. */
    public Outcome sendDue() {
        Optional<Lrs> lrs;
        try {
            lrs = settings.lrs();
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().equals(complained)) { // once, not every few seconds
                complained = e.getMessage();
                LOG.warning(() -> "xAPI statements are kept, not forwarded, until the LRS settings are fixed: " + e.getMessage());
            }
            return new Outcome(0, 0, 0);
        }
        return lrs.isEmpty() ? new Outcome(0, 0, 0) : sendDue(lrs.get(), clock.instant());
    }

    private volatile String complained;

    /** Forwards what is due at {@code at} to {@code lrs} (tests name their own LRS and moment). */
    public Outcome sendDue(Lrs lrs, Instant moment) {
        // To the millisecond, as the statements are stored: a moment of the clock has nanoseconds, which
        // the database rounds (up, too) to microseconds, and a batch refused at it would not be due at it.
        Instant at = moment.truncatedTo(ChronoUnit.MILLIS);
        running.lock();
        try {
            Outcome outcome = new Outcome(0, 0, 0);
            for (int round = 0; round < MAX_BATCHES; round++) {
                List<XapiStatement> due = outbox.due(BATCH, at);
                if (due.isEmpty()) {
                    break;
                }
                List<List<String>> posts = new ArrayList<>();
                List<String> together = new ArrayList<>();
                for (XapiStatement s : due) {
                    if (s.getAttempts() > 0) {
                        posts.add(List.of(s.getId())); // failed once: alone, so that it cannot hold back others
                    } else {
                        together.add(s.getId());
                    }
                }
                if (!together.isEmpty()) {
                    posts.add(0, together);
                }
                boolean requeued = false;
                for (List<String> ids : posts) {
                    Posted one = post(lrs, ids, at);
                    outcome = outcome.plus(one.outcome());
                    if (one.outcome().retry() > 0) {
                        return outcome; // the LRS is down: the rest waits for the next round
                    }
                    requeued |= one.requeued();
                }
                if (due.size() < BATCH && !requeued) {
                    break; // else a refused batch is due again at once, to go one by one
                }
            }
            return outcome;
        } finally {
            running.unlock();
        }
    }

    private Posted post(Lrs lrs, List<String> ids, Instant at) {
        String token = UUID.randomUUID().toString();
        List<XapiStatement> claimed = outbox.claim(ids, token, at);
        if (claimed.isEmpty()) {
            return new Posted(new Outcome(0, 0, 0), false);
        }
        String app = settings.appUrl(); // with the authority the API serves, also on statements stored before it was written
        String body = claimed.stream().map(s -> Statements.withAuthority(Statements.parse(s.getJson()), app).toString())
                .collect(Collectors.joining(",", "[", "]"));
        HttpRequest.Builder request = HttpRequest.newBuilder(lrs.statements()).timeout(ANSWER_TIMEOUT)
                .header(Statements.VERSION_HEADER, Statements.VERSION).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        lrs.authorization().ifPresent(value -> request.header("Authorization", value));
        int status;
        String answer;
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            answer = "HTTP " + status + ": " + response.body().strip().replaceAll("\\s+", " ");
        } catch (IOException e) {
            status = -1;
            answer = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -1;
            answer = "interrupted";
        }
        int n = claimed.size();
        if (status == 200 || status == 204 || status == 409) {
            outbox.sent(token, at);
            return new Posted(new Outcome(n, 0, 0), false);
        }
        if (status < 0 || status >= 500 || status == 429 || status == 408) {
            outbox.retryLater(token, answer, at);
            String why = answer;
            LOG.info(() -> n + " xAPI statement(s) not forwarded to " + lrs + "; they will be tried again: " + why);
            return new Posted(new Outcome(0, n, 0), false);
        }
        boolean alone = n == 1;
        outbox.refused(token, answer, alone, at);
        String why = answer;
        LOG.log(alone ? Level.WARNING : Level.INFO, () -> (alone ? "xAPI statement " + claimed.get(0).getId() + " refused by " + lrs
                + "; given up" : n + " xAPI statements refused by " + lrs + " together; they go one by one next") + ": " + why);
        return new Posted(new Outcome(0, 0, alone ? 1 : 0), !alone);
    }
}
