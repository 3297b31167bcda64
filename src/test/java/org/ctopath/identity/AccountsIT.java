package org.ctopath.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts and password checks, inside the server against the real database (the throttle: LoginThrottleIT). */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class AccountsIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    AccountService accounts;

    @Inject
    AccountIdentityStore identityStore;

    @Inject
    AccountBootstrap bootstrap;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private CredentialValidationResult check(String username, String password) {
        return identityStore.validate(new UsernamePasswordCredential(username, password));
    }

    @Test
    void demoModeSeedsTheThreeDemoAccountsWithTheirRoles() {
        for (AccountBootstrap.DemoAccount demo : AccountBootstrap.DEMO_ACCOUNTS) {
            Account account = accounts.findByUsername(demo.username()).orElseThrow();
            assertEquals(demo.roles(), account.getRoles());
            assertEquals(Status.VALID, check(demo.username(), demo.password()).getStatus());
        }
    }

    @Test
    void passwordsAreStoredAsPbkdf2HashesNeverAsText() {
        String username = unique("hash");
        accounts.create(username, "Hash Test", "a long enough secret", EnumSet.of(Role.LEARNER));

        String stored = accounts.findByUsername(username).orElseThrow().getPasswordHash();
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA512:210000:"), stored);
        assertFalse(stored.contains("a long enough secret"));
    }

    @Test
    void aValidSignInCarriesEveryRoleOfTheAccount() {
        String username = unique("multi");
        accounts.create(username, "Two Hats", "correct horse battery", EnumSet.of(Role.LEARNER, Role.MENTOR));

        CredentialValidationResult result = check(username.toUpperCase(), "correct horse battery");

        assertEquals(Status.VALID, result.getStatus());
        assertEquals(username, result.getCallerPrincipal().getName(), "usernames ignore case");
        assertEquals(Set.of("LEARNER", "MENTOR"), result.getCallerGroups());
    }

    @Test
    void wrongPasswordAndUnknownUsernameAreRefusedAlike() {
        String username = unique("wrong");
        accounts.create(username, "Wrong Test", "the right password", EnumSet.of(Role.LEARNER));

        assertEquals(Status.INVALID, check(username, "the wrong password").getStatus());
        assertEquals(Status.INVALID, check(unique("ghost"), "the right password").getStatus());
    }

    @Test
    void theFirstAdministratorComesFromTheEnvironmentOnlyWithAStrongPassword() {
        String weak = unique("weakadmin");
        bootstrap.createFirstAdministrator(Optional.of(weak), Optional.of("short"));
        assertTrue(accounts.findByUsername(weak).isEmpty(), "a weak ADMIN_PASSWORD creates nobody");

        String admin = unique("firstadmin");
        bootstrap.createFirstAdministrator(Optional.of(admin), Optional.of("a strong first password"));
        assertEquals(EnumSet.of(Role.ADMIN), accounts.findByUsername(admin).orElseThrow().getRoles());
        assertEquals(Status.VALID, check(admin, "a strong first password").getStatus());
    }
}
