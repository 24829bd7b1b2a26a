package vn.dtihub.scoring;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import vn.dtihub.shared.ScopeFixture;
import vn.dtihub.units.Structure;
import vn.dtihub.units.Units;

/** A Thanh Hóa unit whose results another province must not read (phường Hải Bình). */
public class ScoringScopeFixture implements ScopeFixture {

    @Override
    public Map<String, String> objectsOfProvinceA(ApplicationContext context) {
        long unit = context.getBean(Units.class).get(Structure.CURRENT, "16645").id();
        return Map.of("results/unitId", String.valueOf(unit));
    }

    @Override
    public List<String> secrets() {
        return List.of();
    }
}
