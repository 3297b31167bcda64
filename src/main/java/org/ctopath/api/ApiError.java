package org.ctopath.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/** A refusal of the API with its status and a sentence for a person; answered as a problem detail. */
public class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Response.StatusType status;

    public ApiError(Response.StatusType status, String detail) {
        super(detail);
        this.status = status;
    }

    public Response.StatusType status() {
        return status;
    }

    /** 404: not there, or not the caller's to see (the two are not told apart). */
    public static ApiError notFound(String detail) {
        return new ApiError(Status.NOT_FOUND, detail);
    }

    /** 403: the caller's role does not allow it. */
    public static ApiError forbidden(String detail) {
        return new ApiError(Status.FORBIDDEN, detail);
    }

    public static ApiError conflict(String detail) {
        return new ApiError(Status.CONFLICT, detail);
    }

    public static ApiError badRequest(String detail) {
        return new ApiError(Status.BAD_REQUEST, detail);
    }
}
