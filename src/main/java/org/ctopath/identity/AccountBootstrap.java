package org.ctopath.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctopath.platform.Settings;

/**
 * The accounts someone needs to get in: the demo accounts in demo mode; otherwise the first
 * administrator from {@code ADMIN_USER} / {@code ADMIN_PASSWORD}. There are no default passwords
 * outside demo mode.
 */
@ApplicationScoped
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    /** A demo account; the README lists them. */
    public record DemoAccount(String username, String password, String displayName, String team, Set<Role> roles) {

        public String email() {
            return username + "@demo.ctopath.example";
        }
    }

    public static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("learner", "learner-demo", "Lena Fischer", "Platform", EnumSet.of(Role.LEARNER)),
            new DemoAccount("learner2", "learner-demo", "Tomás Silva", "Platform", EnumSet.of(Role.LEARNER)),
            new DemoAccount("learner3", "learner-demo", "Priya Nair", "Payments", EnumSet.of(Role.LEARNER)),
            new DemoAccount("mentor", "mentor-demo", "Marco Rossi", null, EnumSet.of(Role.MENTOR)),
            new DemoAccount("mentor2", "mentor-demo", "Grace Obi", null, EnumSet.of(Role.MENTOR)),
            new DemoAccount("admin", "admin-demo", "Aisha Khan", null, EnumSet.of(Role.ADMIN)));

    @Inject
    Settings settings;

    @Inject
    AccountService accounts;

    @Inject
    AccessTokens tokens;

    /**
     * The API token of a demo account, {@code ctp_demo_<username>}: well known, like the demo
     * passwords, and like them made in demo mode only.
     */
    public static String demoToken(String username) {
        return AccessTokens.PREFIX + "demo_" + username;
    }

    public void ensureAccounts() {
        if (settings.demoMode()) {
            LOG.info("Demo mode: the demo accounts in the README are available.");
            for (DemoAccount demo : DEMO_ACCOUNTS) {
                if (createIfAbsent(demo.username(), demo.displayName(), demo.password(), demo.roles())) {
                    accounts.describe(demo.username(), demo.email(), demo.team());
                }
                ensureDemoToken(demo.username());
            }
        } else if (accounts.countActiveWithRole(Role.ADMIN) == 0) {
            createFirstAdministrator(settings.adminUser(), settings.adminPassword());
        }
    }

    void createFirstAdministrator(Optional<String> user, Optional<String> password) {
        if (user.isEmpty() || password.isEmpty()) {
            LOG.warning("No administrator exists yet. Set ADMIN_USER and ADMIN_PASSWORD and restart to create the first one.");
            return;
        }
        Optional<String> weakness = PasswordPolicy.weakness(password.get(), user.get());
        if (weakness.isPresent()) {
            LOG.severe("The first administrator was not created: ADMIN_PASSWORD is too weak. " + weakness.get());
            return;
        }
        try {
            createIfAbsent(user.get(), user.get(), password.get(), EnumSet.of(Role.ADMIN));
        } catch (IllegalArgumentException e) {
            LOG.severe("The first administrator was not created: " + e.getMessage());
        }
    }

    private void ensureDemoToken(String username) {
        try {
            tokens.ensureDemo(username);
        } catch (RuntimeException e) {
            // Another instance starting at the same moment made it first (unique hash).
            LOG.log(Level.FINE, "Demo token made concurrently: " + username, e);
        }
    }

    /** @return whether this call created the account */
    private boolean createIfAbsent(String username, String displayName, String password, Set<Role> roles) {
        if (accounts.findByUsername(username).isPresent()) {
            return false;
        }
        try {
            accounts.create(username, displayName, password, roles);
            LOG.info(() -> "Created account '" + username + "' with roles " + roles);
            return true;
        } catch (RuntimeException e) {
            // Another instance starting at the same moment may have created it first.
            if (accounts.findByUsername(username).isEmpty()) {
                throw e;
            }
            LOG.log(Level.FINE, "Account created concurrently: " + username, e);
            return false;
        }
    }
}
