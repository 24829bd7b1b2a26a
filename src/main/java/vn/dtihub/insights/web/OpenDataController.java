package vn.dtihub.insights.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dtihub.scoring.Scorecard;
import vn.dtihub.scoring.ScorecardDocument;
import vn.dtihub.scoring.Scoring;
import vn.dtihub.scoring.UnitResult;
import vn.dtihub.shared.InvalidInputException;

/**
 * Open data: the results a standing office published, without login, at stable addresses, in JSON and CSV with one
 * documented row shape (README, "Dữ liệu mở"). Only published runs; a later computation stays private until it too
 * is published.
 */
@RestController
@Tag(name = "Open data", description = "Published results, without login: JSON and CSV")
class OpenDataController {

    /** The CSV columns, in order: the schema of a result row. */
    static final List<String> COLUMNS = List.of(
            "period_id",
            "period",
            "framework",
            "provisional",
            "run_version",
            "computed_at",
            "published_at",
            "unit_id",
            "unit_code",
            "unit_name",
            "unit_path",
            "peer_group",
            "view_code",
            "view_name",
            "overall",
            "points",
            "max_points",
            "index",
            "rank",
            "peers");

    private final Scoring scoring;
    private final ScorecardDocument pdf;

    OpenDataController(Scoring scoring, ScorecardDocument pdf) {
        this.scoring = scoring;
        this.pdf = pdf;
    }

    @GetMapping("/api/v1/open/scorecard")
    @Operation(
            summary = "A unit's published scorecard as PDF: its views and every criterion's points in the period's"
                    + " latest published run")
    ResponseEntity<byte[]> scorecard(@RequestParam long period, @RequestParam long unit) {
        Scorecard card = scoring.publicScorecard(period, unit);
        return pdf.download(card, false);
    }

    record PublishedPeriod(
            long periodId,
            String title,
            String framework,
            String kind,
            boolean provisional,
            int runVersion,
            Instant computedAt,
            Instant publishedAt,
            String json,
            String csv) {}

    @GetMapping("/api/v1/open/periods")
    @Operation(summary = "Periods with published results, the most recently published first, with their data links")
    List<PublishedPeriod> periods() {
        return scoring.publicPeriods().stream()
                .map(p -> new PublishedPeriod(
                        p.period().id(),
                        p.period().title(),
                        p.period().frameworkName(),
                        p.period().kind().name(),
                        p.run().provisional(),
                        p.run().version(),
                        p.run().computedAt(),
                        p.run().publishedAt(),
                        "/api/v1/open/results?period=" + p.period().id() + "&format=json",
                        "/api/v1/open/results?period=" + p.period().id() + "&format=csv"))
                .toList();
    }

    /** One published result: a unit in a view of a period, as the CSV has it. */
    record ResultRow(
            long periodId,
            String period,
            String framework,
            boolean provisional,
            int runVersion,
            Instant computedAt,
            Instant publishedAt,
            long unitId,
            String unitCode,
            String unitName,
            String unitPath,
            String peerGroup,
            String viewCode,
            String viewName,
            boolean overall,
            BigDecimal points,
            BigDecimal maxPoints,
            BigDecimal index,
            Integer rank,
            int peers) {

        List<Object> values() {
            return List.of(
                    periodId,
                    period,
                    framework,
                    provisional,
                    runVersion,
                    computedAt,
                    publishedAt,
                    unitId,
                    unitCode,
                    unitName,
                    unitPath,
                    peerGroup == null ? "" : peerGroup,
                    viewCode,
                    viewName,
                    overall,
                    points.toPlainString(),
                    maxPoints.toPlainString(),
                    index == null ? "" : index.toPlainString(),
                    rank == null ? "" : rank,
                    peers);
        }
    }

    @GetMapping("/api/v1/open/results")
    @Operation(
            summary = "A period's published results: a row per unit and view (the overall index and each pillar), in"
                    + " JSON or CSV (UTF-8, comma-separated, header row; columns as in the JSON)")
    ResponseEntity<?> results(@RequestParam long period, @RequestParam(defaultValue = "json") String format) {
        if (!format.equals("json") && !format.equals("csv")) {
            throw new InvalidInputException("format", "open.format", "format: json or csv");
        }
        Scoring.PublicResults published = scoring.publicResults(period);
        List<ResultRow> rows = new ArrayList<>();
        for (UnitResult u : published.units()) {
            String code = UnitResult.codeOf(u.unitPath());
            for (UnitResult.ViewResult v : u.views()) {
                rows.add(new ResultRow(
                        published.period().id(),
                        published.period().title(),
                        published.period().frameworkName(),
                        published.run().provisional(),
                        published.run().version(),
                        published.run().computedAt(),
                        published.run().publishedAt(),
                        u.unitId(),
                        code,
                        u.unitName(),
                        u.unitPath(),
                        u.peerGroup(),
                        v.code(),
                        v.name(),
                        v.overall(),
                        // Published as dti.gov.vn publishes: points to 2 decimals, indices to 4, half up.
                        vn.dtihub.shared.Figures.points(v.points()),
                        v.max(),
                        vn.dtihub.shared.Figures.index(v.index()),
                        v.rank(),
                        v.peers()));
            }
        }
        if (format.equals("json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(rows);
        }
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (ResultRow r : rows) {
            List<Object> values = r.values();
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(csv(String.valueOf(values.get(i))));
            }
            csv.append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("ket-qua-ky-" + period + ".csv")
                                .build()
                                .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; a leading = + - @ defused. */
    static String csv(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
