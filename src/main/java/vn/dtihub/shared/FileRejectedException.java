package vn.dtihub.shared;

import java.util.List;

/** An uploaded file that cannot be applied: every problem found, with its row and column; nothing was changed. */
public class FileRejectedException extends RuntimeException {

    private final List<FileProblem> problems;

    public FileRejectedException(List<FileProblem> problems) {
        super(problems.size() + " problem(s) in the file");
        this.problems = List.copyOf(problems);
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
