package vn.dtihub.units;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import vn.dtihub.shared.ScopeFixture;
import vn.dtihub.shared.TestPrincipal;

/** Thanh Hóa's unit code and an agency of Thanh Hóa with a secret name. */
public class UnitsScopeFixture implements ScopeFixture {

    static final String SECRET = "Sở Bí Mật ZX81";

    @Override
    public Map<String, String> objectsOfProvinceA(ApplicationContext context) {
        Units units = context.getBean(Units.class);
        UnitView thanhHoa = units.get(Structure.CURRENT, "38");
        AgencyView agency = units.agencyNamed(thanhHoa, SECRET)
                .orElseGet(() -> units.createAgency(
                        TestPrincipal.admin(),
                        thanhHoa,
                        new AgencyChange(SECRET, "ZX81", AgencyKind.DEPARTMENT, true)));
        return Map.of("units/code", "38", "agencies/id", String.valueOf(agency.id()));
    }

    @Override
    public List<String> secrets() {
        return List.of(SECRET);
    }
}
