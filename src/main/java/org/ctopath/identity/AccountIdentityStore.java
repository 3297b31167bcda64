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
 * Checks a username and password against the accounts. Every way of failing gives the same
 * answer after the same work (a password hash is checked even for an unknown username), so a
 * caller learns nothing about which usernames exist. Throttling is the sign-in's ({@link SessionSignIn}),
 * which knows the browser and the client address.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    Passwords passwords;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = Usernames.normalize(credential.getCaller());
        Optional<Account> account = username.isEmpty() ? Optional.empty() : accounts.findByUsername(username);
        boolean passwordMatches = passwords.verify(credential.getPasswordAsString(),
                account.map(Account::getPasswordHash).orElse(null));
        if (!passwordMatches || !account.get().isActive()) {
            return INVALID_RESULT;
        }
        return new CredentialValidationResult(account.get().getUsername(),
                account.get().getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
