package org.ctopath.identity;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a username and password against the accounts, holding back a username that has failed
 * too often. Every way of failing gives the same answer, so a caller learns nothing about which
 * usernames exist.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    Passwords passwords;

    @Inject
    LoginThrottle throttle;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = Usernames.normalize(credential.getCaller());
        if (username.isEmpty() || throttle.blockedUntil(username).isPresent()) {
            return INVALID_RESULT;
        }
        Optional<Account> account = accounts.findByUsername(username);
        boolean passwordMatches = passwords.verify(credential.getPasswordAsString(),
                account.map(Account::getPasswordHash).orElse(null));
        if (!passwordMatches || !account.get().isActive()) {
            throttle.recordFailure(username);
            return INVALID_RESULT;
        }
        throttle.clear(username);
        return new CredentialValidationResult(account.get().getUsername(),
                account.get().getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
