package vn.dtihub.reporting.web;

import static vn.dtihub.shared.Html.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.ScoringRule;
import vn.dtihub.reporting.Entry;
import vn.dtihub.reporting.EvidenceDocument;
import vn.dtihub.reporting.FormSummary;
import vn.dtihub.reporting.ValueEvidence;
import vn.dtihub.reporting.domain.FormLine;

/**
 * The rows of a form page, written straight to HTML. A commune's form has a hundred criteria, each a row of a dozen
 * inputs, labels and links; rendered through the template engine that was about 50 ms of expression evaluation per
 * page, most of the cost of the busiest page of a deadline day. Here it is a single pass over the lines with every
 * label looked up once per page. Every text is escaped ({@link #text}); the markup (ids, classes, htmx attributes) is
 * the one the page's scripts, the browser journeys and the save fragment rely on. Kept only with its figure and its
 * test: {@code bench/reporting.sh}, a commune's form page under 200 connections, 249–283 pages/s with p99 1.5 s on two
 * cores (3 December 2026); escaping proven by {@code FormRowsHtmlTest.everyTextAUserTypedIsEscaped}. More hot
 * fragments go to a compiled, auto-escaping template engine (JTE), not more of this.
 */
@Component
class FormRowsHtml {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> LABELS = List.of(
            "form.evidenceRequired",
            "form.numerator",
            "form.denominator",
            "plan.yes",
            "form.no",
            "form.explanation",
            "form.reason",
            "form.commentPlaceholder",
            "form.reviewerPoints",
            "form.givePoints",
            "framework.save",
            "evidence.cited",
            "evidence.download",
            "evidence.uncite",
            "evidence.file",
            "evidence.cite",
            "evidence.attach",
            "form.consolidated",
            "form.consolidatedNone",
            "form.useConsolidated",
            "form.stateSaved",
            "evidence.search",
            "evidence.searchHelp",
            "evidence.find",
            "form.previous",
            "form.points",
            "form.denominatorCarried");

    private final MessageSource messages;

    FormRowsHtml(MessageSource messages) {
        this.messages = messages;
    }

    /** What the page lets the caller do, and what it shows beside the values. */
    record Page(
            FormSummary form,
            List<FormLine> lines,
            boolean edits,
            boolean corrects,
            boolean reviews,
            Map<Long, ValueEvidence> evidence,
            List<EvidenceDocument> library,
            Map<String, String> submitted,
            Long submittedFor,
            String contextPath,
            CsrfToken csrf,
            Locale locale) {}

    String rows(Page page) {
        Writer w = new Writer(page, labels(page.locale()));
        // A row offers to cite only when the unit has documents to cite.
        boolean library =
                page.edits() && page.library() != null && !page.library().isEmpty();
        for (FormLine line : page.lines()) {
            w.row(line);
            w.evidence(line, library);
        }
        return w.out.toString();
    }

    /** What a save answers: the row's status, and out of band its new version and points. */
    String saved(FormLine line, String error, String errorDetail, Locale locale) {
        StringBuilder out = new StringBuilder(512);
        long cid = line.criterion().id();
        status(
                out,
                line,
                error == null ? null : message(error, locale),
                errorDetail,
                Map.of("form.stateSaved", text(message("form.stateSaved", locale))));
        out.append("<input type=\"hidden\" name=\"version\" id=\"ver-")
                .append(cid)
                .append("\" value=\"")
                .append(line.version())
                .append("\" hx-swap-oob=\"true\" form=\"v-")
                .append(cid)
                .append("\">");
        out.append("<span id=\"p-")
                .append(cid)
                .append("\" hx-swap-oob=\"true\">")
                .append(points(line.points()))
                .append("</span>");
        return out.toString();
    }

    /**
     * A row's save state: refused (the message, which the row's inputs point to), saved (by whom), or nothing yet; the
     * page's script shows "unsaved" and "saving" in the same place while the user types and the save runs.
     */
    /**
     * Out of band after a save that changed how many values the form has: the count in the header, and what comes
     * next once every value is in (the approver signs and submits; told already), or nothing while values are missing.
     */
    String progress(FormSummary counted, boolean signs, Locale locale) {
        StringBuilder out = new StringBuilder(400);
        out.append("<span id=\"form-filled\" hx-swap-oob=\"true\">")
                .append(counted.filled())
                .append("/")
                .append(counted.items())
                .append("</span>");
        out.append("<div id=\"form-next\" hx-swap-oob=\"true\" aria-live=\"polite\">");
        if (counted.items() > 0 && counted.filled() == counted.items()) {
            out.append("<div class=\"alert alert-success\" role=\"status\"><strong>")
                    .append(text(messages.getMessage("form.next.filled", new Object[] {counted.items()}, locale)))
                    .append("</strong> ")
                    .append(text(message(signs ? "form.next.sign" : "form.next.approver", locale)))
                    .append("</div>");
        }
        out.append("</div>");
        return out.toString();
    }

    private static void status(
            StringBuilder out, FormLine line, String error, String errorDetail, Map<String, String> label) {
        long cid = line.criterion().id();
        out.append("<div id=\"s-").append(cid).append("\" class=\"row-state small\" aria-live=\"polite\"");
        out.append(
                error != null ? " data-state=\"error\">" : line.updatedBy() != null ? " data-state=\"saved\">" : ">");
        if (error != null) {
            out.append("<div class=\"text-danger fw-semibold row-error\" role=\"alert\" id=\"err-")
                    .append(cid)
                    .append("\"><span>")
                    .append(text(error))
                    .append("</span> <span>")
                    .append(text(errorDetail))
                    .append("</span></div>");
        } else if (line.updatedBy() != null) {
            out.append("<span class=\"text-success\">")
                    .append(label.get("form.stateSaved"))
                    .append("</span> · <span class=\"saved-by\">")
                    .append(text(line.updatedBy()))
                    .append("</span>");
        }
        out.append("</div>");
    }

    private Map<String, String> labels(Locale locale) {
        Map<String, String> out = new HashMap<>();
        for (String key : LABELS) {
            out.put(key, text(message(key, locale)));
        }
        return out;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** Points as the page shows them, Vietnamese style: 9,50. */
    static String points(BigDecimal points) {
        return points == null ? "–" : decimal("#,##0.00").format(points);
    }

    private static String maximum(BigDecimal max) {
        return max == null ? "" : decimal("#,##0.0").format(max);
    }

    private static DecimalFormat decimal(String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        return new DecimalFormat(pattern, symbols);
    }

    /** One page's writing: its labels, rights and output. */
    private static final class Writer {

        private final Page page;
        private final Map<String, String> label;
        private final StringBuilder out;
        private final String formUrl;
        private final String csrfInput;

        Writer(Page page, Map<String, String> label) {
            this.page = page;
            this.label = label;
            this.out = new StringBuilder(page.lines().size() * 2_000);
            this.formUrl = page.contextPath() + "/forms/" + page.form().id();
            this.csrfInput = page.csrf() == null
                    ? ""
                    : "<input type=\"hidden\" name=\"" + text(page.csrf().getParameterName()) + "\" value=\""
                            + text(page.csrf().getToken()) + "\">";
        }

        private Writer a(String s) {
            out.append(s);
            return this;
        }

        private Writer a(long n) {
            out.append(n);
            return this;
        }

        /** Escaped text. */
        private Writer t(String s) {
            out.append(text(s));
            return this;
        }

        /** A value as the reader reads it, escaped: a yes or no in the page's language (stored as "Có", "Không"). */
        private String shown(String display) {
            return switch (display) {
                case "Có" -> label.get("plan.yes");
                case "Không" -> label.get("form.no");
                default -> text(display);
            };
        }

        private void row(FormLine l) {
            Criterion c = l.criterion();
            Entry v = l.value();
            long cid = c.id();
            boolean open = page.edits() || page.corrects();
            Map<String, String> s = page.submittedFor() != null && page.submittedFor() == cid ? page.submitted() : null;
            a("<tr id=\"c-").a(cid).a("\"");
            if (s != null) {
                // The row the page came back refusing: its inputs are marked invalid (app.js), the message is on top.
                a(" data-refused=\"true\"");
            }
            if (open) {
                a(" hx-post=\"")
                        .a(formUrl)
                        .a("/values/")
                        .a(cid)
                        .a("\" hx-trigger=\"change\" hx-target=\"#s-")
                        .a(cid)
                        .a("\" hx-swap=\"outerHTML\" hx-include=\"this\" hx-sync=\"this:queue all\"");
            }
            a(">\n<td>").t(c.code()).a("</td>\n<td><span>").t(c.name()).a("</span>");
            if (l.ruleText() != null) {
                a("<div class=\"small text-secondary\">").t(l.ruleText()).a("</div>");
            }
            if (l.consolidated() != null) {
                consolidated(l, open);
            }
            if (c.evidenceRequired()) {
                a("<div class=\"small\"><span class=\"badge text-bg-warning\">")
                        .a(label.get("form.evidenceRequired"))
                        .a("</span> <span>")
                        .t(c.evidenceKind())
                        .a("</span></div>");
            }
            if (l.reviewerComment() != null) {
                a("<div class=\"alert alert-warning py-1 px-2 small mb-0 mt-1 reviewer-comment\">")
                        .t(l.reviewerComment())
                        .a("</div>");
            }
            a("</td>\n<td class=\"small text-secondary\" data-label=\"")
                    .a(label.get("form.previous"))
                    .a("\">")
                    .a(shown(l.previous() == null ? "–" : l.previous()))
                    .a("</td>\n<td>");
            if (open) {
                a("<input type=\"hidden\" name=\"version\" id=\"ver-")
                        .a(cid)
                        .a("\" value=\"")
                        .a(l.version())
                        .a("\" form=\"v-")
                        .a(cid)
                        .a("\">");
                input(c, v, l.last(), s);
                a("<label class=\"visually-hidden\" for=\"e-")
                        .a(cid)
                        .a("\">")
                        .a(label.get("form.explanation"))
                        .a("</label><input class=\"form-control form-control-sm mt-1\" id=\"e-")
                        .a(cid)
                        .a("\" name=\"explanation\" maxlength=\"4000\" form=\"v-")
                        .a(cid)
                        .a("\" placeholder=\"")
                        .a(label.get("form.explanation"))
                        .a("\" value=\"")
                        .t(s != null ? s.get("explanation") : v != null ? v.explanation() : "")
                        .a("\">");
                if (page.corrects()) {
                    a("<label class=\"visually-hidden\" for=\"r-")
                            .a(cid)
                            .a("\">")
                            .a(label.get("form.reason"))
                            .a("</label><input class=\"form-control form-control-sm mt-1\" id=\"r-")
                            .a(cid)
                            .a("\" name=\"reason\" maxlength=\"1000\" form=\"v-")
                            .a(cid)
                            .a("\" placeholder=\"")
                            .a(label.get("form.reason"))
                            .a("\" value=\"")
                            .t(s != null ? s.get("reason") : "")
                            .a("\">");
                }
            } else {
                a("<span>").a(shown(v != null ? v.display() : "–")).a("</span>");
                if (v != null && v.explanation() != null) {
                    a("<div class=\"small text-secondary\">").t(v.explanation()).a("</div>");
                }
            }
            if (page.reviews() && page.form().status().inReview()) {
                a("<textarea class=\"form-control form-control-sm mt-1\" name=\"comment-")
                        .a(cid)
                        .a("\" form=\"return-form\" rows=\"1\" placeholder=\"")
                        .a(label.get("form.commentPlaceholder"))
                        .a("\" aria-label=\"")
                        .a(label.get("form.commentPlaceholder"))
                        .a(" ")
                        .t(c.code())
                        .a("\"></textarea>");
            }
            a("</td>\n<td data-label=\"")
                    .a(label.get("form.points"))
                    .a("\"><span id=\"p-")
                    .a(cid)
                    .a("\">")
                    .a(points(l.points()))
                    .a("</span><span class=\"text-secondary small\"> / ")
                    .a(maximum(c.maxPoints()))
                    .a("</span>");
            if (l.reviewerPoints() != null) {
                a("<div class=\"small\">")
                        .a(label.get("form.reviewerPoints"))
                        .a(": ")
                        .t(l.reviewerPoints().toPlainString())
                        .a("</div>");
            }
            if (page.corrects() && c.rule() instanceof ScoringRule.Reviewer) {
                a("<form method=\"post\" class=\"d-flex gap-1 mt-1\" action=\"")
                        .a(formUrl)
                        .a("/points/")
                        .a(cid)
                        .a("\">")
                        .a(csrfInput)
                        .a("<label class=\"visually-hidden\" for=\"rp-")
                        .a(cid)
                        .a("\">")
                        .a(label.get("form.reviewerPoints"))
                        .a("</label><input class=\"form-control form-control-sm\" id=\"rp-")
                        .a(cid)
                        .a("\" name=\"points\" inputmode=\"decimal\" required value=\"")
                        .t(l.reviewerPoints() == null ? "" : l.reviewerPoints().toPlainString())
                        .a("\"><button class=\"btn btn-sm btn-outline-primary\">")
                        .a(label.get("form.givePoints"))
                        .a("</button></form>");
            }
            a("</td>\n<td class=\"small text-secondary\">");
            if (open) {
                a("<form id=\"v-")
                        .a(cid)
                        .a("\" method=\"post\" action=\"")
                        .a(formUrl)
                        .a("/values/")
                        .a(cid)
                        .a("\">")
                        .a(csrfInput)
                        // With script each value saves as it changes; the button is for a browser without it.
                        .a("<noscript><button class=\"btn btn-sm btn-outline-primary\">")
                        .a(label.get("framework.save"))
                        .a("</button></noscript></form>");
            }
            status(out, l, null, null, label);
            a("</td>\n</tr>\n");
        }

        /**
         * The units below rolled up ("Tổng hợp từ cấp dưới: 50/100 — tổng của các đơn vị cấp dưới; 2/3 đơn vị"), and
         * while the row is open, a button that saves that figure as the value.
         */
        private void consolidated(FormLine l, boolean open) {
            FormLine.Consolidated k = l.consolidated();
            long cid = l.criterion().id();
            a("<div class=\"small consolidated\" id=\"cons-")
                    .a(cid)
                    .a("\"><span class=\"badge text-bg-info\">")
                    .a(label.get("form.consolidated"))
                    .a("</span> ");
            if (k.value() == null) {
                a(label.get("form.consolidatedNone"));
            } else {
                a("<strong>").t(k.value().display()).a("</strong>");
            }
            a(" · ").t(k.explained()).a(" · ").a(k.counted()).a("/").a(k.units());
            if (open && savable(l)) {
                a(" <form method=\"post\" class=\"d-inline\" action=\"")
                        .a(formUrl)
                        .a("/values/")
                        .a(cid)
                        .a("\">")
                        .a(csrfInput)
                        .a("<input type=\"hidden\" name=\"version\" value=\"")
                        .a(l.version())
                        .a("\"><input type=\"hidden\" name=\"number\" value=\"")
                        .t(k.value().numberText())
                        .a("\">");
                if (k.value().denominator() != null) {
                    a("<input type=\"hidden\" name=\"denominator\" value=\"")
                            .t(k.value().denominatorText())
                            .a("\">");
                }
                a("<button class=\"btn btn-link btn-sm p-0 align-baseline use-consolidated\">")
                        .a(label.get("form.useConsolidated"))
                        .a("</button></form>");
            }
            a("</div>");
        }

        /** A rolled-up figure that is a value of the criterion's own type (a count of yes answers is not a yes). */
        private static boolean savable(FormLine l) {
            Entry v = l.consolidated().value();
            if (v == null || v.number() == null || l.criterion().valueType() == null) {
                return false;
            }
            return switch (l.criterion().valueType()) {
                case RATIO -> v.denominator() != null;
                case NUMBER, PERCENT, COUNT -> v.denominator() == null;
                default -> false;
            };
        }

        /** The value's inputs, by the criterion's type; what the user typed when the page comes back refusing it. */
        private void input(Criterion c, Entry v, Entry last, Map<String, String> s) {
            long cid = c.id();
            String type = c.valueType() == null ? "NUMBER" : c.valueType().name();
            String name = text(c.name());
            switch (type) {
                case "RATIO" -> {
                    a("<div class=\"d-flex gap-1 align-items-center\"><label class=\"visually-hidden\" for=\"n-")
                            .a(cid)
                            .a("\">")
                            .a(label.get("form.numerator"))
                            .a("</label>");
                    numberInput("n-", cid, "number", s != null ? s.get("number") : v != null ? v.numberText() : "");
                    a("<span>/</span><label class=\"visually-hidden\" for=\"d-")
                            .a(cid)
                            .a("\">")
                            .a(label.get("form.denominator"))
                            .a("</label>");
                    // A ratio's denominator (hamlets, households, computers) rarely changes: an empty value starts
                    // from last period's, said so beside it, and is saved with the numerator.
                    boolean carried =
                            s == null && (v == null || v.empty()) && last != null && last.denominator() != null;
                    numberInput(
                            "d-",
                            cid,
                            "denominator",
                            s != null
                                    ? s.get("denominator")
                                    : carried ? last.denominatorText() : v != null ? v.denominatorText() : "");
                    a("</div>");
                    if (carried) {
                        a("<div class=\"small text-secondary\">")
                                .a(label.get("form.denominatorCarried"))
                                .a("</div>");
                    }
                }
                case "YES_NO" -> {
                    a("<label class=\"visually-hidden\" for=\"y-")
                            .a(cid)
                            .a("\">")
                            .a(name)
                            .a("</label><select class=\"form-select form-select-sm\" id=\"y-")
                            .a(cid)
                            .a("\" name=\"yes\" form=\"v-")
                            .a(cid)
                            .a("\"><option value=\"\">–</option>");
                    boolean yes = s != null ? "true".equals(s.get("yes")) : v != null && Boolean.TRUE.equals(v.yes());
                    boolean no = s != null ? "false".equals(s.get("yes")) : v != null && Boolean.FALSE.equals(v.yes());
                    a("<option value=\"true\"")
                            .a(yes ? " selected" : "")
                            .a(">")
                            .a(label.get("plan.yes"))
                            .a("</option>");
                    a("<option value=\"false\"")
                            .a(no ? " selected" : "")
                            .a(">")
                            .a(label.get("form.no"))
                            .a("</option></select>");
                }
                case "CHOICE" -> {
                    a("<label class=\"visually-hidden\" for=\"ch-")
                            .a(cid)
                            .a("\">")
                            .a(name)
                            .a("</label><select class=\"form-select form-select-sm\" id=\"ch-")
                            .a(cid)
                            .a("\" name=\"choice\" form=\"v-")
                            .a(cid)
                            .a("\"><option value=\"\">–</option>");
                    String chosen = s != null ? s.get("choice") : v != null ? v.choice() : null;
                    if (c.rule() instanceof ScoringRule.Choices choices) {
                        for (ScoringRule.Choices.Choice o : choices.choices()) {
                            a("<option value=\"")
                                    .t(o.key())
                                    .a("\"")
                                    .a(o.key().equals(chosen) ? " selected" : "")
                                    .a(">")
                                    .t(o.key() + ". " + o.label())
                                    .a("</option>");
                        }
                    }
                    a("</select>");
                }
                case "DATE" -> {
                    a("<label class=\"visually-hidden\" for=\"dt-")
                            .a(cid)
                            .a("\">")
                            .a(name)
                            .a("</label><input class=\"form-control form-control-sm value-input\" id=\"dt-")
                            .a(cid)
                            .a("\" name=\"date\" placeholder=\"30/6/2026\" form=\"v-")
                            .a(cid)
                            .a("\" value=\"")
                            .t(s != null ? s.get("date") : v != null && v.date() != null ? DAY.format(v.date()) : "")
                            .a("\">");
                }
                case "TEXT" -> {
                    a("<label class=\"visually-hidden\" for=\"t-")
                            .a(cid)
                            .a("\">")
                            .a(name)
                            .a("</label><textarea class=\"form-control form-control-sm\" id=\"t-")
                            .a(cid)
                            .a("\" name=\"text\" rows=\"2\" maxlength=\"4000\" form=\"v-")
                            .a(cid)
                            .a("\">")
                            .t(s != null ? s.get("text") : v != null ? v.text() : "")
                            .a("</textarea>");
                }
                default -> {
                    a("<label class=\"visually-hidden\" for=\"n-")
                            .a(cid)
                            .a("\">")
                            .a(name)
                            .a("</label><div class=\"input-group input-group-sm\">");
                    out.append("<input class=\"form-control value-input\" id=\"n-")
                            .append(cid)
                            .append("\" name=\"number\" inputmode=\"decimal\" form=\"v-")
                            .append(cid)
                            .append("\" value=\"")
                            .append(text(s != null ? s.get("number") : v != null ? v.numberText() : ""))
                            .append("\">");
                    if (c.unitOfMeasure() != null && !c.unitOfMeasure().isEmpty()) {
                        a("<span class=\"input-group-text\">")
                                .t(c.unitOfMeasure())
                                .a("</span>");
                    }
                    a("</div>");
                }
            }
        }

        private void numberInput(String prefix, long cid, String name, String value) {
            a("<input class=\"form-control form-control-sm value-input\" id=\"")
                    .a(prefix)
                    .a(cid)
                    .a("\" name=\"")
                    .a(name)
                    .a("\" inputmode=\"decimal\" form=\"v-")
                    .a(cid)
                    .a("\" value=\"")
                    .t(value)
                    .a("\">");
        }

        /** The evidence under a row: what it cites and carries, and (while the unit edits) how to add more. */
        private void evidence(FormLine l, boolean library) {
            if (page.evidence() == null) {
                return;
            }
            long cid = l.criterion().id();
            ValueEvidence ev = page.evidence().get(cid);
            if ((ev == null || ev.empty()) && !page.edits()) {
                return;
            }
            a("<tr class=\"evidence-row\"><td></td><td colspan=\"5\" class=\"small\">");
            if (ev != null) {
                a("<ul class=\"list-unstyled mb-1\" id=\"ev-").a(cid).a("\">");
                for (EvidenceDocument d : ev.citations()) {
                    a("<li><span class=\"badge text-bg-light border\">")
                            .a(label.get("evidence.cited"))
                            .a("</span> <span>")
                            .t(d.citation())
                            .a("</span>");
                    if (d.fileId() != null) {
                        a(" <a class=\"btn btn-sm btn-outline-secondary py-0 ms-1\" href=\"")
                                .a(page.contextPath())
                                .a("/evidence/")
                                .a(d.id())
                                .a("/file\">")
                                .a(label.get("evidence.download"))
                                .a("</a>");
                    }
                    if (page.edits()) {
                        a(" <form method=\"post\" class=\"d-inline\" action=\"")
                                .a(formUrl)
                                .a("/evidence\">")
                                .a(csrfInput)
                                .a("<input type=\"hidden\" name=\"criterionId\" value=\"")
                                .a(cid)
                                .a("\"><input type=\"hidden\" name=\"documentId\" value=\"")
                                .a(d.id())
                                .a("\"><input type=\"hidden\" name=\"remove\" value=\"true\">")
                                .a("<button class=\"btn btn-sm btn-outline-danger py-0 ms-1\" aria-label=\"")
                                .a(label.get("evidence.uncite"))
                                .a(" ")
                                .t(d.citation())
                                .a("\">")
                                .a(label.get("evidence.uncite"))
                                .a("</button></form>");
                    }
                    a("</li>");
                }
                for (ValueEvidence.ValueFile x : ev.files()) {
                    a("<li><span class=\"badge text-bg-light border\">")
                            .a(label.get("evidence.file"))
                            .a("</span> <a href=\"")
                            .a(formUrl)
                            .a("/files/")
                            .a(x.id())
                            .a("\">")
                            .t(x.name())
                            .a("</a></li>");
                }
                a("</ul>");
            }
            if (page.edits()) {
                a("<div class=\"d-flex flex-wrap gap-3\">");
                if (library) {
                    // The picker starts empty and searches the library as the user types (number, date, summary,
                    // diacritics ignored); without script, a list to choose from that preselects nothing.
                    a("<div class=\"cite-picker\"><label class=\"form-label small mb-0\" for=\"q-")
                            .a(cid)
                            .a("\">")
                            .a(label.get("evidence.search"))
                            .a("</label><input type=\"search\" class=\"form-control form-control-sm\" id=\"q-")
                            .a(cid)
                            .a("\" name=\"q\" autocomplete=\"off\" placeholder=\"")
                            .a(label.get("evidence.searchHelp"))
                            .a("\" hx-get=\"")
                            .a(formUrl)
                            .a("/library?criterionId=")
                            .a(cid)
                            .a("\" hx-trigger=\"input changed delay:200ms, search\" hx-target=\"#pick-")
                            .a(cid)
                            .a("\" hx-sync=\"this:replace\"><div id=\"pick-")
                            .a(cid)
                            .a("\" class=\"cite-results\" aria-live=\"polite\"></div>")
                            // Without script: the same search as a plain form, answered by the list of matches
                            // (not the whole library in every row: a form has a hundred rows).
                            .a("<noscript><form method=\"get\" class=\"d-flex gap-1 mt-1\" action=\"")
                            .a(formUrl)
                            .a("/library\"><input type=\"hidden\" name=\"criterionId\" value=\"")
                            .a(cid)
                            .a("\"><input class=\"form-control form-control-sm\" name=\"q\" aria-label=\"")
                            .a(label.get("evidence.search"))
                            .a("\"><button class=\"btn btn-sm btn-outline-secondary\">")
                            .a(label.get("evidence.find"))
                            .a("</button></form></noscript></div>");
                }
                a("<form method=\"post\" enctype=\"multipart/form-data\" class=\"d-flex gap-1\" action=\"")
                        .a(formUrl)
                        .a("/files\">")
                        .a(csrfInput)
                        .a("<input type=\"hidden\" name=\"criterionId\" value=\"")
                        .a(cid)
                        .a("\"><label class=\"visually-hidden\" for=\"file-")
                        .a(cid)
                        .a("\">")
                        .a(label.get("evidence.attach"))
                        .a(
                                "</label><input type=\"file\" name=\"file\" class=\"form-control form-control-sm\" id=\"file-")
                        .a(cid)
                        .a("\" required accept=\".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.pptx\">")
                        .a("<button class=\"btn btn-sm btn-outline-secondary\">")
                        .a(label.get("evidence.attach"))
                        .a("</button></form></div>");
            }
            a("</td></tr>\n");
        }
    }
}
