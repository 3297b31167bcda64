package org.ctopath.identity;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.VALID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ctopath.platform.Failure;
import org.ctopath.platform.LocalPaths;
import org.ctopath.platform.SecurityHeaders;
import org.ctopath.platform.Unavailable;

/**
 * Form sign-in at {@code /login}, with the signed-in username kept in the HTTP session and the
 * caller's roles read from the account on every request.
 *
 * <p>Payara's own way of re-applying a session's identity ({@code @AutoApplySession}) takes the
 * roles from a thread-bound security context, and now and then hands a request none: a signed-in
 * learner then got 403 on their own pages (seen once in CI; payara/Payara#6145). It also loses the
 * roles when another instance takes the session over. Keeping only the username, a plain string,
 * and asking the account each time has neither fault, and a deactivated account or a changed role
 * takes effect on the very next request.
 *
 * <p>A protected page asked for before sign-in is remembered (GET only, and only a path of this
 * application: {@link LocalPaths}) and opened after it.
 *
 * <p>Failed sign-ins are throttled ({@link LoginThrottle}, {@link ThrottlePolicy}) so that an
 * attacker can neither guess passwords nor lock a person out: a browser that signed in as the
 * person before brings a device cookie ({@link DeviceCookies}) and is held back only by its own
 * failures. Held back or not, the password is checked, so the answer takes as long either way.
 *
 * <p>The API under {@code /api} takes no session: each call brings a personal access token as
 * {@code Authorization: Bearer <token>} ({@link AccessTokens}), and a call without a working one is
 * answered 401 with a problem detail instead of a redirect to the sign-in page. Nor does the CASE
 * provider under {@code /ims/case/v1p1/}, where a working personal token signs its owner in and the
 * provider itself answers anything else.
 */
@ApplicationScoped
public class SessionSignIn implements HttpAuthenticationMechanism {

    static final String CALLER = "ctopath.caller";
    static final String RETURN_TO = "ctopath.returnTo";
    /** Request attribute: the {@link SignInHold} that refused a sign-in, for the page's message. */
    static final String HOLD = "ctopath.signInHold";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountService accounts;

    @Inject
    AccessTokens tokens;

    @Inject
    LoginThrottle throttle;

    @Inject
    DeviceCookies devices;

    @Inject
    SecurityHeaders securityHeaders;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        // Here too, not only in the platform's filter: the container answers 401s and sign-in redirects before any filter runs.
        securityHeaders.apply(request, response);
        try {
            return authenticate(request, response, context);
        } catch (RuntimeException failure) {
            // Before any filter: without this the container answers an empty 500 when the database is away.
            if (Failure.kind(failure, false) != Failure.Kind.UNAVAILABLE) {
                throw failure;
            }
            Unavailable.answer(request, response, isApi(request) || isCaseProvider(request), failure); // machines: no HTML page
            return AuthenticationStatus.SEND_CONTINUE;
        }
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            return apiCall(request, response, context);
        }
        if (isCaseProvider(request)) {
            return caseProviderCall(request, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, response, context, credential);
        }
        HttpSession session = request.getSession(false);
        String caller = session == null ? null : (String) session.getAttribute(CALLER);
        if (caller != null) {
            Optional<Account> account = accounts.findByUsername(caller).filter(Account::isActive);
            if (account.isPresent()) {
                return context.notifyContainerAboutLogin(caller,
                        account.get().getRoles().stream().map(Role::name).collect(Collectors.toSet()));
            }
            session.removeAttribute(CALLER); // deactivated or gone since sign-in
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                remember(request);
            }
            if (isAjax(request)) {
                return ajaxRedirect(response, request.getContextPath() + "/login");
            }
            return context.redirect(request.getContextPath() + "/login");
        }
        return context.doNothing();
    }

    /** A Faces ajax request: it can follow only a redirect written as a partial response, not an HTTP 302. */
    static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** The session ended under an open page: its next ajax request takes the browser to the sign-in page. */
    private static AuthenticationStatus ajaxRedirect(HttpServletResponse response, String url) {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try {
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<partial-response><redirect url=\""
                    + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"/></partial-response>");
            response.flushBuffer();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    static final String API = "/api";
    private static final String XAPI = API + "/xapi/";

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(API) || path.startsWith(API + "/");
    }

    /** The CASE 1.1 provider (competency.exchange.CaseUris.BASE_PATH): read with a token or, if an administrator opens it, by anyone. */
    static final String CASE_PROVIDER = "/ims/case/v1p1/";

    static boolean isCaseProvider(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith(CASE_PROVIDER);
    }

    /**
     * A call of the CASE provider takes no session either: a working personal access token signs its
     * owner in; anything else goes on unsigned, and the provider decides (its own token, public or 401).
     */
    private AuthenticationStatus caseProviderCall(HttpServletRequest request, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return context.doNothing();
        }
        return tokens.authenticate(authorization.substring(7).trim())
                .map(account -> context.notifyContainerAboutLogin(account.getUsername(),
                        account.getRoles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElseGet(context::doNothing);
    }

    private AuthenticationStatus apiCall(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return context.isProtected()
                    ? unauthorized(request, response, null, "Send a personal access token as Authorization: Bearer <token>; make one at /account/tokens.")
                    : context.doNothing();
        }
        Optional<Account> account = tokens.authenticate(authorization.substring(7).trim());
        if (account.isEmpty()) {
            return unauthorized(request, response, "invalid_token", "The token is unknown, expired or revoked, or its account is deactivated.");
        }
        return context.notifyContainerAboutLogin(account.get().getUsername(),
                account.get().getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    /** 401 with an RFC 9457 problem detail and the Bearer challenge (RFC 6750); the call goes no further. */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response, String error, String detail) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"CTO Path\"" + (error == null ? "" : ", error=\"" + error + "\""));
        if (request.getRequestURI().startsWith(request.getContextPath() + XAPI)) {
            response.setHeader("X-Experience-API-Version", "1.0.3"); // xAPI 1.0.3 wants it on every answer, as xapi.XapiVersionHeader adds it to the rest
        }
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"" + detail
                    + "\",\"instance\":\"" + request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
            response.flushBuffer();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context,
            Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        String username = Usernames.normalize(password.getCaller());
        LoginThrottle.Attempt attempt = throttle.check(username, devices.recognise(request, username),
                Objects.requireNonNullElse(request.getRemoteAddr(), "unknown"));
        CredentialValidationResult result = identityStores.validate(credential); // held back or not: the same work
        if (attempt.hold().isPresent() || result.getStatus() != VALID) {
            throttle.failed(attempt).ifPresent(hold -> request.setAttribute(HOLD, hold));
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(attempt);
        devices.issue(request, response, username);
        request.getSession().setAttribute(CALLER, result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
    }

    /** What held back the sign-in of this request, if anything did. */
    public static Optional<SignInHold> hold(HttpServletRequest request) {
        return Optional.ofNullable((SignInHold) request.getAttribute(HOLD));
    }

    /**
     * Where to go once signed in: the page that asked for it, if it is a page of this application,
     * else nothing. Asked once.
     */
    public static Optional<String> takeReturnAddress(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        String address = (String) session.getAttribute(RETURN_TO);
        session.removeAttribute(RETURN_TO);
        return LocalPaths.check(address, request.getContextPath());
    }

    /** Remembers the page asked for, when it is a page of this application; forgets any earlier one. */
    private static void remember(HttpServletRequest request) {
        String query = request.getQueryString();
        String requested = request.getRequestURI() + (query == null ? "" : "?" + query);
        HttpSession session = request.getSession();
        if (LocalPaths.isLocal(requested, request.getContextPath())) {
            session.setAttribute(RETURN_TO, requested);
        } else {
            session.removeAttribute(RETURN_TO);
        }
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
    }
}
