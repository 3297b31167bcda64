package org.ctopath.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RestrictedInterceptorTest {

    @Restricted("ADMIN")
    static class AdminService {
        public void administer() {
        }

        @Restricted
        public void read() {
        }

        @Restricted(systemOnly = true)
        public void job() {
        }
    }

    /** Who calls, as the request would say; a {@link RunAs} block still comes first. */
    static final class Signed extends CallerIdentity {
        private final String username;
        private final Set<String> roles;

        Signed(String username, String... roles) {
            this.username = username;
            this.roles = Set.of(roles);
        }

        @Override
        public Optional<RunAs.Identity> current() {
            return RunAs.current().or(() -> Optional.ofNullable(username).map(u -> new RunAs.Identity(u, roles, false)));
        }

        @Override
        public boolean has(String role) {
            return RunAs.current().map(i -> i.system() || i.roles().contains(role)).orElse(username != null && roles.contains(role));
        }
    }

    private static void call(CallerIdentity who, String method) throws NoSuchMethodException {
        RestrictedInterceptor interceptor = new RestrictedInterceptor();
        interceptor.caller = who;
        interceptor.check(RestrictedInterceptor.rule(AdminService.class.getMethod(method)));
    }

    @Test
    void nobodyIsRefusedEverything() {
        Signed nobody = new Signed(null);
        for (String method : new String[] {"administer", "read", "job"}) {
            Forbidden refused = assertThrows(Forbidden.class, () -> call(nobody, method));
            assertEquals("Sign in first.", refused.getMessage());
        }
    }

    @Test
    void theRoleOnTheClassHoldsUnlessTheMethodSaysOtherwise() throws Exception {
        Signed learner = new Signed("lena", "LEARNER");
        Forbidden refused = assertThrows(Forbidden.class, () -> call(learner, "administer"));
        assertEquals("This needs the role ADMIN.", refused.getMessage());
        assertDoesNotThrow(() -> call(learner, "read"));
        call(new Signed("aisha", "ADMIN"), "administer");
    }

    @Test
    void onlyTheSystemRunsJobsEvenAnAdministratorIsRefused() {
        assertThrows(Forbidden.class, () -> call(new Signed("aisha", "ADMIN"), "job"));
        assertDoesNotThrow(() -> RunAs.system(() -> {
            try {
                call(new Signed(null), "job");
                call(new Signed(null), "administer");
            } catch (NoSuchMethodException e) {
                throw new AssertionError(e);
            }
        }));
    }

    @Test
    void aRunAsBlockEndsWithItsBlockAndRestoresTheOneAround() {
        assertFalse(RunAs.current().isPresent());
        RunAs.person("lena", Set.of("LEARNER"), () -> {
            assertEquals("lena", RunAs.current().orElseThrow().username());
            assertThrows(IllegalStateException.class, () -> RunAs.system(() -> {
                assertTrue(RunAs.current().orElseThrow().system());
                throw new IllegalStateException("the block fails");
            }));
            assertEquals("lena", RunAs.current().orElseThrow().username(), "back to the person after the inner block failed");
            assertFalse(RunAs.current().orElseThrow().system());
        });
        assertFalse(RunAs.current().isPresent(), "nothing left on the thread");
    }
}
