package org.ctopath.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Input that a service refuses, with one message per field so that a page can show each next to
 * its field. Nothing has been changed when it is thrown.
 */
public class InvalidInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A message about one field; a field of null speaks of the input as a whole. */
    public record Problem(String field, String message) implements java.io.Serializable {

        /** A problem of the input as a whole, shown at the top of the page. */
        public static Problem whole(String message) {
            return new Problem(null, message);
        }
    }

    private final List<Problem> problems;

    public InvalidInput(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new Problem(field, message)));
    }

    /** Someone else saved the same thing first: an edit made on an older version is refused. */
    public static InvalidInput changedMeanwhile() {
        return new ChangedMeanwhile();
    }

    /**
     * An edit that lost a race with another (optimistic locking). Pages show it like any refused
     * input; the API answers it with 409 Conflict.
     */
    public static final class ChangedMeanwhile extends InvalidInput {

        private static final long serialVersionUID = 1L;

        ChangedMeanwhile() {
            super(List.of(Problem.whole(Messages.CHANGED_MEANWHILE)));
        }
    }

    public List<Problem> getProblems() {
        return problems;
    }

    /** The message about {@code field}, if there is one. */
    public String messageFor(String field) {
        return problems.stream().filter(p -> field.equals(p.field())).map(Problem::message).findFirst().orElse(null);
    }

    /**
     * The same problems with each field named within a part of the form, such as a table row:
     * {@code within("items:2:")} turns {@code reason} into {@code items:2:reason}. Problems of the
     * input as a whole stay so.
     */
    public InvalidInput within(String prefix) {
        return new InvalidInput(problems.stream()
                .map(p -> new Problem(p.field() == null ? null : prefix + p.field(), p.message())).toList());
    }

    /** Collects problems, then throws them all at once. */
    public static final class Collector {

        private final List<Problem> problems = new ArrayList<>();

        public Collector add(String field, String message) {
            problems.add(new Problem(field, message));
            return this;
        }

        public boolean isEmpty() {
            return problems.isEmpty();
        }

        /** The problems collected so far. */
        public List<Problem> problems() {
            return List.copyOf(problems);
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
        }
    }
}
