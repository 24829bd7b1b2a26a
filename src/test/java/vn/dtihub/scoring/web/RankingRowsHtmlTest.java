package vn.dtihub.scoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import vn.dtihub.scoring.Ranking;
import vn.dtihub.scoring.domain.Robustness;

/** The ranking rows written without the template engine: texts escaped, the office's pick boxes, bands and arrows. */
class RankingRowsHtmlTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String HOSTILE = "<img src=x onerror=\"alert('x')\"> & co";

    private static StaticMessageSource messages() {
        StaticMessageSource m = new StaticMessageSource();
        m.addMessage("scoring.pick", VI, "Chọn");
        m.addMessage("scoring.notEnoughData", VI, "Thiếu số liệu");
        m.addMessage("scoring.up", VI, "Tăng {0} bậc");
        m.addMessage("scoring.down", VI, "Giảm {0} bậc");
        return m;
    }

    private static final List<Ranking.Row> ROWS = List.of(
            new Ranking.Row(
                    11,
                    "Phường Hải Bình",
                    "Phường",
                    true,
                    null,
                    "1",
                    "/12",
                    2,
                    List.of(
                            new Ranking.Cell("DTI", "0,5325", "532,5 / 1.000", true),
                            new Ranking.Cell("P1", "0,4000", "40,0 / 100", false))),
            new Ranking.Row(
                    12,
                    HOSTILE,
                    HOSTILE,
                    false,
                    HOSTILE,
                    "–",
                    null,
                    -3,
                    List.of(new Ranking.Cell("DTI", "–", "0,0 / 1.000", true))));

    private static String render(boolean manages, Map<Long, Robustness.Band> bands) {
        return RankingRowsHtml.rows(new RankingRowsHtml.Page(5, ROWS, manages, bands, "/app", messages(), VI));
    }

    @Test
    void everyTextIsEscaped() {
        String html = render(true, null);
        assertThat(html).doesNotContain("<img").doesNotContain("\"alert");
        assertThat(html).contains("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co");
    }

    @Test
    void anOfficeGetsPickBoxesLinksArrowsAndBadges() {
        String html = render(true, null);
        assertThat(html)
                .contains("<input type=\"checkbox\" class=\"form-check-input\" name=\"unit\""
                        + " form=\"define-group\" value=\"11\" aria-label=\"Chọn Phường Hải Bình\">");
        assertThat(html).contains("<a href=\"/app/periods/5/results/11\">Phường Hải Bình</a>");
        assertThat(html).contains("aria-label=\"Tăng 2 bậc\">▲2</span>");
        assertThat(html).contains("aria-label=\"Giảm 3 bậc\">▼3</span>");
        assertThat(html).contains("title=\"&lt;img").contains(">Thiếu số liệu</span>");
        assertThat(html).contains("<td class=\"table-active\"><span>0,5325</span>");
        assertThat(html).contains("<td><span>0,4000</span>");
        assertThat(html).doesNotContain("class=\"band\"");
    }

    @Test
    void aReaderGetsNoPickBoxesAndBandsShowWhenAsked() {
        String html = render(false, Map.of(11L, new Robustness.Band("11", 1, 1, 1, 3)));
        assertThat(html).doesNotContain("checkbox");
        assertThat(html).contains("<td class=\"band\"><span>1–3</span></td>");
        assertThat(html).as("a unit without a band keeps its cell").contains("<td class=\"band\"></td>");
    }
}
