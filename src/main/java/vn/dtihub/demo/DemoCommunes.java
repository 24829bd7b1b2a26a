package vn.dtihub.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.FrameworkStatus;
import vn.dtihub.frameworks.FrameworkSummary;
import vn.dtihub.frameworks.Frameworks;
import vn.dtihub.reporting.DocumentInput;
import vn.dtihub.reporting.EvidenceDocument;
import vn.dtihub.reporting.FormSummary;
import vn.dtihub.reporting.PeriodInput;
import vn.dtihub.reporting.PeriodKind;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.reporting.Reporting;
import vn.dtihub.reporting.ValueInput;
import vn.dtihub.scoring.Scoring;
import vn.dtihub.shared.SystemPrincipal;
import vn.dtihub.units.Structure;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/**
 * Demo data the size of a real province, on the embedded database only: every commune and ward of Thanh Hóa (current
 * structure) reports on the sample commune framework for two quarters. Last quarter is approved, scored and published
 * (ranking, map, scorecards, open data); the current quarter is open, its deadline two days past, with the mix a
 * standing office sees on such a day: approved, under review, submitted, returned with comments, drafts at every fill
 * level and forms not started. Each commune's library holds the documents it cites. Values come from a fixed seed,
 * so every first start builds the same demo; each period's title says it is demo data.
 */
@Component
class DemoCommunes {

    private static final Logger log = LoggerFactory.getLogger(DemoCommunes.class);

    /** The seed of every figure of the demo. */
    static final long SEED = 38_2026L;

    /** Phường Hải Bình, whose demo accounts take the reporter's and the approver's journeys. */
    static final String HAI_BINH = "16645";

    static final String MARK = "(dữ liệu minh họa)";

    private final Reporting reporting;
    private final Frameworks frameworks;
    private final Scoring scoring;
    private final Units units;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    DemoCommunes(
            Reporting reporting,
            Frameworks frameworks,
            Scoring scoring,
            Units units,
            org.springframework.transaction.support.TransactionTemplate transactions) {
        this.transactions = transactions;
        this.reporting = reporting;
        this.frameworks = frameworks;
        this.scoring = scoring;
        this.units = units;
    }

    /** What one commune did in the current quarter. */
    enum Stage {
        NOT_STARTED,
        DRAFT,
        RETURNED,
        SUBMITTED,
        UNDER_REVIEW,
        APPROVED
    }

    /** What both quarters are built from: the office, the communes, their levels and libraries, the two periods. */
    private record Setup(
            SystemPrincipal office,
            List<UnitView> communes,
            Map<String, UnitView> byPath,
            Map<String, Double> level,
            Map<String, List<EvidenceDocument>> libraries,
            List<Criterion> asked,
            PeriodSummary last,
            PeriodSummary current) {}

    /**
     * Builds the two quarters. The libraries and both periods come first, in one transaction (the last quarter opened
     * first, as a real office would); then the quarters are filled side by side, each in its own transaction: the work
     * waits on the database, which has a core of its own to give. Each commune's figures come from its own seed, so
     * the result is the same whatever thread builds it.
     */
    public void seed() {
        Setup setup = transactions.execute(status -> setup());
        if (setup == null) {
            return;
        }
        java.util.concurrent.ExecutorService quarters = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var last = quarters.submit(() -> transactions.executeWithoutResult(status -> lastQuarter(setup)));
            var current = quarters.submit(() -> transactions.execute(status -> currentQuarter(setup)));
            last.get();
            int[] counts = current.get();
            log.info(
                    "Created the demo quarters of Thanh Hóa's {} communes: {} published; {} open, {} approved, {} not"
                            + " in (dữ liệu minh họa)",
                    setup.communes().size(),
                    setup.last().title(),
                    setup.current().title(),
                    counts[0],
                    counts[1]);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(
                    "The demo province could not be built; delete the data folder to build it again", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while building the demo province", e);
        } finally {
            quarters.shutdown();
        }
    }

    private Setup setup() {
        UnitView province = units.get(Structure.CURRENT, "38");
        SystemPrincipal office = SystemPrincipal.office(province.path()).as("thanhhoa.cds");
        if (reporting.list(office).stream().anyMatch(p -> p.scopePath().equals(province.path()))) {
            return null;
        }
        FrameworkSummary framework = frameworks.list(office).stream()
                .filter(f -> f.status() == FrameworkStatus.PUBLISHED
                        && f.name().startsWith("Bộ chỉ số chuyển đổi số cấp xã"))
                .findFirst()
                .orElse(null);
        if (framework == null) {
            return null;
        }
        List<UnitView> communes = units.children(Structure.CURRENT, province.code());
        LocalDate today = reporting.today();
        int year = today.getYear();
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        int lastYear = quarter == 1 ? year - 1 : year;
        int lastQuarter = quarter == 1 ? 4 : quarter - 1;

        Random random = new Random(SEED);
        Map<String, Double> level = new LinkedHashMap<>();
        for (UnitView c : communes) {
            level.put(c.code(), 0.25 + 0.7 * random.nextDouble());
        }
        Map<String, List<EvidenceDocument>> libraries = new LinkedHashMap<>();
        for (UnitView c : communes) {
            libraries.put(
                    c.code(), library(commune(c, reporter(c)), c, year, c.code().equals(HAI_BINH)));
        }
        // Last quarter: reported on time (the deadline of the demo's day), approved, scored and published.
        PeriodSummary last = reporting.open(
                office,
                new PeriodInput(
                        framework.id(),
                        PeriodKind.QUARTER,
                        lastYear,
                        lastQuarter,
                        "Quý " + roman(lastQuarter) + "/" + lastYear + " – chỉ số chuyển đổi số cấp xã tỉnh Thanh Hóa "
                                + MARK,
                        null,
                        null,
                        today,
                        today,
                        today,
                        null,
                        null));
        // This quarter: the deadline for communes was two days ago; the province consolidates next week.
        PeriodSummary current = reporting.open(
                office,
                new PeriodInput(
                        framework.id(),
                        PeriodKind.QUARTER,
                        year,
                        quarter,
                        "Quý " + roman(quarter) + "/" + year + " – chỉ số chuyển đổi số cấp xã tỉnh Thanh Hóa " + MARK,
                        null,
                        null,
                        today.minusDays(2),
                        today.plusDays(3),
                        today.plusDays(7),
                        null,
                        null));
        Map<String, UnitView> byPath = new LinkedHashMap<>();
        communes.forEach(c -> byPath.put(c.path(), c));
        List<Criterion> asked = reporting.criteriaAsked(
                office, reporting.completeness(office, last.id(), null, null).get(0));
        return new Setup(office, communes, byPath, level, libraries, asked, last, current);
    }

    private void lastQuarter(Setup s) {
        for (FormSummary f : reporting.completeness(s.office(), s.last().id(), null, null)) {
            UnitView c = s.byPath().get(f.assigneePath());
            if (c == null) {
                continue;
            }
            Random r = random(1, c);
            fill(
                    commune(c, reporter(c)),
                    f,
                    s.asked(),
                    s.level().get(c.code()),
                    r,
                    1.0,
                    s.libraries().get(c.code()));
            // Approved straight from submitted, as an office does with a form it has nothing to ask about.
            FormSummary signed = reporting.submit(commune(c, approver(c)), f.id(), f.version(), null);
            reporting.approve(s.office(), f.id(), signed.version());
        }
        scoring.recompute(s.office(), s.last().id());
        scoring.publish(s.office(), s.last().id());
    }

    /** The current quarter's stages; the number approved and the number not in. */
    private int[] currentQuarter(Setup q) {
        SystemPrincipal office = q.office();
        List<Criterion> asked = q.asked();
        int approved = 0;
        int late = 0;
        for (FormSummary f : reporting.completeness(office, q.current().id(), null, null)) {
            UnitView c = q.byPath().get(f.assigneePath());
            if (c == null) {
                continue;
            }
            Random r = random(2, c);
            Stage stage = c.code().equals(HAI_BINH) ? Stage.DRAFT : stage(r.nextDouble());
            double improved = Math.min(0.98, q.level().get(c.code()) + 0.08 * r.nextDouble());
            double share = switch (stage) {
                case NOT_STARTED -> 0;
                case DRAFT -> c.code().equals(HAI_BINH) ? 0.4 : 0.15 + 0.75 * r.nextDouble();
                default -> 1.0;
            };
            List<EvidenceDocument> docs = q.libraries().get(c.code());
            if (share > 0) {
                fill(
                        commune(c, reporter(c)),
                        f,
                        asked,
                        improved,
                        r,
                        share,
                        c.code().equals(HAI_BINH) ? List.of() : docs);
            }
            switch (stage) {
                case NOT_STARTED, DRAFT -> late++;
                case SUBMITTED -> reporting.submit(commune(c, approver(c)), f.id(), f.version(), null);
                case UNDER_REVIEW -> {
                    FormSummary s = reporting.submit(commune(c, approver(c)), f.id(), f.version(), null);
                    reporting.startReview(office, f.id(), s.version());
                }
                case RETURNED -> {
                    FormSummary s = reporting.submit(commune(c, approver(c)), f.id(), f.version(), null);
                    Map<Long, String> comments = new LinkedHashMap<>();
                    for (Criterion k : asked) {
                        if (k.code().equals("HT.2")) {
                            comments.put(
                                    k.id(),
                                    "Số hộ có cáp quang cao hơn số liệu của doanh nghiệp viễn thông; đề nghị kiểm tra lại.");
                        } else if (k.code().equals("CQS.2")) {
                            comments.put(
                                    k.id(),
                                    "Đề nghị trích xuất số liệu từ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh.");
                        }
                    }
                    reporting.sendBack(
                            office,
                            f.id(),
                            s.version(),
                            "Đề nghị rà soát hai chỉ tiêu có ghi chú và gửi lại trước khi tỉnh tổng hợp.",
                            comments);
                }
                case APPROVED -> {
                    FormSummary s = reporting.submit(commune(c, approver(c)), f.id(), f.version(), null);
                    FormSummary u = reporting.startReview(office, f.id(), s.version());
                    reporting.approve(office, f.id(), u.version());
                    approved++;
                }
            }
        }
        if (approved > 0) {
            scoring.recompute(office, q.current().id());
        }
        return new int[] {approved, late};
    }

    /**
     * The random numbers of one commune in one quarter, from the demo's seed. The seed is spread (golden-ratio
     * multiplication) before it reaches {@link Random}: the first draws of Randoms seeded with neighbouring numbers
     * are nearly equal, which put every commune in the same stage.
     */
    static Random random(int quarter, UnitView commune) {
        return new Random(SEED ^ (commune.id() * 0x9E3779B97F4A7C15L + quarter * 0xBF58476D1CE4E5B9L));
    }

    /** The current quarter's mix: a sixth not started, a third in draft, the rest on their way or approved. */
    static Stage stage(double x) {
        if (x < 0.17) {
            return Stage.NOT_STARTED;
        }
        if (x < 0.50) {
            return Stage.DRAFT;
        }
        if (x < 0.58) {
            return Stage.RETURNED;
        }
        if (x < 0.70) {
            return Stage.SUBMITTED;
        }
        if (x < 0.80) {
            return Stage.UNDER_REVIEW;
        }
        return Stage.APPROVED;
    }

    /** The first {@code share} of the criteria asked, with values of a commune at {@code level}, citing its library. */
    private void fill(
            SystemPrincipal who,
            FormSummary form,
            List<Criterion> asked,
            double level,
            Random r,
            double share,
            List<EvidenceDocument> library) {
        int n = (int) Math.round(asked.size() * share);
        List<Criterion> filled = asked.subList(0, Math.min(n, asked.size()));
        Map<Long, ValueInput> values = new LinkedHashMap<>();
        for (Criterion c : filled) {
            values.put(c.id(), value(c, level, r));
        }
        reporting.enter(who, form.id(), values);
        Map<Long, Long> citations = new LinkedHashMap<>();
        for (Criterion c : filled) {
            EvidenceDocument cited = cites(c, library);
            if (cited != null) {
                citations.put(c.id(), cited.id());
            }
        }
        if (!citations.isEmpty()) {
            reporting.citeAll(who, form.id(), citations);
        }
    }

    /** The library document a criterion cites: the steering committee's decision, the year's plan, the directives. */
    private static EvidenceDocument cites(Criterion c, List<EvidenceDocument> library) {
        if (library.isEmpty()) {
            return null;
        }
        return switch (c.code()) {
            case "NT.1" -> library.get(0);
            case "TC.1" -> library.get(1);
            case "TC.2" -> library.get(2);
            default -> null;
        };
    }

    /** A plausible value for a commune at a level between 0 (nothing done) and 1 (everything done). */
    static ValueInput value(Criterion c, double level, Random r) {
        double x = Math.max(0, Math.min(1, level + (r.nextDouble() - 0.5) * 0.2));
        String why = "Dữ liệu minh họa";
        return switch (c.valueType() == null ? "COUNT" : c.valueType().name()) {
            case "YES_NO" -> new ValueInput(null, null, x > 0.35 ? "true" : "false", null, null, null, why);
            case "CHOICE" ->
                new ValueInput(
                        null, null, null, x > 0.55 ? "CHU_TICH" : x > 0.3 ? "PHO_CHU_TICH" : "KHONG", null, null, why);
            case "RATIO" -> {
                int of = denominator(c.code(), r);
                yield new ValueInput(
                        String.valueOf(Math.round(of * x)), String.valueOf(of), null, null, null, null, why);
            }
            default ->
                new ValueInput(String.valueOf(Math.round(x * count(c.code()))), null, null, null, null, null, why);
        };
    }

    /** The size of what a ratio counts in a commune: hamlets, households, computers, files, businesses, people. */
    private static int denominator(String code, Random r) {
        return switch (code) {
            case "HT.1", "NL.1" -> 8 + r.nextInt(18);
            case "HT.2" -> 1_500 + r.nextInt(4_500);
            case "NL.2" -> 18 + r.nextInt(12);
            case "AT.1" -> 20 + r.nextInt(25);
            case "CQS.1" -> 300 + r.nextInt(700);
            case "CQS.2", "CQS.4" -> 200 + r.nextInt(1_300);
            case "KTS.1", "KTS.2" -> 80 + r.nextInt(320);
            default -> 4_000 + r.nextInt(11_000);
        };
    }

    /** The most a commune reports of a count in a quarter: articles, directives, online meetings. */
    private static int count(String code) {
        return switch (code) {
            case "NT.2" -> 12;
            case "TC.2" -> 6;
            case "CQS.3" -> 6;
            case "KTS.3" -> 14;
            default -> 10;
        };
    }

    /**
     * A commune's evidence library: its steering committee's decision, its plan for the year and a directive; Hải
     * Bình's holds two more, for its reporter to cite.
     */
    private List<EvidenceDocument> library(SystemPrincipal who, UnitView c, int year, boolean more) {
        List<EvidenceDocument> out = new ArrayList<>();
        int n = (int) (c.id() % 90) + 10;
        out.add(reporting.addDocument(
                who,
                new DocumentInput(
                        "DECISION",
                        n + "/QĐ-UBND",
                        LocalDate.of(year - 1, 3, 1 + (int) (c.id() % 27)),
                        "UBND " + c.name(),
                        "Thành lập Ban Chỉ đạo chuyển đổi số " + c.name() + " " + MARK)));
        out.add(reporting.addDocument(
                who,
                new DocumentInput(
                        "PLAN",
                        (n + 3) + "/KH-UBND",
                        LocalDate.of(year, 1, 5 + (int) (c.id() % 20)),
                        "UBND " + c.name(),
                        "Kế hoạch chuyển đổi số năm " + year + " " + MARK)));
        out.add(reporting.addDocument(
                who,
                new DocumentInput(
                        "OTHER",
                        (n + 7) + "/CV-UBND",
                        LocalDate.of(year, 2, 1 + (int) (c.id() % 25)),
                        "UBND " + c.name(),
                        "Đôn đốc thực hiện nhiệm vụ chuyển đổi số " + MARK)));
        if (more) {
            out.add(reporting.addDocument(
                    who,
                    new DocumentInput(
                            "REPORT",
                            (n + 12) + "/BC-UBND",
                            LocalDate.of(year, 9, 28),
                            "UBND " + c.name(),
                            "Báo cáo kết quả chuyển đổi số 9 tháng năm " + year + " " + MARK)));
            out.add(reporting.addDocument(
                    who,
                    new DocumentInput(
                            "MINUTES",
                            (n + 15) + "/BB-BCĐ",
                            LocalDate.of(year, 10, 12),
                            "Ban Chỉ đạo chuyển đổi số " + c.name(),
                            "Biên bản họp Ban Chỉ đạo chuyển đổi số quý " + roman((10 - 1) / 3 + 1) + " " + MARK)));
        }
        return out;
    }

    private static SystemPrincipal commune(UnitView c, String name) {
        return SystemPrincipal.office(c.path()).as(name);
    }

    private static String reporter(UnitView c) {
        return c.code().equals(HAI_BINH) ? "haibinh.baocao" : "demo.baocao." + c.code();
    }

    private static String approver(UnitView c) {
        return c.code().equals(HAI_BINH) ? "haibinh.pheduyet" : "demo.pheduyet." + c.code();
    }

    private static String roman(int quarter) {
        return List.of("I", "II", "III", "IV").get(quarter - 1);
    }
}
