package vn.dtihub.plans;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dtihub.plans.PartyPhrases.Group;
import vn.dtihub.units.AgencyKind;
import vn.dtihub.units.Level;

/** The collective phrases of lead and coordination cells as seeds 000, 003 and 004 write them. */
class PartyPhrasesTest {

    @Test
    void aLeadCellIsReadIntoNamesAndPhrasesAsWritten() {
        var cell = PartyPhrases.read("Các sở, ban, ngành cấp tỉnh; UBND cấp huyện.");
        assertThat(cell.names()).isEmpty();
        assertThat(cell.phrases())
                .extracting(PartyPhrases.Found::written, PartyPhrases.Found::group)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Các sở, ban, ngành cấp tỉnh", Group.PROVINCE_AGENCIES),
                        org.assertj.core.groups.Tuple.tuple("UBND cấp huyện", Group.DISTRICTS));

        var mixed = PartyPhrases.read("Sở Tài chính và các sở, ban, ngành cấp tỉnh");
        assertThat(mixed.names()).containsExactly("Sở Tài chính");
        assertThat(mixed.phrases()).extracting(PartyPhrases.Found::group).containsExactly(Group.PROVINCE_AGENCIES);

        assertThat(PartyPhrases.read("Sở Văn hóa, Thể thao và Du lịch").names())
                .as("a comma inside a name does not separate parties")
                .containsExactly("Sở Văn hóa, Thể thao và Du lịch");
        assertThat(PartyPhrases.read("Văn phòng HĐND và UBND thị xã").names())
                .as("\"và UBND\" of a name is not a new party")
                .containsExactly("Văn phòng HĐND và UBND thị xã");
        assertThat(PartyPhrases.read("Các sở, \nban, ngành \ncấp tỉnh;\nUBND cấp \nhuyện")
                        .phrases())
                .as("line breaks of a cell copied from a PDF are spaces")
                .extracting(PartyPhrases.Found::group)
                .containsExactly(Group.PROVINCE_AGENCIES, Group.DISTRICTS);
        assertThat(PartyPhrases.read("- Các sở, ban, ngành cấp tỉnh; UBND cấp huyện. - Trung tâm phục vụ HCC tỉnh.")
                        .names())
                .containsExactly("Trung tâm phục vụ HCC tỉnh");
        assertThat(PartyPhrases.read("Sở Tài chính").single()).isTrue();
        assertThat(PartyPhrases.read(null).names()).isEmpty();
    }

    @Test
    void phrasesWithAMeaningDesignateByKindAndLevel() {
        assertThat(PartyPhrases.groupOf("các sở, ban, ngành (cấp tỉnh)")).isEqualTo(Group.PROVINCE_AGENCIES);
        assertThat(PartyPhrases.groupOf("Các sở, ban, ngành, đơn vị liên quan"))
                .as("\"… liên quan\" is no one in particular")
                .isEqualTo(Group.NOBODY);
        assertThat(PartyPhrases.groupOf("các đơn vị liên quan")).isEqualTo(Group.NOBODY);
        assertThat(PartyPhrases.groupOf("Các doanh nghiệp viễn thông")).isEqualTo(Group.TELECOMS);
        assertThat(PartyPhrases.groupOf("UBND các xã, phường, thị trấn")).isEqualTo(Group.COMMUNES);
        assertThat(PartyPhrases.groupOf("Ủy ban nhân dân cấp xã")).isEqualTo(Group.COMMUNES);
        assertThat(PartyPhrases.groupOf("Sở Tài chính")).isNull();

        assertThat(PartyPhrases.coversAgency(Group.PROVINCE_AGENCIES, AgencyKind.DEPARTMENT, Level.PROVINCE))
                .isTrue();
        assertThat(PartyPhrases.coversAgency(Group.PROVINCE_AGENCIES, AgencyKind.ENTERPRISE, Level.PROVINCE))
                .as("the post office is not a department")
                .isFalse();
        assertThat(PartyPhrases.coversAgency(Group.PROVINCE_AGENCIES, AgencyKind.TELECOM, Level.PROVINCE))
                .isFalse();
        assertThat(PartyPhrases.coversAgency(Group.PROVINCE_AGENCIES, AgencyKind.PUBLIC_SERVICE, Level.PROVINCE))
                .isFalse();
        assertThat(PartyPhrases.coversAgency(Group.PROVINCE_BODIES, AgencyKind.PUBLIC_SERVICE, Level.PROVINCE))
                .isTrue();
        assertThat(PartyPhrases.coversAgency(Group.PROVINCE_AGENCIES, AgencyKind.OFFICE, Level.DISTRICT))
                .as("a district office is not a provincial department")
                .isFalse();
        assertThat(PartyPhrases.coversAgency(Group.TELECOMS, AgencyKind.TELECOM, Level.PROVINCE))
                .isTrue();
        assertThat(PartyPhrases.coversAgency(Group.TELECOMS, AgencyKind.ENTERPRISE, Level.PROVINCE))
                .isFalse();
        assertThat(PartyPhrases.coversAgency(Group.ENTERPRISES, AgencyKind.ENTERPRISE, Level.PROVINCE))
                .isTrue();
        assertThat(PartyPhrases.coversUnit(Group.DISTRICTS, Level.DISTRICT)).isTrue();
        assertThat(PartyPhrases.coversUnit(Group.DISTRICTS, Level.COMMUNE)).isFalse();
        for (Group g : Group.values()) {
            assertThat(PartyPhrases.coversAgency(Group.NOBODY, AgencyKind.values()[g.ordinal() % 6], Level.PROVINCE))
                    .isFalse();
        }
    }

    @Test
    void everyPhraseOfTheTableReadsAsItsOwnGroup() {
        for (PartyPhrases.Phrase p : PartyPhrases.TABLE) {
            assertThat(PartyPhrases.groupOf(p.written())).as(p.written()).isEqualTo(p.group());
        }
    }
}
