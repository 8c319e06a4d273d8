package dev.switchboard.reconciler.admin.rest;

import jakarta.ws.rs.core.Response;

/** An admin request that cannot be served, with the status and the reason the caller gets. */
public class AdminException extends RuntimeException {

    private final Response.Status status;

    public AdminException(Response.Status status, String reason) {
        super(reason);
        this.status = status;
    }

    public static AdminException badRequest(String reason) {
        return new AdminException(Response.Status.BAD_REQUEST, reason);
    }

    public static AdminException notFound(String reason) {
        return new AdminException(Response.Status.NOT_FOUND, reason);
    }

    public static AdminException conflict(String reason) {
        return new AdminException(Response.Status.CONFLICT, reason);
    }

    public static AdminException badGateway(String reason) {
        return new AdminException(Response.Status.BAD_GATEWAY, reason);
    }

    public Response.Status status() {
        return status;
    }

    /** The audit outcome of a refused action: NOT_FOUND, CONFLICT, … */
    public String outcome() {
        return status.name();
    }
}
