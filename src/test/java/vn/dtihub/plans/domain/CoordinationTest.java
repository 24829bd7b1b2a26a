package vn.dtihub.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dtihub.units.AgencyKind;
import vn.dtihub.units.Level;

/** Coordinating agencies as seed 004 writes them. */
class CoordinationTest {

    @Test
    void anAgencyIsNamedByItsNameItsAbbreviationOrTheCollectivePhraseOfItsLevel() {
        assertThat(Coordination.namesAgency(
                        "Văn phòng UBND tỉnh",
                        "Văn phòng Ủy ban nhân dân tỉnh",
                        null,
                        AgencyKind.DEPARTMENT,
                        Level.PROVINCE))
                .isTrue();
        assertThat(Coordination.namesAgency(
                        "Sở TT&TT; Công an tỉnh",
                        "Sở Thông tin và Truyền thông",
                        null,
                        AgencyKind.DEPARTMENT,
                        Level.PROVINCE))
                .isTrue();
        assertThat(Coordination.namesAgency(
                        "Các sở, ban, ngành cấp tỉnh; UBND cấp huyện",
                        "Sở Tài chính",
                        null,
                        AgencyKind.DEPARTMENT,
                        Level.PROVINCE))
                .as("\"các sở, ban, ngành\" covers every provincial department")
                .isTrue();
        assertThat(Coordination.namesAgency(
                        "Sở Công Thương và UBND cấp huyện",
                        "Sở Tài chính",
                        null,
                        AgencyKind.DEPARTMENT,
                        Level.PROVINCE))
                .isFalse();
        assertThat(Coordination.namesAgency(
                        "Các sở, ban, ngành cấp tỉnh",
                        "Phòng Văn hóa và Thông tin",
                        null,
                        AgencyKind.OFFICE,
                        Level.DISTRICT))
                .as("a district office is not a provincial department")
                .isFalse();
        assertThat(Coordination.namesAgency(
                        "Trung tâm Y tế huyện", "Sở Y tế", null, AgencyKind.DEPARTMENT, Level.PROVINCE))
                .as("words of the name in another agency's name are not the agency")
                .isFalse();
        assertThat(Coordination.namesAgency(
                        "Các doanh nghiệp viễn thông", "Sở Công Thương", "SCT", AgencyKind.DEPARTMENT, Level.PROVINCE))
                .isFalse();
        assertThat(Coordination.namesAgency(null, "Sở Tài chính", null, AgencyKind.DEPARTMENT, Level.PROVINCE))
                .isFalse();
    }

    @Test
    void aUnitIsNamedByItsNameOrTheCommitteesOfItsLevel() {
        assertThat(Coordination.namesUnit(
                        "Các sở, ban, ngành cấp tỉnh; UBND cấp huyện", "Thị xã Nghi Sơn", Level.DISTRICT))
                .isTrue();
        assertThat(Coordination.namesUnit(
                        "Các sở, ban, ngành cấp tỉnh; UBND cấp huyện", "Phường Tĩnh Hải", Level.COMMUNE))
                .isFalse();
        assertThat(Coordination.namesUnit("UBND các xã, phường", "Phường Tĩnh Hải", Level.COMMUNE))
                .isTrue();
        assertThat(Coordination.namesUnit(
                        "Phòng Văn hóa và Thông tin; phường Tĩnh Hải", "Phường Tĩnh Hải", Level.COMMUNE))
                .isTrue();
    }
}
