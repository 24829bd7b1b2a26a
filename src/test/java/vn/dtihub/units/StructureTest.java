package vn.dtihub.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StructureTest {

    @Test
    void theThreeLevelStructureEndsOnThe30thOfJune2025() {
        assertThat(Structure.asOf(LocalDate.of(2025, 6, 30))).isEqualTo(Structure.PRE2025);
        assertThat(Structure.asOf(LocalDate.of(2025, 7, 1))).isEqualTo(Structure.CURRENT);
        assertThat(Structure.asOf(LocalDate.of(2021, 9, 23))).isEqualTo(Structure.PRE2025);
    }

    @Test
    void structuresAreNamedByCodeOrEnumName() {
        assertThat(Structure.fromCode("pre2025")).contains(Structure.PRE2025);
        assertThat(Structure.fromCode("CURRENT")).contains(Structure.CURRENT);
        assertThat(Structure.fromCode("2024")).isEmpty();
    }
}
