package org.ctopath.api;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ctopath.mentoring.MentorWork;
import org.ctopath.plan.PlanService;
import org.ctopath.platform.Failure;
import org.ctopath.platform.Forbidden;
import org.ctopath.platform.InvalidInput;
import org.ctopath.reporting.ReportFilter;

/**
 * Every failure of an API call as an RFC 9457 problem detail with the status that fits, never a
 * stack trace: refused input 400 with its fields, a role or relation the caller lacks 403, an edit that lost a race 409, something not there
 * (or not the caller's) 404, a wrong media type 415, a database that cannot be reached or did not
 * answer in time 503 with Retry-After, and anything unforeseen 500 with the cause in the server log
 * only (under a reference the answer gives).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    /** How long a client waits before it tries again when the database is unavailable. */
    static final int RETRY_AFTER_SECONDS = org.ctopath.platform.Unavailable.RETRY_AFTER_SECONDS;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        Problem problem = problem(failure);
        if (uri != null) {
            problem.instance = uri.getRequestUri().getRawPath();
        }
        return problem.response();
    }

    static Problem problem(Throwable failure) {
        ApiError refusal = find(failure, ApiError.class); // also when a JSON reader wrapped it (BodyLimit)
        if (refusal != null) {
            return new Problem(refusal.status(), refusal.getMessage());
        }
        Forbidden forbidden = find(failure, Forbidden.class);
        if (forbidden != null) {
            return new Problem(Status.FORBIDDEN, forbidden.getMessage());
        }
        if (failure instanceof InvalidInput.ChangedMeanwhile e) {
            return new Problem(Status.CONFLICT, e.getMessage());
        }
        if (failure instanceof InvalidInput e) {
            Problem problem = new Problem(Status.BAD_REQUEST, e.getProblems().size() == 1 ? e.getMessage()
                    : "The request has " + e.getProblems().size() + " problems.");
            problem.errors = e.getProblems().stream().map(p -> new Problem.FieldError(p.field(), p.message())).toList();
            return problem;
        }
        if (failure instanceof ReportFilter.BadFilter e) {
            Problem problem = new Problem(Status.BAD_REQUEST, e.getMessage());
            problem.errors = java.util.List.of(new Problem.FieldError(e.getParameter(), e.getMessage()));
            return problem;
        }
        if (failure instanceof PlanService.NotFound || failure instanceof MentorWork.NotYourMentee) {
            return new Problem(Status.NOT_FOUND, "It is not there, or not yours to see.");
        }
        if (causedBy(failure, OptimisticLockException.class)) {
            return new Problem(Status.CONFLICT, org.ctopath.platform.Messages.CHANGED_MEANWHILE);
        }
        if (failure instanceof NotSupportedException) {
            return new Problem(Status.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.");
        }
        if (failure instanceof WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            if (status.getStatusCode() == 400 && causedBy(failure, JsonbException.class)) {
                return new Problem(Status.BAD_REQUEST, unreadableBody(failure));
            }
            return new Problem(status, switch (status.getStatusCode()) {
                case 404 -> "There is no such resource in the API.";
                case 405 -> "This resource does not take that method.";
                case 406 -> "This resource answers in application/json only.";
                default -> status.getReasonPhrase();
            });
        }
        if (causedBy(failure, JsonbException.class) || failure instanceof ProcessingException) {
            return new Problem(Status.BAD_REQUEST, unreadableBody(failure));
        }
        if (failure instanceof org.ctopath.platform.NotFound) {
            return new Problem(Status.NOT_FOUND, "It is not there, or not yours to see.");
        }
        Failure.Kind kind = Failure.kind(failure, false);
        if (kind == Failure.Kind.CHANGED_MEANWHILE) {
            return new Problem(Status.CONFLICT, org.ctopath.platform.Messages.CHANGED_MEANWHILE);
        }
        String reference = Failure.newReference();
        Failure.log(kind, failure, "API call", null, reference);
        if (kind == Failure.Kind.UNAVAILABLE) {
            Problem problem = new Problem(Status.SERVICE_UNAVAILABLE, "The database did not answer in time; nothing was changed. Try again in a minute"
                    + " (reference " + reference + ").");
            problem.retryAfterSeconds = RETRY_AFTER_SECONDS;
            return problem;
        }
        return new Problem(Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it is in the server log with the reference "
                + reference + ".");
    }

    static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        return find(failure, type) != null;
    }

    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern PROPERTY = java.util.regex.Pattern.compile("property '?([A-Za-z][A-Za-z0-9_]{0,63})'?");

    /**
     * What is wrong with a body the JSON reader refused, in our words: the field it stumbled on, if
     * its message names one, never the reader's own text (it names Java types and classes).
     */
    static String unreadableBody(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            java.util.regex.Matcher property = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (property.find()) {
                return "The body is not JSON of the expected shape: the field " + property.group(1)
                        + " has a value of the wrong type or form (see the API description at /openapi).";
            }
        }
        return "The body is not JSON of the expected shape: check it against the API description at /openapi.";
    }
}
