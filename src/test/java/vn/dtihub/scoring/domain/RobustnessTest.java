package vn.dtihub.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rank bands under perturbed weights: solid leads stay solid, near ties spread, the same seed the same answer. */
class RobustnessTest {

    private static Robustness.Unit unit(String name, double a, double b) {
        return new Robustness.Unit(name, new double[] {a, b}, new double[] {100, 100});
    }

    private static final List<Robustness.Unit> UNITS = List.of(
            // A leads on both components: first whatever the weights.
            unit("A", 90, 90),
            // B and C trade places: B is stronger on the first component, C on the second.
            unit("B", 70, 50),
            unit("C", 50, 70),
            unit("D", 10, 10));

    @Test
    void aClearLeadHoldsItsRankAndANearTieSpreadsOverBothPlaces() {
        List<Robustness.Band> bands = Robustness.bands(UNITS, new double[] {1, 1}, 0.3, 1000, 42);

        assertThat(bands.get(0)).isEqualTo(new Robustness.Band("A", 1, 1, 1, 1));
        assertThat(bands.get(3)).isEqualTo(new Robustness.Band("D", 4, 4, 4, 4));
        // With equal weights B and C tie (60 each): rank 2 both; drawn weights split them between 2 and 3.
        assertThat(bands.get(1).rank()).isEqualTo(2);
        assertThat(bands.get(2).rank()).isEqualTo(2);
        assertThat(bands.get(1).p5()).isEqualTo(2);
        assertThat(bands.get(1).p95()).isEqualTo(3);
        assertThat(bands.get(2).p5()).isEqualTo(2);
        assertThat(bands.get(2).p95()).isEqualTo(3);
    }

    @Test
    void noRangeMeansNoSpreadAndTheSameSeedTheSameBands() {
        assertThat(Robustness.bands(UNITS, new double[] {1, 1}, 0, 50, 1))
                .extracting(b -> b.p95() - b.p5())
                .containsOnly(0);
        assertThat(Robustness.bands(UNITS, new double[] {2, 1}, 0.5, 500, 7))
                .isEqualTo(Robustness.bands(UNITS, new double[] {2, 1}, 0.5, 500, 7));
    }

    @Test
    void tiesShareARank() {
        assertThat(Robustness.ranks(new double[] {0.5, 0.7, 0.7, 0.1})).containsExactly(3, 1, 1, 4);
    }

    @Test
    void anImpossibleRangeOrCountIsRefused() {
        assertThatThrownBy(() -> Robustness.bands(UNITS, new double[] {1, 1}, 1.2, 10, 1))
                .hasMessageContaining("range");
        assertThatThrownBy(() -> Robustness.bands(UNITS, new double[] {1, 1}, 0.1, 0, 1))
                .hasMessageContaining("draws");
    }
}
