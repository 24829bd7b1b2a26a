package vn.dtihub.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dtihub.documents.SheetRow;
import vn.dtihub.shared.FileProblem;

/** The task table reader on rows shaped like seed 004's, without a file. */
class TaskImportTest {

    private static List<SheetRow> sheet(Map<Integer, Map<Integer, Integer>> spans, String[]... rows) {
        List<SheetRow> out = new ArrayList<>();
        out.add(new SheetRow(1, List.of("TT", "Nhiệm vụ", "Kết quả", "Thời gian", "Chủ trì", "Phối hợp"), List.of()));
        for (int i = 0; i < rows.length; i++) {
            out.add(new SheetRow(i + 2, Arrays.asList(rows[i]), List.of(), spans.getOrDefault(i + 2, Map.of())));
        }
        return out;
    }

    @Test
    void lettersOpenSubSectionsAndRomanNumeralsSections() {
        var parsed = TaskImport.read(
                sheet(
                        Map.of(),
                        new String[] {"IV", "QUẢN TRỊ SỐ"},
                        new String[] {"A", "Thể chế"},
                        new String[] {"1", "Việc một", null, "Năm 2024", "Sở Tài chính", null},
                        new String[] {"B", "Dịch vụ công"},
                        new String[] {"C", "Nền tảng"},
                        new String[] {"1", "Việc hai", null, "Năm 2024", "Sở Tài chính", null},
                        new String[] {"V", "KINH PHÍ"},
                        new String[] {"1", "Việc ba", null, "Năm 2024", "Sở Tài chính", null}),
                2024);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows())
                .extracting(TaskImport.Row::sectionCode, TaskImport.Row::subsectionCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("IV", "A"),
                        org.assertj.core.groups.Tuple.tuple("IV", "C"),
                        org.assertj.core.groups.Tuple.tuple("V", null));
    }

    @Test
    void iAfterHIsASubSectionNotSectionOne() {
        var parsed = TaskImport.read(
                sheet(
                        Map.of(),
                        new String[] {"II", "MỤC"},
                        new String[] {"H", "Tiểu mục H"},
                        new String[] {"I", "Tiểu mục I"},
                        new String[] {"1", "Việc", null, null, null, null}),
                2024);
        assertThat(parsed.rows().get(0).sectionCode()).isEqualTo("II");
        assertThat(parsed.rows().get(0).subsectionCode()).isEqualTo("I");
    }

    @Test
    void aTtThatIsNoCodeIsNamedByRowAndColumn() {
        var parsed = TaskImport.read(
                sheet(
                        Map.of(),
                        new String[] {"I", "MỤC"},
                        new String[] {"một", "Việc", null, null, null, null},
                        new String[] {"2a", "Việc", null, null, null, null},
                        new String[] {"3", "Việc đúng", null, null, null, null}),
                2024);
        assertThat(parsed.problems())
                .extracting(FileProblem::row, FileProblem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "A"), org.assertj.core.groups.Tuple.tuple(4, "A"));
        assertThat(parsed.problems().get(0).message()).contains("\"một\"");
    }

    @Test
    void markersGluedToYearsWordsAndQuotesBecomeSuperscripts() {
        assertThat(TaskImport.marked("định hướng đến năm 20452", "2")).isEqualTo("định hướng đến năm 2045²");
        assertThat(TaskImport.marked("kết quả giải quyết TTHC5 và", "5")).isEqualTo("kết quả giải quyết TTHC⁵ và");
        assertThat(TaskImport.marked("giai đoạn 2023-2025”6", "6")).isEqualTo("giai đoạn 2023-2025”⁶");
        assertThat(TaskImport.marked("ngày 28/3/20233 và", "3")).isEqualTo("ngày 28/3/2023³ và");
        assertThat(TaskImport.marked("năm 2045", "2"))
                .as("no marker: nothing glued after the year")
                .isNull();
        assertThat(TaskImport.marked("đến năm 2045", "5"))
                .as("the year's own last digit is no marker")
                .isNull();
        assertThat(TaskImport.marked("10-20 doanh nghiệp", "2")).isNull();
        assertThat(TaskImport.marked("thông tin di động12.", "12")).isEqualTo("thông tin di động¹².");
    }

    @Test
    void footnotesGoInTheOrderOfTheirNumbersAndRunOnToTheNextLine() {
        var parsed = TaskImport.read(
                sheet(
                        Map.of(),
                        new String[] {"I", "MỤC"},
                        new String[] {"1", "Theo Kế hoạch ngày 28/3/20231 và Quyết định ngày 09/02/20242"},
                        new String[] {"2", "Việc khác năm 20233", null, null, null, null},
                        new String[] {"1 Kế hoạch số 77/KH-UBND"},
                        new String[] {"của UBND tỉnh."},
                        new String[] {"2 Quyết định số 752/QĐ-UBND"},
                        new String[] {"3 Văn bản thứ ba"}),
                2024);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows().get(0).footnotes())
                .isEqualTo("1 Kế hoạch số 77/KH-UBND của UBND tỉnh.\n2 Quyết định số 752/QĐ-UBND");
        assertThat(parsed.rows().get(1).text()).isEqualTo("Việc khác năm 2023³");
        assertThat(parsed.footnotes()).extracting(TaskImport.Note::taskRow).containsExactly(3, 3, 4);
    }

    @Test
    void aCellMergedAcrossColumnsKeepsItsTextWhereItBelongs() {
        var parsed = TaskImport.read(
                sheet(
                        Map.of(3, Map.of(3, 4), 4, Map.of(2, 5), 5, Map.of(4, 5)),
                        new String[] {"I", "MỤC"},
                        // D:E merged, the deadline cell empty: the agency name is the lead.
                        new String[] {"1", "Việc một", "Kết quả", "Sở Tài chính", null, "Sở Nội vụ"},
                        // C:F merged: a deadline phrase is the deadline.
                        new String[] {"2", "Việc hai", "Theo Kế hoạch số 298/KH-UBND ngày 20/12/2023"},
                        // E:F merged: the lead, coordinators empty.
                        new String[] {"3", "Việc ba", null, "Năm 2024", "Sở Công Thương"}),
                2024);
        assertThat(parsed.problems()).isEmpty();
        var one = parsed.rows().get(0);
        assertThat(one.deadline()).isNull();
        assertThat(one.lead()).isEqualTo("Sở Tài chính");
        assertThat(one.coordinators()).isEqualTo("Sở Nội vụ");
        var two = parsed.rows().get(1);
        assertThat(two.deadline()).startsWith("Theo Kế hoạch số 298");
        assertThat(two.expectedResult()).isNull();
        assertThat(two.lead()).isNull();
        var three = parsed.rows().get(2);
        assertThat(three.lead()).isEqualTo("Sở Công Thương");
        assertThat(three.coordinators()).isNull();
    }
}
