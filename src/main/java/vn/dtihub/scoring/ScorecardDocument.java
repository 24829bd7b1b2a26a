package vn.dtihub.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dtihub.documents.PdfDocuments;

/** A scorecard as a PDF (in Vietnamese, as official papers are): the views, then every criterion's points. */
@Component
public class ScorecardDocument {

    private final PdfDocuments pdf;
    private final MessageSource messages;

    ScorecardDocument(PdfDocuments pdf, MessageSource messages) {
        this.pdf = pdf;
        this.messages = messages;
    }

    /** The file's name: the unit's code and the period. */
    public static String fileName(Scorecard card) {
        return "phieu-diem-" + UnitResult.codeOf(card.unit().unitPath()) + "-ky-"
                + card.period().id() + ".pdf";
    }

    /** The scorecard as a PDF download (an attachment named for the unit and the period). */
    public org.springframework.http.ResponseEntity<byte[]> download(Scorecard card, boolean withValues) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(fileName(card))
                                .build()
                                .toString())
                .body(pdf(card, withValues));
    }

    /** The scorecard as PDF; the approved values beside the points only when {@code withValues}. */
    public byte[] pdf(Scorecard card, boolean withValues) {
        UnitResult u = card.unit();
        List<String> views = new ArrayList<>();
        for (UnitResult.ViewResult v : u.views()) {
            views.add(v.name() + ": " + number(v.index(), 4)
                    + (v.rank() == null ? "" : " (" + text("scoring.rankOf", v.rank(), v.peers()) + ")"));
        }
        String subtitle = card.period().title() + " · " + card.period().frameworkName()
                + (card.run().provisional() ? " · " + text("scoring.provisional") : "") + " · "
                + text(
                        "scoring.runLine",
                        card.run().version(),
                        vn.dtihub.shared.VietnamTime.minute(card.run().computedAt()))
                + " — "
                + String.join("; ", views);
        List<String> headers = new ArrayList<>(List.of(text("framework.code"), text("form.criterion")));
        if (withValues) {
            headers.add(text("form.value"));
        }
        headers.add(text("scoring.points"));
        List<List<String>> rows = new ArrayList<>();
        for (CriterionResult c : card.criteria()) {
            List<String> row = new ArrayList<>();
            row.add(c.criterion().code());
            row.add("  ".repeat(c.depth()) + c.criterion().name());
            if (withValues) {
                row.add(c.value() == null ? "" : c.value());
            }
            row.add(number(c.points(), 2) + " / " + number(c.max(), 0)
                    + (c.basis().name().equals("VALUE") || c.basis().name().equals("TOTAL")
                            ? ""
                            : " (" + text("scoring.basis." + c.basis().name()) + ")"));
            rows.add(row);
        }
        return pdf.table(text("scoring.scorecard") + ": " + u.unitName(), subtitle, headers, rows);
    }

    private static String number(BigDecimal n, int scale) {
        return n == null
                ? "–"
                : n.setScale(scale, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, vn.dtihub.shared.VietnameseText.LOCALE);
    }
}
