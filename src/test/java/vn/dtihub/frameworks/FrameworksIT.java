package vn.dtihub.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dtihub.frameworks.domain.Comparison;
import vn.dtihub.frameworks.domain.CriterionInput;
import vn.dtihub.frameworks.domain.FrameworkHeader;
import vn.dtihub.shared.ConflictException;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.Scope;
import vn.dtihub.shared.TestPrincipal;

class FrameworksIT extends IntegrationTest {

    static final TestPrincipal THANH_HOA_OFFICE = new TestPrincipal(
            1,
            "thanhhoa.test",
            new Scope(false, List.of("current/38/", "pre2025/38/"), true, null),
            true,
            true,
            "current/38/");
    static final TestPrincipal QUANG_NGAI_OFFICE = new TestPrincipal(
            2, "quangngai.test", new Scope(false, List.of("current/51/"), true, null), true, true, "current/51/");
    static final TestPrincipal NGHI_SON_OFFICE = new TestPrincipal(
            3, "nghison.test", new Scope(false, List.of("pre2025/38/407/"), true, null), true, true, "pre2025/38/407/");

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    Frameworks frameworks;

    @Autowired
    vn.dtihub.frameworks.domain.Drafts drafts;

    @Autowired
    vn.dtihub.frameworks.domain.Comparisons comparisons;

    @Autowired
    vn.dtihub.frameworks.domain.Criteria criteria;

    @Autowired
    Assignments assignments;

    @Autowired
    JdbcClient jdbc;

    private FrameworkSummary sample(String startsWith) {
        return frameworks.list(THANH_HOA_OFFICE).stream()
                .filter(f -> f.sample() && f.name().startsWith(startsWith))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theReferenceFrameworksAreShippedAsPublishedSamples() {
        FrameworkDetail dti = frameworks.detail(
                QUANG_NGAI_OFFICE, sample("Bộ chỉ số DTI cấp tỉnh").id());
        assertThat(dti.framework().status()).isEqualTo(FrameworkStatus.PUBLISHED);
        assertThat(dti.totalPoints()).isEqualByComparingTo("1000");
        assertThat(dti.problems()).isEmpty();
        assertThat(dti.views()).extracting(FrameworkView::code).containsExactly("DTI", "CQS", "KTS", "XHS");
        FrameworkView cqs = dti.views().get(1);
        assertThat(cqs.items())
                .extracting(FrameworkView.Item::criterionCode)
                .containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(dti.node("6").orElseThrow().criterion().scored()).isFalse();

        FrameworkDetail district = frameworks.detail(
                NGHI_SON_OFFICE, sample("Bộ chỉ số chuyển đổi số cấp huyện").id());
        assertThat(district.problems()).isEmpty();
        assertThat(district.totalPoints()).isEqualByComparingTo("1000");
        for (String code : List.of(
                "I.1.1",
                "I.2.3",
                "I.2.4",
                "I.4.4.1",
                "I.4.4.4",
                "I.6.3",
                "II.1.2",
                "II.2.2",
                "II.3.3",
                "II.5.1",
                "II.5.7",
                "III.1.2.3",
                "III.2.2.1",
                "III.3.2",
                "III.5.1.2",
                "III.5.3",
                "III.7.1.3",
                "III.7.2")) {
            assertThat(district.node(code)).as(code).isPresent();
        }
        assertThat(messages.getMessage(
                        district.node("I.1.1").orElseThrow().criterion().explanation(),
                        vn.dtihub.shared.VietnameseText.LOCALE))
                .isEqualTo(
                        "Bí thư hoặc Chủ tịch làm Trưởng ban → 20; Phó Chủ tịch làm Trưởng ban → 10; Không có Ban Chỉ đạo hoặc khác → 0");
    }

    @Test
    void nghiSonsDemoAssignmentFollowsItsPlan() {
        FrameworkSummary district = sample("Bộ chỉ số chuyển đổi số cấp huyện");
        var nghiSon = assignments.scopeUnit(NGHI_SON_OFFICE, "407", "pre2025");
        List<Assignments.TableLine> lines = assignments.lines(NGHI_SON_OFFICE, district.id(), nghiSon);
        Map<String, Assignments.TableLine> byCode = new java.util.HashMap<>();
        lines.forEach(l -> byCode.put(l.code(), l));
        assertThat(byCode.get("I.1.1").of(AssignmentRole.LEAD))
                .extracting(Assignment::assigneeName)
                .containsExactly("Văn phòng HĐND&UBND thị xã");
        assertThat(byCode.get("I.6.2").of(AssignmentRole.COORDINATE))
                .extracting(Assignment::assigneeName)
                .contains("Văn phòng HĐND&UBND thị xã");
        assertThat(byCode.get("I.4.4.1").of(AssignmentRole.LEAD))
                .extracting(Assignment::assigneeName)
                .containsExactly("Phòng Nội vụ");
        assertThat(byCode.get("II.5.4").of(AssignmentRole.PROVIDE_DATA))
                .extracting(Assignment::assigneeName)
                .contains("Chi cục Thống kê");
        long audited = jdbc.sql(
                        "select count(*) from audit_event where action = 'ASSIGNMENT_CREATED' and scope_path = :p")
                .param("p", nghiSon.path())
                .query(Long.class)
                .single();
        assertThat(audited).as("every assignment is in the audit log").isGreaterThanOrEqualTo(60);
        assertThatThrownBy(() -> assignments.table(QUANG_NGAI_OFFICE, district.id(), nghiSon))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aPublishedFrameworkIsFrozenAndItsCloneIsADraftWithACrosswalk() {
        FrameworkSummary commune = sample("Bộ chỉ số chuyển đổi số cấp xã");
        assertThatThrownBy(() -> criteria.update(
                        THANH_HOA_OFFICE,
                        commune.id(),
                        frameworks
                                .detail(THANH_HOA_OFFICE, commune.id())
                                .node("NT.1")
                                .orElseThrow()
                                .criterion()
                                .id(),
                        0,
                        new CriterionInput(
                                null, "Đổi tên", null, null, null, null, null, null, null, null, null, null, null, null,
                                null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        FrameworkSummary draft = drafts.cloneAsDraft(
                THANH_HOA_OFFICE,
                commune.id(),
                new FrameworkHeader(
                        "Bộ chỉ số CĐS cấp xã tỉnh Thanh Hóa năm 2026",
                        null,
                        null,
                        null,
                        null,
                        2026,
                        2026,
                        "2026",
                        null));
        assertThat(draft.status()).isEqualTo(FrameworkStatus.DRAFT);
        assertThat(draft.issuerPath()).isEqualTo("current/38/");
        FrameworkDetail detail = frameworks.detail(THANH_HOA_OFFICE, draft.id());
        Criterion nt1 = detail.node("NT.2").orElseThrow().criterion();
        criteria.update(
                THANH_HOA_OFFICE,
                draft.id(),
                nt1.id(),
                nt1.version(),
                new CriterionInput(
                        null,
                        null,
                        null,
                        null,
                        null,
                        new BigDecimal("40"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        assertThat(frameworks.detail(THANH_HOA_OFFICE, draft.id()).problemsOf("NT"))
                .extracting(Problem::messageKey)
                .containsExactly("framework.problem.pointsMismatch");

        Comparison comparison = comparisons.compare(THANH_HOA_OFFICE, commune.id(), draft.id());
        assertThat(comparison.changed()).singleElement().satisfies(c -> {
            assertThat(c.fromCode()).isEqualTo("NT.2");
            assertThat(c.differences()).containsExactly("maxPoints");
        });
        assertThatThrownBy(() -> drafts.publish(THANH_HOA_OFFICE, draft.id())).isInstanceOf(ConflictException.class);

        assertThat(frameworks.list(QUANG_NGAI_OFFICE))
                .extracting(FrameworkSummary::id)
                .doesNotContain(draft.id());
        // A draft is its office's alone: a commune's reporter under Thanh Hóa reads the published frameworks, not it.
        TestPrincipal wardReporter = new TestPrincipal(
                3,
                "haibinh.test",
                new Scope(false, List.of("current/38/16642/"), false, null),
                false,
                true,
                "current/38/16642/");
        assertThat(frameworks.list(wardReporter))
                .extracting(FrameworkSummary::id)
                .contains(commune.id())
                .doesNotContain(draft.id());
        assertThatThrownBy(() -> frameworks.get(wardReporter, draft.id()))
                .isInstanceOf(vn.dtihub.shared.NotFoundException.class);
        long audited = jdbc.sql(
                        "select count(*) from audit_event where object_type = 'criterion' and action = 'CRITERION_UPDATED'"
                                + " and object_id = :id")
                .param("id", String.valueOf(nt1.id()))
                .query(Long.class)
                .single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void aCriterionIsFollowedAcrossCorrectedVersionsByTheirCrosswalks() {
        FrameworkSummary sample = sample("Bộ chỉ số chuyển đổi số cấp xã");
        long ht1 = jdbc.sql("select id from criterion where framework_id = :f and code = 'HT.1'")
                .param("f", sample.id())
                .query(Long.class)
                .single();
        long ht2 = jdbc.sql("select id from criterion where framework_id = :f and code = 'HT.2'")
                .param("f", sample.id())
                .query(Long.class)
                .single();
        // v2 corrects the sample; v3 corrects v2, renaming HT.1 to HT.01 (its crosswalk follows) and dropping HT.2.
        FrameworkSummary v2 = drafts.cloneAsDraft(THANH_HOA_OFFICE, sample.id(), null);
        FrameworkSummary v3 = drafts.cloneAsDraft(THANH_HOA_OFFICE, v2.id(), null);
        jdbc.sql("update criterion set code = 'HT.01' where framework_id = :f and code = 'HT.1'")
                .param("f", v3.id())
                .update();
        jdbc.sql("delete from crosswalk where to_criterion_id in (select id from criterion where framework_id = :f"
                        + " and code = 'HT.2')")
                .param("f", v3.id())
                .update();
        long renamed = jdbc.sql("select id from criterion where framework_id = :f and code = 'HT.01'")
                .param("f", v3.id())
                .query(Long.class)
                .single();

        java.util.Map<Long, Long> mapping =
                frameworks.criterionMapping(sample.id(), v3.id()).orElseThrow();
        assertThat(mapping.get(ht1))
                .as("through two crosswalks, whatever the code")
                .isEqualTo(renamed);
        assertThat(mapping).as("a criterion the correction dropped").doesNotContainKey(ht2);
        assertThat(frameworks.criterionMapping(v3.id(), sample.id()))
                .as("not a later version")
                .isEmpty();
        assertThat(frameworks
                        .criterionMapping(sample.id(), sample.id())
                        .orElseThrow()
                        .get(ht1))
                .isEqualTo(ht1);

        // Only published versions are offered to score a period under, and only to those who may read them.
        assertThat(frameworks.laterVersions(THANH_HOA_OFFICE, sample.id()))
                .extracting(FrameworkSummary::id)
                .as("drafts are not offered")
                .doesNotContain(v2.id(), v3.id());
        jdbc.sql("update framework set status = 'PUBLISHED' where id in (:a, :b)")
                .param("a", v2.id())
                .param("b", v3.id())
                .update();
        assertThat(frameworks.laterVersions(THANH_HOA_OFFICE, sample.id()))
                .extracting(FrameworkSummary::id)
                .as("the newest first")
                .containsSubsequence(v3.id(), v2.id());
        assertThat(frameworks.laterVersions(QUANG_NGAI_OFFICE, sample.id()))
                .extracting(FrameworkSummary::id)
                .as("Thanh Hóa's versions are not Quảng Ngãi's to use")
                .doesNotContain(v2.id(), v3.id());
    }
}
