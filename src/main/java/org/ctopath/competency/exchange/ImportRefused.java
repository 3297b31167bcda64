package org.ctopath.competency.exchange;

import java.util.List;

/** A file that was not imported, and everything wrong with it. Nothing was changed. */
public class ImportRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<ImportProblem> problems;

    public ImportRefused(List<ImportProblem> problems) {
        super(problems.size() + " problem(s) in the file; nothing was imported");
        this.problems = List.copyOf(problems);
    }

    public static ImportRefused of(String reason) {
        return new ImportRefused(List.of(ImportProblem.ofFile(reason)));
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }
}
