package vn.dtihub.scoring.web;

import static vn.dtihub.shared.Html.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import vn.dtihub.scoring.Ranking;
import vn.dtihub.scoring.domain.Robustness;

/**
 * The rows of a ranking page, written straight to HTML: a province's 167 communes with four views each, rendered
 * through the template engine, were half the cost of the page. Every text is escaped; the markup (the checkbox tied
 * to the peer-group form, the band cell, the scorecard links) is the one the page and its tests rely on. Kept only with
 * its figure and its test: {@code bench/scoring.sh}, a province's ranking page under 200 connections, 167–170 pages/s
 * with p99 1.9 s on two cores (3 December 2026); escaping proven by {@code RankingRowsHtmlTest.everyTextIsEscaped}.
 */
final class RankingRowsHtml {

    private RankingRowsHtml() {}

    /** What the rows show besides the ranking: the pick boxes for an office, the rank bands when asked for. */
    record Page(
            long periodId,
            List<Ranking.Row> rows,
            boolean manages,
            Map<Long, Robustness.Band> bands,
            String contextPath,
            MessageSource messages,
            Locale locale) {}

    static String rows(Page page) {
        String pick = text(page.messages().getMessage("scoring.pick", null, page.locale()));
        String notEnough = text(page.messages().getMessage("scoring.notEnoughData", null, page.locale()));
        String link = page.contextPath() + "/periods/" + page.periodId() + "/results/";
        StringBuilder out = new StringBuilder(page.rows().size() * 900);
        for (Ranking.Row r : page.rows()) {
            String name = text(r.name());
            out.append("<tr>");
            if (page.manages()) {
                out.append(
                                "<td><input type=\"checkbox\" class=\"form-check-input\" name=\"unit\" form=\"define-group\"")
                        .append(" value=\"")
                        .append(r.unitId())
                        .append("\" aria-label=\"")
                        .append(pick)
                        .append(' ')
                        .append(name)
                        .append("\"></td>");
            }
            out.append("<td><span>")
                    .append(text(r.rank()))
                    .append("</span><span class=\"small text-secondary\">")
                    .append(text(r.peers()))
                    .append("</span>");
            if (r.change() != null && r.change() != 0) {
                boolean up = r.change() > 0;
                int by = Math.abs(r.change());
                out.append(up ? " <span class=\"small text-success\"" : " <span class=\"small text-danger\"")
                        .append(" aria-label=\"")
                        .append(text(page.messages()
                                .getMessage(up ? "scoring.up" : "scoring.down", new Object[] {by}, page.locale())))
                        .append("\">")
                        .append(up ? '▲' : '▼')
                        .append(by)
                        .append("</span>");
            }
            out.append("</td><td><a href=\"")
                    .append(link)
                    .append(r.unitId())
                    .append("\">")
                    .append(name)
                    .append("</a>");
            if (!r.enoughData()) {
                out.append(" <span class=\"badge text-bg-secondary\" title=\"")
                        .append(text(r.flagged()))
                        .append("\">")
                        .append(notEnough)
                        .append("</span>");
            }
            out.append("</td><td class=\"small text-secondary\">")
                    .append(text(r.group()))
                    .append("</td>");
            if (page.bands() != null) {
                out.append("<td class=\"band\">");
                Robustness.Band b = page.bands().get(r.unitId());
                if (b != null) {
                    out.append("<span>")
                            .append(b.p5() == b.p95() ? String.valueOf(b.p5()) : b.p5() + "–" + b.p95())
                            .append("</span>");
                }
                out.append("</td>");
            }
            for (Ranking.Cell c : r.cells()) {
                out.append(c.sorted() ? "<td class=\"table-active\"><span>" : "<td><span>")
                        .append(text(c.index()))
                        .append("</span><span class=\"small text-secondary d-block\">")
                        .append(text(c.points()))
                        .append("</span></td>");
            }
            out.append("</tr>\n");
        }
        return out.toString();
    }
}
