package org.ctopath.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.ctopath.identity.Account;
import org.ctopath.identity.AccountService;
import org.ctopath.identity.Caller;
import org.ctopath.identity.Role;

/**
 * Who calls the API, and the same rules the pages apply: a learner sees themselves, a mentor their
 * current mentees, an administrator everyone. A person outside the caller's sight is answered as
 * not there (404), so that the API does not tell who exists; a role the caller lacks is 403. The
 * rules themselves are {@link Caller}'s, which the services apply again to every call.
 */
@RequestScoped
public class ApiCaller {

    @Inject
    HttpServletRequest request; // the caller the token named (not SecurityContext: see platform.CallerIdentity)

    @Inject
    AccountService accounts;

    @Inject
    Caller caller;

    private Account account;

    /** The signed-in username; the API is never reached without one. */
    public String username() {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            throw new ApiError(jakarta.ws.rs.core.Response.Status.UNAUTHORIZED, "Send a personal access token as Authorization: Bearer <token>.");
        }
        return principal.getName();
    }

    public Account account() {
        if (account == null) {
            account = accounts.findByUsername(username())
                    .orElseThrow(() -> new ApiError(jakarta.ws.rs.core.Response.Status.UNAUTHORIZED, "The token's account is gone."));
        }
        return account;
    }

    public boolean has(Role role) {
        return caller.has(role);
    }

    /** Refuses with 403 unless the caller has one of the roles. */
    public void require(Role... roles) {
        for (Role role : roles) {
            if (has(role)) {
                return;
            }
        }
        throw ApiError.forbidden("This needs the role " + java.util.Arrays.stream(roles).map(Role::name)
                .collect(java.util.stream.Collectors.joining(" or ")) + ".");
    }

    /** Whether the caller may see this person: themselves, as their current mentor, or as an administrator. */
    public boolean maySee(Account person) {
        username();
        return caller.maySee(person);
    }

    /** The person of this username if the caller may see them; else 404, whether or not they exist. */
    public Account person(String username) {
        return accounts.findByUsername(username).filter(this::maySee)
                .orElseThrow(() -> ApiError.notFound("There is no person " + username + " that you can see."));
    }

    /** The person only if the caller is their current mentor (404 otherwise, as {@link #person}). */
    public Account mentee(String username) {
        require(Role.MENTOR);
        return accounts.findByUsername(username).filter(caller::mentors)
                .orElseThrow(() -> ApiError.notFound("There is no mentee " + username + " of yours."));
    }

    /** The caller themselves, refused with 403 unless it is {@code username}: only a person records their own progress. */
    public Account self(String username) {
        Account person = person(username);
        if (!person.getUsername().equals(username())) {
            throw ApiError.forbidden("Only " + username + " records this for themselves.");
        }
        return person;
    }
}
