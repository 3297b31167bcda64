package org.ctopath.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every answer: pages, static resources, the API, the servlets (files, calendar,
 * badges, keys), error pages, redirects to sign-in and the 401, 403 and 404 answers. Written by
 * {@link SecurityHeadersFilter} for whatever reaches the application, and by the sign-in mechanism
 * (identity.SessionSignIn) for what the container answers before any filter runs (401, redirects).
 *
 * <p>Content-Security-Policy: the policy is written once, in web.xml ({@value #PRIMEFACES_POLICY}). Faces
 * pages get it from PrimeFaces' CSP mode ({@code primefaces.CSP}), which adds the nonce of the page's own
 * scripts to {@code script-src} and moves inline event handlers into those scripts. Every other answer gets
 * the same policy without a nonce: no inline script at all.
 *
 * <p>{@code Cache-Control: no-store} on everything except Faces' static resources, which hold no personal
 * data; a servlet that sets its own caching (the public key set, for one) keeps it.
 * {@code Strict-Transport-Security} exactly when {@code APP_URL} is https ({@link Settings#https()}). The
 * {@code Server} and {@code X-Powered-By} headers are switched off in the runtime itself
 * (src/main/payara/pre-boot-commands.asadmin): Grizzly writes them below the application.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String PRIMEFACES_POLICY = "primefaces.CSP_POLICY";
    static final String CSP = "Content-Security-Policy";
    static final String FACES_RESOURCES = "/jakarta.faces.resource/";
    static final String PERMISSIONS = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Inject
    Settings settings;

    @Inject
    ServletContext servletContext;

    private String policy;
    private boolean https;

    @PostConstruct
    void init() {
        policy = servletContext.getInitParameter(PRIMEFACES_POLICY);
        if (policy == null || policy.isBlank()) {
            throw new IllegalStateException("web.xml must set " + PRIMEFACES_POLICY + ", the Content-Security-Policy of every answer");
        }
        https = settings.https();
    }

    /** Sets the headers on {@code response}, before anything of it is written. */
    public void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        apply(response, policy, https, path.startsWith(FACES_RESOURCES));
    }

    static void apply(HttpServletResponse response, String policy, boolean https, boolean staticResource) {
        response.setHeader(CSP, policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (!staticResource) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (https) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }
}
