package org.ctopath.catalogue;

import java.io.Serializable;

/**
 * What is wrong with one part of a change, in words for the person making it. {@code field} names
 * the part as {@link ResourceData} does ({@code title}, {@code skills[2].to}, ...); none for the
 * change as a whole.
 */
public record FieldProblem(String field, String message) implements Serializable {

    public static FieldProblem whole(String message) {
        return new FieldProblem(null, message);
    }
}
