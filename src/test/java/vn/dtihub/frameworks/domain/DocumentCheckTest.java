package vn.dtihub.frameworks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dtihub.frameworks.ScoringRule;
import vn.dtihub.frameworks.ValueType;
import vn.dtihub.frameworks.domain.FrameworkDocument.Row;
import vn.dtihub.shared.FileProblem;

class DocumentCheckTest {

    private static Row row(String code, String parent, String points, ScoringRule rule) {
        return new Row(
                code,
                parent,
                "Chỉ tiêu " + code,
                null,
                rule == null ? null : ValueType.YES_NO,
                null,
                new BigDecimal(points),
                null,
                rule,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static FrameworkDocument doc(List<Row> rows, List<FrameworkDocument.ViewRow> views) {
        return new FrameworkDocument(
                FrameworkDocument.FORMAT,
                "Thử",
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                false,
                null,
                rows,
                views,
                null);
    }

    private static List<FileProblem> check(FrameworkDocument doc) {
        // Rows as a spreadsheet would number them: the header sits on row 7, the first criterion on row 8.
        return DocumentCheck.problems(doc, i -> i + 8, FrameworkSheets::column);
    }

    @Test
    void aConsistentDocumentHasNoProblem() {
        var rows = List.of(
                row("A", null, "20", null),
                row("A.1", "A", "10", new ScoringRule.YesNo()),
                row("A.2", "A", "10", new ScoringRule.YesNo()));
        var views = List.of(new FrameworkDocument.ViewRow("DTI", "Tổng", true, Map.of("A", BigDecimal.ONE)));
        assertThat(check(doc(rows, views))).isEmpty();
    }

    @Test
    void everyProblemNamesItsRowAndColumn() {
        var rows = new ArrayList<Row>();
        rows.add(row("A", null, "30", null));
        rows.add(row("A.1", "A", "10", new ScoringRule.YesNo()));
        rows.add(row("A.1", "A", "10", new ScoringRule.YesNo()));
        rows.add(row("B.1", "B", "5", null));
        assertThat(check(doc(rows, List.of())))
                .extracting(p -> p.row() + ":" + p.column())
                .contains("10:A", "11:B", "11:H", "8:F");
    }

    @Test
    void cyclesAndViewsOnUnknownCriteriaAreFound() {
        var rows = List.of(row("X", "Y", "0", null), row("Y", "X", "0", null));
        var views = List.of(new FrameworkDocument.ViewRow("DTI", "Tổng", true, Map.of("Z", BigDecimal.ONE)));
        List<FileProblem> problems = check(doc(rows, views));
        assertThat(problems)
                .extracting(FileProblem::message)
                .anyMatch(m -> m.contains("vòng lặp"))
                .anyMatch(m -> m.contains("không có chỉ tiêu mã Z"));
    }

    @Test
    void tooManyRowsAreRefusedWithoutReadingThem() {
        var rows = new ArrayList<Row>();
        for (int i = 0; i <= DocumentCheck.MAX_ROWS; i++) {
            rows.add(row("C" + i, null, "1", new ScoringRule.YesNo()));
        }
        assertThat(check(doc(rows, List.of())))
                .singleElement()
                .extracting(FileProblem::message)
                .asString()
                .contains("quá nhiều dòng");
    }
}
