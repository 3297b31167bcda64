package org.ctopath.testing.callers;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ctopath.identity.Account;
import org.ctopath.identity.Role;
import org.ctopath.platform.RunAs;

/**
 * In-container tests call services with no one signed in, and the services refuse nobody: a block
 * runs here as a person (a test's own people, with their roles) or as the system (for fixtures).
 */
public final class As {

    private As() {
    }

    public static <T> T system(Supplier<T> work) {
        return RunAs.system(work);
    }

    public static void system(Runnable work) {
        RunAs.system(work);
    }

    /** As this account, with the roles it holds. */
    public static <T> T person(Account account, Supplier<T> work) {
        return RunAs.person(account.getUsername(), names(account.getRoles()), work);
    }

    /** As this account, with the roles it holds. */
    public static void person(Account account, Runnable work) {
        RunAs.person(account.getUsername(), names(account.getRoles()), work);
    }

    /** As the person of this username with these roles (the account need not hold them: a caller with a role it lost). */
    public static <T> T person(String username, Set<Role> roles, Supplier<T> work) {
        return RunAs.person(username, names(roles), work);
    }

    /** As the person of this username with these roles. */
    public static void person(String username, Set<Role> roles, Runnable work) {
        RunAs.person(username, names(roles), work);
    }

    static Set<String> names(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }

    static Set<String> names(Role... roles) {
        return names(Set.copyOf(Arrays.asList(roles)));
    }
}
