package org.ctopath.platform;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Work that no request starts runs as someone only code can name: the system (start-up, background
 * jobs, commands), or a person whom something other than a signed-in session has authenticated
 * (the owner of a calendar feed secret). It holds for the thread while the block runs and is
 * undone afterwards, however the block ends; nothing from a request can set it.
 */
public final class RunAs {

    /** Who a block runs as: a person with role names, or the system (every role, no relation needed). */
    public record Identity(String username, Set<String> roles, boolean system) {
        public Identity {
            roles = Set.copyOf(roles);
        }
    }

    static final Identity SYSTEM = new Identity("system", Set.of(), true);

    private static final ThreadLocal<Identity> CURRENT = new ThreadLocal<>();

    private RunAs() {
    }

    /** Runs the work as the system. */
    public static <T> T system(Supplier<T> work) {
        return within(SYSTEM, work);
    }

    /** Runs the work as the system. */
    public static void system(Runnable work) {
        within(SYSTEM, () -> {
            work.run();
            return null;
        });
    }

    /** Runs the work as this person with these role names, authenticated by the code that calls this. */
    public static <T> T person(String username, Set<String> roles, Supplier<T> work) {
        Objects.requireNonNull(username, "username");
        return within(new Identity(username, roles, false), work);
    }

    /** Runs the work as this person with these role names, authenticated by the code that calls this. */
    public static void person(String username, Set<String> roles, Runnable work) {
        person(username, roles, () -> {
            work.run();
            return null;
        });
    }

    /** Who the current thread runs as, if a block set it. */
    public static Optional<Identity> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    private static <T> T within(Identity identity, Supplier<T> work) {
        Identity before = CURRENT.get();
        CURRENT.set(identity);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }
}
