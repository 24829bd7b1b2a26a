package vn.dtihub.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.WebClient;
import vn.dtihub.units.domain.UnitDetail;

class UnitsIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Units units;

    @Test
    void bothStructuresAreLoadedInFull() {
        assertThat(units.count(Structure.CURRENT, Level.PROVINCE, null)).isEqualTo(34);
        assertThat(units.count(Structure.CURRENT, Level.COMMUNE, null)).isEqualTo(3321);
        assertThat(units.count(Structure.CURRENT, Level.DISTRICT, null)).isZero();
        assertThat(units.count(Structure.PRE2025, Level.PROVINCE, null)).isEqualTo(63);
        assertThat(units.count(Structure.PRE2025, Level.DISTRICT, null)).isEqualTo(696);
        assertThat(units.count(Structure.PRE2025, Level.COMMUNE, null)).isEqualTo(10035);
    }

    @Test
    void tinhHaiWasMergedIntoHaiBinhAndHaiBinhWasFormedFromIt() {
        UnitDetail tinhHai = units.detail(units.get(Structure.PRE2025, "16642"));
        assertThat(tinhHai.unit().fullName()).isEqualTo("Phường Tĩnh Hải");
        assertThat(tinhHai.ancestors())
                .extracting(UnitView::fullName)
                .containsExactly("Tỉnh Thanh Hóa", "Thị xã Nghi Sơn");
        assertThat(tinhHai.successors()).singleElement().satisfies(link -> {
            assertThat(link.code()).isEqualTo("16645");
            assertThat(link.name()).isEqualTo("Phường Hải Bình");
            assertThat(link.mergeType()).isEqualTo(LineageLink.MergeType.FULL);
            assertThat(link.effectiveOn()).hasToString("2025-07-01");
        });
        UnitDetail haiBinh = units.detail(units.get(Structure.CURRENT, "16645"));
        assertThat(haiBinh.predecessors()).extracting(LineageLink::code).contains("16642");
        assertThat(haiBinh.ancestors()).extracting(UnitView::code).containsExactly("38");
    }

    @Test
    void aSplitCommuneListsEveryTarget() {
        // Phường Cống Vị (Ba Đình, Hà Nội) was divided between several new wards.
        UnitDetail congVi = units.detail(units.get(Structure.PRE2025, "00007"));
        assertThat(congVi.successors())
                .hasSizeGreaterThan(1)
                .allSatisfy(link -> assertThat(link.mergeType()).isEqualTo(LineageLink.MergeType.PARTIAL));
    }

    @Test
    void searchIgnoresDiacriticsAndToneMarkPlacement() {
        assertThat(units.search("tinh hai", null, 10))
                .extracting(UnitView::fullName)
                .first()
                .isEqualTo("Phường Tĩnh Hải");
        assertThat(units.search("tinh hai", null, 50))
                .as("words match at the start of a word: 'hai' is not inside 'Thái'")
                .extracting(UnitView::fullName)
                .doesNotContain("Tỉnh Thái Nguyên");
        List<String> thanhHoa = units.search("thanh hoa", null, 10).stream()
                .map(UnitView::fullName)
                .toList();
        assertThat(thanhHoa.subList(0, 2)).containsExactlyInAnyOrder("Tỉnh Thanh Hóa", "Tỉnh Thanh Hoá");
        assertThat(units.search("Đông Sơn", null, 50))
                .extracting(UnitView::name)
                .contains("Đông Sơn");
        assertThat(units.search("dong son", null, 50))
                .extracting(UnitView::name)
                .contains("Đông Sơn");
        assertThat(units.search("16642", null, 5))
                .extracting(UnitView::code)
                .first()
                .isEqualTo("16642");
    }

    @Test
    void hostileSearchTextIsJustText() {
        assertThat(units.search("' OR 1=1--", null, 10)).isEmpty();
        assertThat(units.search("%", null, 10)).isEmpty();
        assertThat(units.search("_", null, 10)).isEmpty();
    }

    @Test
    void theApiReadsAWholeLevelInOnePageAndNamesTheUnknownCode() throws Exception {
        WebClient client = WebClient.signedIn(port, "quangngai.xem", DEMO_PASSWORD);
        HttpResponse<String> page = client.getJson("/api/v1/units?structure=pre2025&level=COMMUNE&size=20000");
        assertThat(page.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(page.body());
        assertThat(body.get("content").size()).isEqualTo(10035);
        assertThat(body.get("totalElements").asLong()).isEqualTo(10035);
        JsonNode first = body.get("content").get(0);
        assertThat(first.has("code")
                        && first.has("name")
                        && first.has("fullName")
                        && first.has("level")
                        && first.has("parentCode")
                        && first.has("structure"))
                .isTrue();

        HttpResponse<String> children = client.getJson("/api/v1/units?structure=pre2025&parent=407&level=COMMUNE");
        assertThat(JSON.readTree(children.body()).get("content").findValuesAsString("code"))
                .contains("16642");

        HttpResponse<String> unit = client.getJson("/api/v1/units/16642?structure=pre2025");
        JsonNode tinhHai = JSON.readTree(unit.body());
        assertThat(tinhHai.get("successors").findValuesAsString("code")).containsExactly("16645");
        HttpResponse<String> haiBinh = client.getJson("/api/v1/units/16645?structure=current");
        assertThat(JSON.readTree(haiBinh.body()).get("predecessors").findValuesAsString("code"))
                .contains("16642");

        HttpResponse<String> search = client.getJson("/api/v1/units/search?q=tinh%20hai");
        assertThat(JSON.readTree(search.body()).get(0).get("fullName").asString())
                .isEqualTo("Phường Tĩnh Hải");

        HttpResponse<String> missing = client.getJson("/api/v1/units/99999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(missing.body()).contains("99999");

        HttpResponse<String> badLevel = client.getJson("/api/v1/units?level=VILLAGEX");
        assertThat(badLevel.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badLevel.body()).get("field").asString()).isEqualTo("level");
    }

    @Test
    void theUnitPageShowsLineageBothWaysAndA404NamesTheCode() {
        WebClient client = WebClient.signedIn(port, "haibinh.baocao", DEMO_PASSWORD);
        String tinhHai = client.get("/units/16642?structure=pre2025").body();
        assertThat(tinhHai).contains("Phường Tĩnh Hải", "Đã sáp nhập vào", "Phường Hải Bình", "(1/7/2025)");
        String haiBinh = client.get("/units/16645").body();
        assertThat(haiBinh).contains("Được hình thành từ", "Phường Tĩnh Hải");
        HttpResponse<String> missing = client.get("/units/99999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("99999").doesNotContain("Exception");
    }

    @Test
    void theTreeSwitchesStructureByDateAndExpandsANodeAsAFragment() {
        WebClient client = WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD);
        assertThat(client.get("/units?asOf=2024-12-31").body()).contains("Tỉnh Hà Giang");
        assertThat(client.get("/units?asOf=2025-08-01").body())
                .doesNotContain("Tỉnh Hà Giang")
                .contains("Tỉnh Tuyên Quang");
        HttpResponse<String> districts =
                client.get("/units/tree?structure=pre2025&parent=38", Map.of("HX-Request", "true"));
        assertThat(districts.body()).contains("Thị xã Nghi Sơn").doesNotContain("<html");
    }
}
