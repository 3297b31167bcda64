package org.ctopath.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.Restricted;

/**
 * Accounts: who may sign in, with which roles. Making and describing accounts is the
 * administrators' (and the system's, at start-up); the look-ups stay open, for sign-in itself
 * and for the checks of {@link Caller}, which need them before anyone is known.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Teams teams;

    @Inject
    Caller caller;

    public Optional<Account> findByUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", Usernames.normalize(username))
                .getResultStream()
                .findFirst();
    }

    /**
     * @throws IllegalArgumentException when the username is missing or taken, or there is no password
     */
    @Restricted("ADMIN")
    public Account create(String username, String displayName, String password, Set<Role> roles) {
        String name = Usernames.normalize(username);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A username is required.");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("A password is required.");
        }
        if (findByUsername(name).isPresent()) {
            throw new IllegalArgumentException("The username '" + name + "' is taken.");
        }
        Account account = new Account(name, displayName, passwords.hash(password), roles);
        em.persist(account);
        return account;
    }

    /**
     * Sets an account's email address and team, the top-level team of that name (made when missing; a
     * blank name: no team); unknown usernames are ignored.
     */
    @Restricted("ADMIN")
    public void describe(String username, String email, String teamName) {
        findByUsername(username).ifPresent(a -> {
            a.setEmail(email);
            a.setTeam(teamName == null || teamName.isBlank() ? null : teams.topLevel(teamName));
        });
    }

    /**
     * The signed-in person changes their own password: the current one is required (a session left
     * open is not enough to take the account over), the new one must pass {@link PasswordPolicy}.
     *
     * @throws InvalidInput naming the field at fault: {@code current}, {@code newPassword} or {@code confirmation}
     */
    @Restricted
    public void changePassword(String username, String current, String newPassword, String confirmation) {
        caller.requireSelf(username);
        Account account = findByUsername(username).orElseThrow(() -> InvalidInput.of(null, "Your account is not there any more."));
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (!passwords.verify(current, account.getPasswordHash())) {
            problems.add("current", "This is not your current password.");
        }
        PasswordPolicy.weakness(newPassword, account.getUsername(), account.getDisplayName(), account.getEmail())
                .ifPresent(p -> problems.add("newPassword", p));
        if (newPassword != null && !newPassword.equals(confirmation)) {
            problems.add("confirmation", "The two new passwords differ.");
        }
        problems.throwIfAny();
        account.setPasswordHash(passwords.hash(newPassword));
    }

    public long countActiveWithRole(Role role) {
        return em.createNamedQuery(Account.COUNT_WITH_ROLE, Long.class).setParameter("role", role).getSingleResult();
    }
}
