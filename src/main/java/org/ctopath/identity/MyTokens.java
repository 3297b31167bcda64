package org.ctopath.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.ctopath.platform.Messages;
import org.ctopath.platform.UtcTime;

/**
 * The signed-in person's API tokens, {@code /account/tokens}: make one (its value is shown in this
 * answer only, never again), see when each was last used, revoke one. Request scoped, so that a
 * token's value stays out of the session.
 */
@Named
@RequestScoped
public class MyTokens {

    @Inject
    AccessTokens tokens;

    @Inject
    ActiveUser user;

    private String name;
    private LocalDate expiresOn = LocalDate.now(ZoneOffset.UTC).plusDays(90);
    private String made;
    private List<AccessToken> list;

    public List<AccessToken> getTokens() {
        if (list == null) {
            list = tokens.of(user.getUsername());
        }
        return list;
    }

    public String create() {
        return Messages.attempt("tokens", () -> {
            AccessTokens.Made token = tokens.create(user.getUsername(), name, expiresOn);
            made = token.token();
            list = null;
            name = null;
            Messages.info("Token \"" + token.record().getName() + "\" made. Copy it now: it is not shown again.");
            return null;
        });
    }

    public String revoke(long id) {
        return Messages.attempt("tokens", () -> {
            tokens.revoke(user.getUsername(), id);
            Messages.flashInfo("Token revoked: it no longer opens the API.");
            return "/account/tokens?faces-redirect=true";
        });
    }

    public String state(AccessToken token) {
        if (token.isRevoked()) {
            return "Revoked " + UtcTime.minute(token.getRevokedAt());
        }
        return token.worksAt(Instant.now()) ? "Active" : "Expired";
    }

    public String when(Instant at) {
        return at == null ? "never" : UtcTime.minute(at);
    }

    public LocalDate getMinExpiry() {
        return LocalDate.now(ZoneOffset.UTC).plusDays(1);
    }

    public LocalDate getMaxExpiry() {
        return LocalDate.now(ZoneOffset.UTC).plusDays(AccessTokens.MAX_DAYS);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getMade() {
        return made;
    }
}
