package org.ctopath.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of a Faces request, full or ajax, answered as {@link Failure} says: an edit that
 * lost a race, or refused input no page showed, as a message on the page as it is; a page that
 * expired as the expired page; anything else as the error page of its status (404, 403, 400, 503,
 * 500 with a reference), which an ajax request reaches by a redirect. Never the failure itself:
 * Mojarra's own ajax handler would put the exception's class and message into the partial
 * response. Registered in faces-config.xml.
 */
public class ErrorHandling extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(ErrorHandling.class.getName());

    /** Registered in faces-config.xml: wraps the implementation's handler. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ErrorHandling(getWrapped().getExceptionHandler());
        }
    }

    public ErrorHandling(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean answered = false;
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
            ExceptionQueuedEventContext event = events.next().getContext();
            events.remove();
            if (answered || faces == null) {
                LOG.log(Level.FINE, "A further failure of the same request", event.getException());
                continue;
            }
            answer(faces, event.getException(), event.getPhaseId());
            answered = true;
        }
        getWrapped().handle();
    }

    private static void answer(FacesContext faces, Throwable failure, PhaseId phase) {
        ExternalContext external = faces.getExternalContext();
        boolean decoding = phase == PhaseId.RESTORE_VIEW || phase == PhaseId.APPLY_REQUEST_VALUES || phase == PhaseId.PROCESS_VALIDATIONS;
        Failure.Kind kind = Failure.kind(failure, decoding);
        String reference = kind.expected() ? null : Failure.newReference();
        Failure.log(kind, failure, request(external), external.getRemoteUser(), reference);
        boolean rendering = phase == PhaseId.RENDER_RESPONSE;
        if (!rendering && (kind == Failure.Kind.CHANGED_MEANWHILE || kind == Failure.Kind.INVALID_INPUT)) {
            InvalidInput refused = find(failure, InvalidInput.class);
            if (kind == Failure.Kind.INVALID_INPUT && refused != null) {
                refused.getProblems().forEach(p -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(), null)));
            } else {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.CHANGED_MEANWHILE, null));
            }
            faces.validationFailed();
            faces.renderResponse();
            return;
        }
        try {
            if (external.isResponseCommitted()) {
                // Part of the page has gone out already: nothing better can follow it.
                faces.responseComplete();
                return;
            }
            external.responseReset();
            if (reference != null) {
                external.getRequestMap().put(Failure.REFERENCE, reference);
            }
            if (kind == Failure.Kind.EXPIRED) {
                external.redirect(external.getRequestContextPath() + "/errors/expired");
            } else if (faces.getPartialViewContext().isAjaxRequest()) {
                external.redirect(external.getRequestContextPath() + page(kind, reference));
            } else {
                if (kind == Failure.Kind.UNAVAILABLE) {
                    external.setResponseHeader("Retry-After", String.valueOf(Unavailable.RETRY_AFTER_SECONDS));
                }
                external.setResponseStatus(kind.status());
                external.responseSendError(kind.status(), null);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "The error answer could not be sent", e);
        }
        faces.responseComplete();
    }

    /** The error page of a kind, as an ajax request is sent to it. */
    static String page(Failure.Kind kind, String reference) {
        return switch (kind) {
            case NOT_FOUND -> "/errors/404";
            case FORBIDDEN -> "/errors/403";
            case UNAVAILABLE -> "/errors/503.html";
            case EXPIRED -> "/errors/expired";
            case INTERNAL -> "/errors/500?ref=" + reference;
            default -> "/errors/400";
        };
    }

    private static String request(ExternalContext external) {
        Object request = external.getRequest();
        if (request instanceof jakarta.servlet.http.HttpServletRequest http) {
            return http.getMethod() + " " + http.getRequestURI();
        }
        return external.getRequestServletPath();
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        return Failure.chain(failure).stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }
}
