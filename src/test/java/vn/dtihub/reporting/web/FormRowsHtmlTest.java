package vn.dtihub.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.MissingPolicy;
import vn.dtihub.frameworks.ScoringRule;
import vn.dtihub.frameworks.TestCriteria;
import vn.dtihub.frameworks.ValueType;
import vn.dtihub.reporting.Entry;
import vn.dtihub.reporting.FormStatus;
import vn.dtihub.reporting.FormSummary;
import vn.dtihub.reporting.domain.FormLine;

/** The form rows written without the template engine: every text escaped, every input where the page expects it. */
class FormRowsHtmlTest {

    private static final String HOSTILE = "<img src=x onerror=\"alert('x')\"> & co";

    private final FormRowsHtml html = new FormRowsHtml(messages());

    /** The product's own bundles, as the page reads them. */
    private static org.springframework.context.MessageSource messages() {
        var m = new org.springframework.context.support.ResourceBundleMessageSource();
        m.setBasename("messages");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    private static Criterion criterion(long id, ValueType type, ScoringRule rule) {
        return TestCriteria.of(id, null, "1." + id, HOSTILE, "10", type, rule, MissingPolicy.ZERO, "%", HOSTILE);
    }

    private static FormSummary form(FormStatus status) {
        return new FormSummary(
                7,
                3,
                "Quý IV/2026",
                1,
                "/38/",
                null,
                "/38/",
                "Xã",
                "COMMUNE",
                status,
                LocalDate.of(2026, 12, 15),
                null,
                null,
                null,
                null,
                2,
                1,
                0);
    }

    private static FormLine line(Criterion c, Entry value, BigDecimal points) {
        return new FormLine(
                c,
                "LEAD",
                "a/b × 10 điểm",
                value,
                3,
                points,
                null,
                HOSTILE,
                HOSTILE,
                Instant.now(),
                new Entry(null, null, null, null, HOSTILE, null, null),
                null);
    }

    private String rows(boolean edits, List<FormLine> lines) {
        return html.rows(new FormRowsHtml.Page(
                form(FormStatus.DRAFT),
                lines,
                edits,
                false,
                false,
                Map.of(),
                List.of(),
                null,
                null,
                "",
                new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "tok\"en"),
                Locale.forLanguageTag("vi")));
    }

    @Test
    void everyTextAUserTypedIsEscaped() {
        Entry ratio = new Entry(new BigDecimal("45"), new BigDecimal("50"), null, null, null, null, HOSTILE);
        String out = rows(true, List.of(line(criterion(11, ValueType.RATIO, new ScoringRule.Ratio()), ratio, null)));

        assertThat(out).doesNotContain("<img").doesNotContain("onerror=\"");
        assertThat(out).contains("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co");
        assertThat(out).contains("name=\"_csrf\" value=\"tok&quot;en\"");
    }

    @Test
    void anEditableRowSavesAsItIsTypedAndShowsItsValueVersionAndPoints() {
        Entry ratio = new Entry(new BigDecimal("45"), new BigDecimal("50"), null, null, null, null, null);
        String out = rows(
                true,
                List.of(line(criterion(11, ValueType.RATIO, new ScoringRule.Ratio()), ratio, new BigDecimal("9"))));

        assertThat(out)
                .contains("hx-post=\"/forms/7/values/11\"", "hx-sync=\"this:queue all\"", "hx-target=\"#s-11\"")
                .contains("id=\"n-11\" name=\"number\" inputmode=\"decimal\" form=\"v-11\" value=\"45\"")
                .contains("id=\"d-11\" name=\"denominator\" inputmode=\"decimal\" form=\"v-11\" value=\"50\"")
                .contains("id=\"ver-11\" value=\"3\"")
                .contains("<span id=\"p-11\">9,00</span>", " / 10,0")
                .contains("<form id=\"v-11\" method=\"post\" action=\"/forms/7/values/11\">")
                .as("the button only for a browser without script: each value saves as it changes")
                .contains("<noscript><button class=\"btn btn-sm btn-outline-primary\">Lưu</button></noscript>")
                .contains("placeholder=\"Giải trình (khi không có văn bản)\"");
    }

    @Test
    void aLockedRowShowsTheValueWithoutInputs() {
        Entry yes = new Entry(null, null, true, null, null, null, null);
        String out = rows(false, List.of(line(criterion(12, ValueType.YES_NO, new ScoringRule.YesNo()), yes, null)));

        assertThat(out).doesNotContain("<input", "hx-post", "<select");
        assertThat(out).contains("<span id=\"p-12\">–</span>");
    }

    @Test
    void aSaveAnswersTheStatusAndOutOfBandItsVersionAndPoints() {
        Entry ratio = new Entry(new BigDecimal("1"), new BigDecimal("4"), null, null, null, null, null);
        FormLine saved = line(criterion(11, ValueType.RATIO, new ScoringRule.Ratio()), ratio, new BigDecimal("2.5"));

        String out = html.saved(saved, "error.conflict", "→ 3/4 (" + HOSTILE + ")", Locale.forLanguageTag("vi"));

        assertThat(out)
                .startsWith("<div id=\"s-11\" class=\"row-state small\" aria-live=\"polite\" data-state=\"error\">")
                .contains("row-error", "id=\"err-11\"", "→ 3/4 (&lt;img")
                .contains("id=\"ver-11\" value=\"3\" hx-swap-oob=\"true\"")
                .contains("<span id=\"p-11\" hx-swap-oob=\"true\">2,50</span>")
                .doesNotContain("<img");
    }

    @Test
    void anEmptyRatioStartsFromLastPeriodsDenominatorAndSaysSo() {
        Criterion ratio = criterion(11, ValueType.RATIO, new ScoringRule.Ratio());
        FormLine empty = new FormLine(
                ratio,
                "LEAD",
                "a/b × 10 điểm",
                null,
                0,
                null,
                null,
                null,
                null,
                null,
                new Entry(new BigDecimal("12"), new BigDecimal("20"), null, null, null, null, null),
                null);
        String out = rows(true, List.of(empty));

        assertThat(out)
                .contains("id=\"n-11\" name=\"number\" inputmode=\"decimal\" form=\"v-11\" value=\"\"")
                .contains("id=\"d-11\" name=\"denominator\" inputmode=\"decimal\" form=\"v-11\" value=\"20\"")
                .contains("Mẫu số lấy từ kỳ trước")
                .contains("data-label=\"Kỳ trước\">12/20</td>");
    }

    @Test
    void theCitePickerStartsEmptyAndSearchesAsTheUserTypes() {
        Entry ratio = new Entry(new BigDecimal("45"), new BigDecimal("50"), null, null, null, null, null);
        String out = html.rows(new FormRowsHtml.Page(
                form(FormStatus.DRAFT),
                List.of(line(criterion(11, ValueType.RATIO, new ScoringRule.Ratio()), ratio, null)),
                true,
                false,
                false,
                Map.of(),
                List.of(new vn.dtihub.reporting.EvidenceDocument(
                        5,
                        "current/38/16645/",
                        null,
                        "DECISION",
                        "51/QĐ-UBND",
                        null,
                        "UBND",
                        HOSTILE,
                        null,
                        null,
                        "x")),
                null,
                null,
                "",
                new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "tok"),
                Locale.forLanguageTag("vi")));

        assertThat(out)
                .contains("type=\"search\"", "hx-get=\"/forms/7/library?criterionId=11\"", "<div id=\"pick-11\"")
                .as("without script, the same search as a plain form")
                .contains("<noscript><form method=\"get\" class=\"d-flex gap-1 mt-1\" action=\"/forms/7/library\">")
                .as("no list of the library in the row, preselected or not")
                .doesNotContain("name=\"documentId\"", " selected", "51/QĐ-UBND")
                .doesNotContain("<img");
    }
}
