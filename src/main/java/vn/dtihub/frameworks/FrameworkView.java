package vn.dtihub.frameworks;

import java.math.BigDecimal;
import java.util.List;

/**
 * A pillar or the overall index: a weighted combination of criteria, because real indices are not pure trees (in
 * Decision 922 the foundation indices count in every pillar).
 */
public record FrameworkView(long id, String code, String name, boolean overall, int position, List<Item> items) {

    public record Item(long criterionId, String criterionCode, BigDecimal weight) {}
}
