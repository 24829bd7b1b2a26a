package vn.dtihub.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.FrameworkView;
import vn.dtihub.frameworks.MissingPolicy;
import vn.dtihub.frameworks.ScoringRule;
import vn.dtihub.frameworks.TestCriteria;
import vn.dtihub.frameworks.ValueType;
import vn.dtihub.scoring.domain.ScoringEngine.UnitInput;
import vn.dtihub.scoring.domain.ScoringEngine.UnitScore;
import vn.dtihub.scoring.domain.ScoringEngine.Value;

/** The engine on worked examples: the official DTI formulas, ranks with ties, missing data, peers, bad input. */
class ScoringEngineTest {

    private static long ids = 1;

    private static Criterion criterion(
            long id, Long parent, String code, String max, ValueType type, ScoringRule rule, MissingPolicy missing) {
        return TestCriteria.of(id, parent, code, "Chỉ tiêu " + code, max, type, rule, missing);
    }

    private static FrameworkView view(String code, boolean overall, Map<Criterion, String> weights) {
        List<FrameworkView.Item> items = new ArrayList<>();
        weights.forEach((c, w) -> items.add(new FrameworkView.Item(c.id(), c.code(), new BigDecimal(w))));
        return new FrameworkView(ids++, code, code, overall, 0, items);
    }

    private static Value number(String n) {
        return Value.of(ScoringRule.RuleInput.of(new BigDecimal(n)));
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    // --- Decision 922/QĐ-BTTTT: 9 main indices, each published 0–1; pillars and the overall index as views.

    private static final ScoringRule ZERO_TO_ONE = new ScoringRule.PercentOfTarget(BigDecimal.ONE);
    private static final Criterion I = criterion(100, null, "I", "500", null, null, MissingPolicy.ZERO);
    private static final Criterion II = criterion(200, null, "II", "500", null, null, MissingPolicy.ZERO);
    private static final Criterion NT = main(1, I, "100");
    private static final Criterion TC = main(2, I, "100");
    private static final Criterion HT = main(3, I, "100");
    private static final Criterion NL = main(4, I, "100");
    private static final Criterion ATTT = main(5, I, "100");
    private static final Criterion DTTM = new Criterion(
            6,
            1,
            100L,
            "6",
            "Đô thị thông minh",
            null,
            6,
            null,
            null,
            BigDecimal.ZERO,
            false,
            null,
            false,
            null,
            null,
            null,
            MissingPolicy.ZERO,
            null,
            0,
            null);
    private static final Criterion HD_CQS = main(7, II, "200");
    private static final Criterion HD_KTS = main(8, II, "150");
    private static final Criterion HD_XHS = main(9, II, "150");

    private static Criterion main(long id, Criterion parent, String max) {
        return criterion(id, parent.id(), String.valueOf(id), max, ValueType.PERCENT, ZERO_TO_ONE, MissingPolicy.ZERO);
    }

    private static ScoringModel dti922() {
        List<Criterion> criteria = List.of(I, NT, TC, HT, NL, ATTT, DTTM, II, HD_CQS, HD_KTS, HD_XHS);
        Map<Criterion, String> foundation = new java.util.LinkedHashMap<>();
        for (Criterion c : List.of(NT, TC, HT, NL, ATTT, DTTM)) {
            foundation.put(c, "1");
        }
        Map<Criterion, String> all = new java.util.LinkedHashMap<>(foundation);
        all.put(HD_CQS, "1");
        all.put(HD_KTS, "1");
        all.put(HD_XHS, "1");
        Map<Criterion, String> cqs = new java.util.LinkedHashMap<>(foundation);
        cqs.put(HD_CQS, "1");
        Map<Criterion, String> kts = new java.util.LinkedHashMap<>(foundation);
        kts.put(HD_KTS, "1");
        Map<Criterion, String> xhs = new java.util.LinkedHashMap<>(foundation);
        xhs.put(HD_XHS, "1");
        return ScoringModel.of(
                criteria,
                List.of(
                        view("DTI", true, all),
                        view("CQS", false, cqs),
                        view("KTS", false, kts),
                        view("XHS", false, xhs)));
    }

    private static UnitInput province(String name, String... indices) {
        Map<Long, Value> values = new HashMap<>();
        List<Criterion> mains = List.of(NT, TC, HT, NL, ATTT, HD_CQS, HD_KTS, HD_XHS);
        for (int i = 0; i < mains.size(); i++) {
            values.put(mains.get(i).id(), number(indices[i]));
        }
        return new UnitInput(name, null, values);
    }

    /** The published formulas, on the 0–1 indices, computed apart from the engine. */
    private static BigDecimal formula(int activityWeight, String activity, int max, String... foundation) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String f : foundation) {
            sum = sum.add(d(f));
        }
        return d("100").multiply(sum)
                .add(BigDecimal.valueOf(activityWeight).multiply(d(activity)))
                .divide(BigDecimal.valueOf(max), vn.dtihub.shared.Figures.PRECISION);
    }

    @Test
    void competitionRanksShareATieAndSkipTheNextAndLeaveTheMissingUnranked() {
        assertThat(ScoringEngine.competitionRanks(
                        java.util.Arrays.asList(
                                new java.math.BigDecimal("0.5"),
                                null,
                                new java.math.BigDecimal("0.9"),
                                new java.math.BigDecimal("0.500000"),
                                new java.math.BigDecimal("0.1")),
                        vn.dtihub.frameworks.RankTies.UNROUNDED))
                .containsExactly(2, null, 1, 2, 4);
    }

    @Test
    void reproducesTheOfficialProvincialDtiFromItsNineMainIndices() {
        // NT, TC, HT, NL, ATTT, then the activities of digital government, economy and society.
        String[] v = {"0.5", "0.6", "0.7", "0.4", "0.9", "0.55", "0.3", "0.45"};
        UnitScore s =
                ScoringEngine.score(dti922(), List.of(province("Tỉnh A", v))).get(0);
        String[] f = {v[0], v[1], v[2], v[3], v[4]};

        // CQS = (100 × (NT+TC+HT+NL+ATTT) + 200 × HĐ_CQS) / 700 = (310 + 110) / 700 = 0,6
        assertThat(s.view("CQS").index())
                .isEqualByComparingTo(formula(200, v[5], 700, f))
                .isEqualByComparingTo("0.6");
        // KTS = (310 + 150 × 0,3) / 650; XHS = (310 + 150 × 0,45) / 650
        assertThat(s.view("KTS").index()).isEqualByComparingTo(formula(150, v[6], 650, f));
        assertThat(s.view("XHS").index()).isEqualByComparingTo(formula(150, v[7], 650, f));
        // DTI = (310 + 110 + 45 + 67,5) / 1000 = 0,5325: the foundations once, not three times.
        assertThat(s.overall().index()).isEqualByComparingTo("0.5325");
        assertThat(s.overall().points()).isEqualByComparingTo("532.5");
        assertThat(s.overall().max()).isEqualByComparingTo("1000");
        // The tree's totals: group I is the five foundations' points (smart city is worth nothing in 922).
        assertThat(s.criterion("I").points()).isEqualByComparingTo("310");
        assertThat(s.criterion("7").points()).isEqualByComparingTo("110");
        assertThat(s.criterion("6").basis()).isEqualTo(ScoringEngine.Basis.UNSCORED);
    }

    @Test
    void tiesShareARankAndTheNextRankIsSkipped() {
        List<UnitScore> scores = ScoringEngine.score(
                dti922(),
                List.of(
                        province("A", "0.8", "0.8", "0.8", "0.8", "0.8", "0.8", "0.8", "0.8"),
                        province("B", "0.7", "0.7", "0.7", "0.7", "0.7", "0.7", "0.7", "0.7"),
                        province("C", "0.7", "0.7", "0.7", "0.7", "0.7", "0.7", "0.7", "0.7"),
                        province("D", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5")));

        assertThat(scores).extracting(s -> s.overall().rank()).containsExactly(1, 2, 2, 4);
        assertThat(scores).extracting(s -> s.overall().peers()).containsOnly(4);
        // Per pillar too: D is last in digital economy even if it led elsewhere.
        assertThat(scores).extracting(s -> s.view("KTS").rank()).containsExactly(1, 2, 2, 4);
    }

    // --- A small commune framework: missing data, peers, reviewer points, steps.

    private static final Criterion ROOT = criterion(10, null, "X", "40", null, null, MissingPolicy.ZERO);
    private static final Criterion PORTAL =
            criterion(11, 10L, "X.1", "10", ValueType.YES_NO, new ScoringRule.YesNo(), MissingPolicy.ZERO);
    private static final Criterion ONLINE =
            criterion(12, 10L, "X.2", "10", ValueType.RATIO, new ScoringRule.Ratio(), MissingPolicy.EXCLUDE);
    private static final Criterion USERS = criterion(
            13, 10L, "X.3", "10", ValueType.NUMBER, new ScoringRule.RelativeToPeers(true), MissingPolicy.FLAG);
    private static final Criterion QUALITY = criterion(
            14, 10L, "X.4", "10", ValueType.NUMBER, new ScoringRule.Reviewer(d("0"), d("10")), MissingPolicy.ZERO);

    private static ScoringModel commune() {
        Map<Criterion, String> all = Map.of(ROOT, "1");
        return ScoringModel.of(List.of(ROOT, PORTAL, ONLINE, USERS, QUALITY), List.of(view("T", true, all)));
    }

    private static UnitInput unit(
            String name, String group, Boolean portal, String a, String b, String users, String q) {
        Map<Long, Value> values = new HashMap<>();
        if (portal != null) {
            values.put(PORTAL.id(), Value.of(ScoringRule.RuleInput.yesNo(portal)));
        }
        if (a != null) {
            values.put(ONLINE.id(), Value.of(ScoringRule.RuleInput.ratio(d(a), d(b))));
        }
        if (users != null) {
            values.put(USERS.id(), number(users));
        }
        if (q != null) {
            values.put(QUALITY.id(), Value.reviewer(d(q)));
        }
        return new UnitInput(name, group, values);
    }

    @Test
    void missingDataCountsAsZeroLeavesTheMaximumOrFlagsTheUnitAsItsCriterionSays() {
        List<UnitScore> s = ScoringEngine.score(
                commune(),
                List.of(
                        unit("đủ", null, true, "45", "50", "100", "8"),
                        unit("thiếu tỷ lệ", null, true, null, null, "200", "8"),
                        unit("thiếu cổng", null, null, "45", "50", "300", "8"),
                        unit("thiếu người dùng", null, true, "45", "50", null, "8")));

        // 10 + 9 + (100 − 100)/(300 − 100) × 10 + 8 = 27 of 40.
        assertThat(s.get(0).overall().points()).isEqualByComparingTo("27");
        assertThat(s.get(0).overall().max()).isEqualByComparingTo("40");
        // The ratio is left out of this unit's maximum: 10 + 5 + 8 = 23 of 30, not of 40.
        assertThat(s.get(1).criterion("X.2").basis()).isEqualTo(ScoringEngine.Basis.EXCLUDED);
        assertThat(s.get(1).overall().max()).isEqualByComparingTo("30");
        assertThat(s.get(1).overall().index())
                .isEqualByComparingTo(
                        new BigDecimal("23").divide(new BigDecimal("30"), vn.dtihub.shared.Figures.PRECISION));
        assertThat(vn.dtihub.shared.Figures.indexText(s.get(1).overall().index()))
                .isEqualTo("0,7667");
        // The portal missing counts as zero: 0 + 9 + 10 + 8 of 40.
        assertThat(s.get(2).criterion("X.1").basis()).isEqualTo(ScoringEngine.Basis.MISSING_ZERO);
        assertThat(s.get(2).overall().points()).isEqualByComparingTo("27");
        // Users missing flags the unit: scored, but not ranked, and the others rank without it.
        assertThat(s.get(3).enoughData()).isFalse();
        assertThat(s.get(3).flaggedMissing()).containsExactly("X.3");
        assertThat(s.get(3).overall().rank()).isNull();
        assertThat(s).extracting(u -> u.overall().rank()).containsExactly(2, 1, 2, null);
        assertThat(s.get(0).overall().peers()).isEqualTo(3);
    }

    @Test
    void peersAreRankedAndScaledWithinTheirOwnGroup() {
        List<UnitScore> s = ScoringEngine.score(
                commune(),
                List.of(
                        unit("phường 1", "PHUONG", true, "50", "50", "1000", "10"),
                        unit("phường 2", "PHUONG", true, "25", "50", "3000", "10"),
                        unit("xã 1", "XA", true, "25", "50", "100", "5"),
                        unit("xã 2", "XA", true, "25", "50", "300", "5")));

        // Users scaled among wards (1 000 – 3 000) and among rural communes (100 – 300) apart.
        assertThat(s.get(1).criterion("X.3").points()).isEqualByComparingTo("10");
        assertThat(s.get(3).criterion("X.3").points()).isEqualByComparingTo("10");
        assertThat(s.get(2).criterion("X.3").points()).isEqualByComparingTo("0");
        assertThat(s).extracting(u -> u.overall().rank()).containsExactly(2, 1, 2, 1);
        assertThat(s).extracting(u -> u.overall().peers()).containsExactly(2, 2, 2, 2);
    }

    @Test
    void badInputIsRefusedNamingTheCriterionAndTheUnit() {
        Criterion badTarget = criterion(
                21,
                null,
                "Y.1",
                "10",
                ValueType.PERCENT,
                new ScoringRule.PercentOfTarget(BigDecimal.ZERO),
                MissingPolicy.ZERO);
        assertThatThrownBy(() -> ScoringModel.of(List.of(badTarget), List.of()))
                .isInstanceOf(ScoringInputException.class)
                .hasMessageContaining("Y.1")
                .hasMessageContaining("target");

        Criterion deleted = criterion(99, null, "Z.9", "10", ValueType.YES_NO, new ScoringRule.YesNo(), null);
        assertThatThrownBy(() -> ScoringModel.of(
                        List.of(ROOT, PORTAL), List.of(view("T", true, Map.of(ROOT, "1", deleted, "1")))))
                .isInstanceOf(ScoringInputException.class)
                .hasMessageContaining("T")
                .hasMessageContaining("Z.9")
                .hasMessageContaining("not in the framework");

        Map<Long, Value> wrong = Map.of(ONLINE.id(), number("45"));
        assertThatThrownBy(() -> ScoringEngine.score(commune(), List.of(new UnitInput("xã Hải Bình", null, wrong))))
                .isInstanceOf(ScoringInputException.class)
                .satisfies(e -> {
                    ScoringInputException x = (ScoringInputException) e;
                    assertThat(x.criterion()).isEqualTo("X.2");
                    assertThat(x.unit()).isEqualTo("xã Hải Bình");
                })
                .hasMessageContaining("a numerator and a denominator");

        assertThatThrownBy(() -> ScoringEngine.score(commune(), List.of(unit("xã", null, true, "1", "2", "3", "11"))))
                .hasMessageContaining("X.4")
                .hasMessageContaining("outside");
    }
}
