package org.ctopath.catalogue;

import java.util.List;

/**
 * A change to the catalogue that was refused, and nothing of it saved: each problem names the field
 * it is about, so that a form can show it next to that field.
 */
public class CatalogueChangeRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public CatalogueChangeRefused(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "Change refused" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public CatalogueChangeRefused(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> getProblems() {
        return problems;
    }

    /** The message about {@code field}, if there is one. */
    public String messageFor(String field) {
        return problems.stream().filter(p -> field.equals(p.field())).map(FieldProblem::message).findFirst().orElse(null);
    }
}
