package org.ctopath.platform;

import jakarta.faces.application.ViewExpiredException;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.NoResultException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a failure means for the person who met it, the one mapping that pages ({@link ErrorHandling}),
 * servlets ({@link ErrorFilter}) and the API share: it looks through the whole chain of causes
 * (Faces, EL, transaction and persistence wrappers) for what happened, and logs it as one line, or
 * with its stack trace only when it is a fault of ours. Nothing of it ever goes into an answer but
 * the short reference of a fault, which is also in its log line.
 */
public final class Failure {

    private static final Logger LOG = Logger.getLogger(Failure.class.getName());

    /** The request attribute that holds the reference of a fault for the error page. */
    public static final String REFERENCE = "org.ctopath.errorReference";

    /** What happened, from the person's side, with the HTTP status that says it. */
    public enum Kind {
        /** The request itself cannot be read: a value of the wrong shape where the page sends a number, say. */
        BAD_REQUEST(400),
        /** The page was open too long: its state is gone. */
        EXPIRED(400),
        /** Refused input that a page did not show itself. */
        INVALID_INPUT(400),
        FORBIDDEN(403),
        /** Not there, or not the caller's to see. */
        NOT_FOUND(404),
        /** Someone else saved the same thing first (optimistic locking, or the database's own conflict check). */
        CHANGED_MEANWHILE(409),
        /** The database cannot be reached, or did not answer in time. */
        UNAVAILABLE(503),
        /** A fault of ours. */
        INTERNAL(500);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }

        /** Whether it is the person's doing or an ordinary refusal, logged as one line without a stack trace. */
        public boolean expected() {
            return this != INTERNAL && this != UNAVAILABLE;
        }
    }

    /** SQL states of a conflict between concurrent changes: serialization failure, deadlock, unique key, lock not available. */
    private static final Set<String> CONFLICT_STATES = Set.of("40001", "40P01", "23505", "55P03",
            // H2: concurrent update of the same row, lock timeout
            "90131", "HYT00");
    /** SQL states of a database that cannot be reached or did not answer in time (class 08 is any connection failure). */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300", "57014",
            // H2: database closed or in use, connection broken
            "90098", "90020", "90067");

    private Failure() {
    }

    /** What {@code failure} means; {@code decoding} when it broke while the request was being read. */
    public static Kind kind(Throwable failure, boolean decoding) {
        List<Throwable> chain = chain(failure);
        if (any(chain, ViewExpiredException.class::isInstance)) {
            return Kind.EXPIRED;
        }
        if (any(chain, Forbidden.class::isInstance)) {
            return Kind.FORBIDDEN;
        }
        if (any(chain, t -> t instanceof NotFound || t instanceof EntityNotFoundException || t instanceof NoResultException)) {
            return Kind.NOT_FOUND;
        }
        if (isConflict(chain)) {
            return Kind.CHANGED_MEANWHILE;
        }
        if (any(chain, InvalidInput.class::isInstance)) {
            return Kind.INVALID_INPUT;
        }
        if (any(chain, Failure::unavailable)) {
            return Kind.UNAVAILABLE;
        }
        if (decoding || any(chain, NumberFormatException.class::isInstance)) {
            return Kind.BAD_REQUEST;
        }
        return Kind.INTERNAL;
    }

    /** Whether {@code failure} is a change that lost a race with another: optimistic locking, or a database conflict. */
    public static boolean isConflict(Throwable failure) {
        return isConflict(chain(failure));
    }

    private static boolean isConflict(List<Throwable> chain) {
        return any(chain, t -> t instanceof InvalidInput.ChangedMeanwhile || t instanceof OptimisticLockException
                || t instanceof PessimisticLockException || t instanceof LockTimeoutException
                || t instanceof SQLException sql && sql.getSQLState() != null && CONFLICT_STATES.contains(sql.getSQLState()));
    }

    private static boolean unavailable(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLTimeoutException || t instanceof QueryTimeoutException || t instanceof ConnectException
                || t instanceof jakarta.resource.ResourceException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
                return true;
            }
            // The pool's answer when every connection is taken and none came free in time
            return sql.getMessage() != null && sql.getMessage().contains("allocating a connection");
        }
        return false;
    }

    /** The failure and its causes, outermost first, with the next exceptions of SQL failures; each once. */
    static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> todo = new ArrayList<>();
        todo.add(failure);
        while (!todo.isEmpty() && chain.size() < 64) {
            Throwable t = todo.remove(0);
            if (t == null || !seen.add(t)) {
                continue;
            }
            chain.add(t);
            todo.add(t.getCause());
            if (t instanceof SQLException sql) {
                todo.add(sql.getNextException());
            }
        }
        return chain;
    }

    private static boolean any(List<Throwable> chain, Predicate<Throwable> test) {
        return chain.stream().anyMatch(test);
    }

    /** A short reference to quote to an administrator, which also starts the fault's log line. */
    public static String newReference() {
        return Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36 * 36 * 36 * 36), 36);
    }

    /**
     * Logs the failure of a request: an expected refusal as one line at INFO; an unavailable
     * database as one WARNING line; a fault of ours at SEVERE with its stack trace. Faults and
     * outages carry {@code reference}, which the answer shows.
     */
    public static void log(Kind kind, Throwable failure, String request, String who, String reference) {
        String line = kind.status() + " " + kind.name().toLowerCase().replace('_', ' ') + " of " + clean(request)
                + (who == null ? "" : " by " + clean(who)) + ": " + clean(summary(failure));
        if (kind.expected()) {
            LOG.info(line);
        } else if (kind == Kind.UNAVAILABLE) {
            LOG.warning("[ref " + reference + "] " + line);
        } else {
            LOG.log(Level.SEVERE, "[ref " + reference + "] " + line, failure);
        }
    }

    /** The innermost message of the chain, or the outermost that has one; never a stack trace. */
    private static String summary(Throwable failure) {
        List<Throwable> chain = chain(failure);
        for (int i = chain.size() - 1; i >= 0; i--) {
            String message = chain.get(i).getMessage();
            if (message != null && !message.isBlank()) {
                return chain.get(i).getClass().getSimpleName() + ": " + message;
            }
        }
        return failure.getClass().getSimpleName();
    }

    /** One line, however the text came: no line breaks to forge log lines with, and not too long. */
    private static String clean(String text) {
        String line = text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ");
        return line.length() > 500 ? line.substring(0, 500) + "…" : line;
    }
}
