package vn.dtihub.frameworks;

import java.util.List;

/** An import that cannot be applied: every problem found, nothing created. */
public class ImportRejectedException extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super(problems.size() + " problem(s) in the imported file");
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
