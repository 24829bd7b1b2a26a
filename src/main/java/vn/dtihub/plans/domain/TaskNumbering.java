package vn.dtihub.plans.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.dtihub.plans.PlanTask;

/**
 * A plan's task table laid out as the source document: a heading row for each section (I, II …) and each lettered
 * sub-section inside it (A, B …), and the tasks numbered from 1 again under each heading. The page and the printed
 * .docx, .pdf and .xlsx use the same layout. Pure logic.
 */
public final class TaskNumbering {

    /** A line of the table: a section heading, a sub-section heading, or a task with its number. */
    public record Line(Kind kind, String code, String title, PlanTask task, int number) {}

    public enum Kind {
        SECTION,
        SUBSECTION,
        TASK
    }

    private TaskNumbering() {}

    public static List<Line> lines(List<PlanTask> tasks) {
        List<Line> out = new ArrayList<>();
        String section = null;
        String subsection = null;
        int n = 0;
        boolean first = true;
        for (PlanTask t : tasks) {
            boolean newSection = first || !Objects.equals(section, t.sectionCode());
            if (newSection) {
                section = t.sectionCode();
                subsection = null;
                n = 0;
                if (section != null) {
                    out.add(new Line(Kind.SECTION, section, t.sectionTitle(), null, 0));
                }
            }
            if (t.subsectionCode() != null && !Objects.equals(subsection, t.subsectionCode())) {
                subsection = t.subsectionCode();
                n = 0;
                out.add(new Line(Kind.SUBSECTION, subsection, t.subsectionTitle(), null, 0));
            } else if (t.subsectionCode() == null && subsection != null) {
                subsection = null;
            }
            first = false;
            out.add(new Line(Kind.TASK, null, null, t, ++n));
        }
        return out;
    }
}
