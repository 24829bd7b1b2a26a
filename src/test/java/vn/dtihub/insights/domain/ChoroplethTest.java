package vn.dtihub.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The map drawn as SVG: classes by index, grey where there is none, links and names escaped. */
class ChoroplethTest {

    private static Choropleth.Shape square(String code, String name, double x) {
        return new Choropleth.Shape(
                code,
                name,
                List.of(List.of(
                        new double[] {x, 20}, new double[] {x + 1, 20}, new double[] {x + 1, 21}, new double[] {x, 21
                        })));
    }

    @Test
    void eachUnitIsFilledByTheClassOfItsIndexAndLeadsToItsScorecard() {
        List<Choropleth.Shape> shapes =
                List.of(square("001", "Xã <Một>", 105), square("002", "Xã Hai", 106), square("003", "Xã Ba", 107));
        Choropleth.Drawing map = Choropleth.draw(
                shapes,
                Map.of("001", new BigDecimal("0.2"), "002", new BigDecimal("0.7")),
                code -> "/periods/1/results/" + code,
                Map.of(),
                400);

        assertThat(map.legend()).hasSize(5);
        assertThat(map.legend().get(0).from()).isEqualByComparingTo("0.2");
        assertThat(map.legend().get(4).to()).isEqualByComparingTo("0.7");
        assertThat(map.svg())
                .startsWith("<svg")
                .contains("<a href=\"/periods/1/results/001\"><path data-code=\"001\" fill=\"#eff3ff\"")
                .contains("data-code=\"002\" fill=\"#08519c\"")
                .contains("data-code=\"003\" fill=\"#d9d9d9\"")
                .contains("<title>Xã &lt;Một&gt;: 0,2000</title>")
                .doesNotContain("<Một>");
        // Three one-degree squares side by side around 20,5° N, where a degree of longitude is cos 20,5° ≈ 0,937 of
        // one of latitude: 400 wide makes 400 / (3 × 0,937) ≈ 142,3 high.
        assertThat(map.svg()).contains("viewBox=\"0 0 400 143\"", "L133.3,142.3");
    }
}
