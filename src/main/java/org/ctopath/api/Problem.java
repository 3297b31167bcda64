package org.ctopath.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail: what went wrong, for a program ({@code type}, {@code status}) and for a
 * person ({@code title}, {@code detail}), with one entry per refused field for bad input.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details.")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
@JsonbNillable(false)
public class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A refused field and why. */
    @Schema(name = "FieldError")
    public static class FieldError {
        @Schema(description = "The field of the request body or the query parameter; absent for the request as a whole.")
        public String field;
        public String message;

        public FieldError() {
        }

        public FieldError(String field, String message) {
            this.field = field;
            this.message = message;
        }
    }

    @Schema(description = "A URI naming the kind of problem; about:blank when the status says it all.", example = "about:blank")
    public String type = "about:blank";
    @Schema(example = "Bad Request")
    public String title;
    @Schema(example = "400")
    public int status;
    @Schema(description = "What went wrong in this request, for a person.")
    public String detail;
    @Schema(description = "The request path.")
    public String instance;
    public List<FieldError> errors; // each refused field (400); no @Schema: Payara would describe its items as arrays

    /** Seconds after which the client may try again (503): sent as the Retry-After header, not in the body. */
    @JsonbTransient
    @Schema(hidden = true)
    public Integer retryAfterSeconds;

    public Problem() {
    }

    public Problem(Response.StatusType status, String detail) {
        this.status = status.getStatusCode();
        this.title = status.getReasonPhrase();
        this.detail = detail;
    }

    public Problem(int status, String title, String detail) {
        this.status = status;
        this.title = title;
        this.detail = detail;
    }

    public Response response() {
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(this);
        if (retryAfterSeconds != null) {
            response.header("Retry-After", retryAfterSeconds);
        }
        return response.build();
    }
}
