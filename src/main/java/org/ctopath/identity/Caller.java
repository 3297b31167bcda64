package org.ctopath.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ctopath.platform.CallerIdentity;
import org.ctopath.platform.Forbidden;
import org.ctopath.platform.RunAs;

/**
 * The rules of who may act on whose data, applied by the services themselves to the actual caller
 * (the signed-in person, or who a {@link RunAs} block runs as), never to a username a page or
 * resource passes: a person acts on their own data; sees their own, their current mentees' (as a
 * mentor) or anyone's (as an administrator). The system passes every check. Refusals are
 * {@link Forbidden}, and so say nothing about whether the person asked for exists.
 */
@ApplicationScoped
public class Caller {

    @Inject
    CallerIdentity identity;

    @Inject
    AccountService accounts;

    @Inject
    Mentorships mentorships;

    /** Runs the work as the system: start-up, background jobs, commands; never from a request. */
    public static <T> T asSystem(java.util.function.Supplier<T> work) {
        return RunAs.system(work);
    }

    /** Runs the work as the system: start-up, background jobs, commands; never from a request. */
    public static void asSystem(Runnable work) {
        RunAs.system(work);
    }

    /**
     * Runs the work as this account, with its roles: for a person whom the calling code has
     * authenticated by other means than a session (a calendar feed's secret).
     */
    public static <T> T as(Account account, java.util.function.Supplier<T> work) {
        return RunAs.person(account.getUsername(), account.getRoles().stream().map(Role::name).collect(Collectors.toSet()), work);
    }

    /** The caller's username; empty for nobody (and "system" for the system). */
    public Optional<String> username() {
        return identity.current().map(RunAs.Identity::username);
    }

    public boolean isSystem() {
        return identity.current().map(RunAs.Identity::system).orElse(false);
    }

    /** Whether the caller holds the role; the system holds every role. */
    public boolean has(Role role) {
        return identity.has(role.name());
    }

    /** The caller's username; refused when nobody is signed in. */
    public String requireSignedIn() {
        return username().orElseThrow(() -> new Forbidden("Sign in first."));
    }

    /** Refused unless the caller holds one of the roles. */
    public void require(Role... roles) {
        requireSignedIn();
        if (Arrays.stream(roles).noneMatch(this::has)) {
            throw new Forbidden("This needs the role " + Arrays.stream(roles).map(Role::name).collect(Collectors.joining(" or ")) + ".");
        }
    }

    /** Refused unless the caller is this person: only they act on their own data (or the system for them). */
    public void requireSelf(String username) {
        String caller = requireSignedIn();
        if (!isSystem() && (username == null || !Usernames.normalize(username).equals(caller))) {
            throw new Forbidden("Only that person may do this for themselves.");
        }
    }

    /** Whether the caller is, right now, the mentor of this learner (the system counts as every mentor). */
    public boolean mentors(Account learner) {
        if (isSystem()) {
            return true;
        }
        Optional<String> caller = username();
        return caller.isPresent() && learner != null && learner.getId() != null && has(Role.MENTOR)
                && mentorships.isMentorOf(caller.get(), learner.getId());
    }

    /** Whether the caller may see this person's data: themselves, their current mentor, an administrator. */
    public boolean maySee(Account person) {
        Optional<String> caller = username();
        if (caller.isEmpty() || person == null) {
            return false;
        }
        return isSystem() || person.getUsername().equals(caller.get()) || has(Role.ADMIN) || mentors(person);
    }

    /** Whether the caller may see the data of the person of this username (nobody sees a username that names no one). */
    public boolean maySee(String username) {
        Optional<String> caller = username();
        if (caller.isEmpty() || username == null) {
            return false;
        }
        if (isSystem() || Usernames.normalize(username).equals(caller.get()) || has(Role.ADMIN)) {
            return true;
        }
        return has(Role.MENTOR) && accounts.findByUsername(username).map(this::mentors).orElse(false);
    }

    /** Refused unless the caller may see this person's data (self, current mentor, administrator). */
    public void requireSight(String username) {
        requireSignedIn();
        if (!maySee(username)) {
            throw new Forbidden("Only that person, their mentor or an administrator may see this.");
        }
    }

    /** Refused unless the caller may see this person's data (self, current mentor, administrator). */
    public void requireSight(Account person) {
        requireSignedIn();
        if (!maySee(person)) {
            throw new Forbidden("Only that person, their mentor or an administrator may see this.");
        }
    }

    /**
     * Refused unless the caller is the mentor named (a mentor acts in their own name) and is, right
     * now, the learner's mentor.
     */
    public void requireMentorOf(String mentorUsername, Account learner) {
        requireSelf(mentorUsername);
        if (!mentors(learner)) {
            throw new Forbidden("Only the learner's current mentor may do this.");
        }
    }

    /** As {@link #requireMentorOf(String, Account)}, for the learner of this username. */
    public void requireMentorOf(String mentorUsername, String learnerUsername) {
        requireSelf(mentorUsername);
        if (isSystem()) {
            return;
        }
        if (learnerUsername == null || !accounts.findByUsername(learnerUsername).map(this::mentors).orElse(false)) {
            throw new Forbidden("Only the learner's current mentor may do this.");
        }
    }
}
