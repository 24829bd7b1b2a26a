package vn.dtihub.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dtihub.units.Level;

/** A ranking shows one level at a time: the provinces of the country, the communes of a province. */
class RankingTest {

    private static UnitResult unit(long id, String path, String name) {
        return new UnitResult(
                id,
                path,
                name,
                null,
                true,
                null,
                List.of(new UnitResult.ViewResult(
                        "DTI", "DTI", true, BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("0.1"), 1, 1, null)));
    }

    private static final List<UnitResult> COUNTRY = new ArrayList<>(List.of(
            unit(1, "current/38/", "Thanh Hóa"),
            unit(2, "current/51/", "Quảng Ngãi"),
            unit(3, "current/38/16645/", "Phường Hải Bình"),
            unit(4, "current/38/16642/", "Phường Tĩnh Gia"),
            unit(5, "current/51/21000/", "Xã Bình Sơn")));

    @Test
    void theLevelOfAUnitIsReadFromItsPath() {
        assertThat(Ranking.level("current/38/")).isEqualTo(Level.PROVINCE);
        assertThat(Ranking.level("current/38/16645/")).isEqualTo(Level.COMMUNE);
        assertThat(Ranking.level("pre2025/38/380/")).isEqualTo(Level.DISTRICT);
        assertThat(Ranking.level("pre2025/38/380/16645/")).isEqualTo(Level.COMMUNE);
    }

    @Test
    void theCodeOfAUnitIsTheLastPartOfItsPath() {
        assertThat(UnitResult.codeOf("current/38/16645/")).isEqualTo("16645");
        assertThat(UnitResult.codeOf("current/38/")).isEqualTo("38");
        assertThat(UnitResult.codeOf("pre2025/38/380/16645")).isEqualTo("16645");
    }

    @Test
    void theCountryShowsItsProvincesFirstAndMayNarrowToOne() {
        Ranking.Shown shown = Ranking.shown(COUNTRY, null, null);
        assertThat(shown.level()).isEqualTo(Level.PROVINCE);
        assertThat(shown.levels()).containsExactly(Level.PROVINCE, Level.COMMUNE);
        assertThat(shown.units()).extracting(UnitResult::unitName).containsExactly("Thanh Hóa", "Quảng Ngãi");
        assertThat(shown.withinOptions()).as("nothing above the provinces").isEmpty();

        Ranking.Shown communes = Ranking.shown(COUNTRY, Level.COMMUNE, "current/38/");
        assertThat(communes.units())
                .extracting(UnitResult::unitName)
                .containsExactly("Phường Hải Bình", "Phường Tĩnh Gia");
        assertThat(communes.withinOptions())
                .containsExactly(new Ranking.Place("38", "Thanh Hóa"), new Ranking.Place("51", "Quảng Ngãi"));
    }

    @Test
    void aProvinceShowsItsCommunesAndNoChoiceOfProvince() {
        List<UnitResult> province = COUNTRY.stream()
                .filter(u -> u.unitPath().startsWith("current/38/"))
                .toList();
        Ranking.Shown shown = Ranking.shown(province, null, null);
        assertThat(shown.level()).isEqualTo(Level.COMMUNE);
        assertThat(shown.units()).hasSize(2);
        assertThat(shown.withinOptions()).as("one province: nothing to choose").isEmpty();
        assertThat(Ranking.shown(province, Level.PROVINCE, null).units())
                .extracting(UnitResult::unitName)
                .containsExactly("Thanh Hóa");
        assertThat(Ranking.shown(province, Level.DISTRICT, null).level())
                .as("a level the period has not: the default")
                .isEqualTo(Level.COMMUNE);
    }

    private static UnitResult ranked(long id, String name, String group, Integer rank) {
        return new UnitResult(
                id,
                "current/38/" + id + "/",
                name,
                group,
                rank != null,
                null,
                List.of(new UnitResult.ViewResult(
                        "DTI", "DTI", true, BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("0.1"), rank, 2, null)));
    }

    @Test
    void withNoGroupChosenEachGroupComesInTurnRankedWithin() {
        List<UnitResult> units = List.of(
                ranked(1, "Xã A", "Xã", 1),
                ranked(2, "Phường B", "Phường", 2),
                ranked(3, "Xã C", "Xã", null),
                ranked(4, "Phường D", "Phường", 1),
                ranked(5, "Xã E", "Xã", 2));
        assertThat(Ranking.ranked(units, null, "DTI"))
                .extracting(UnitResult::unitName)
                .containsExactly("Phường D", "Phường B", "Xã A", "Xã E", "Xã C");
        assertThat(Ranking.ranked(units, "Xã", "DTI"))
                .extracting(UnitResult::unitName)
                .containsExactly("Xã A", "Xã E", "Xã C");
    }

    @Test
    void aSingleUnitIsShownAtItsOwnLevel() {
        assertThat(Ranking.shown(List.of(COUNTRY.get(2)), null, null).units()).hasSize(1);
        assertThat(Ranking.shown(List.of(), null, null).units()).isEmpty();
    }
}
