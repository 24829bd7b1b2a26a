package vn.dtihub.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.frameworks.Criterion;
import vn.dtihub.frameworks.FrameworkStatus;
import vn.dtihub.frameworks.Frameworks;
import vn.dtihub.reporting.FormSummary;
import vn.dtihub.reporting.PeriodInput;
import vn.dtihub.reporting.PeriodKind;
import vn.dtihub.reporting.PeriodSummary;
import vn.dtihub.reporting.Reporting;
import vn.dtihub.reporting.ValueInput;
import vn.dtihub.shared.SystemPrincipal;
import vn.dtihub.units.Structure;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/**
 * Demo data, on the embedded database only: thị xã Nghi Sơn's current quarter on its demo district framework, with a
 * few values entered by its office of culture and information, labelled as demo data in the period's name.
 */
@Component
class DemoReporting {

    private static final Logger log = LoggerFactory.getLogger(DemoReporting.class);

    private final Reporting reporting;
    private final Frameworks frameworks;
    private final Units units;

    DemoReporting(Reporting reporting, Frameworks frameworks, Units units) {
        this.reporting = reporting;
        this.frameworks = frameworks;
        this.units = units;
    }

    @Transactional
    public void seed() {
        UnitView nghiSon = units.get(Structure.PRE2025, "407");
        SystemPrincipal office = SystemPrincipal.office(nghiSon.path());
        if (!reporting.list(office).isEmpty()) {
            return;
        }
        var framework = frameworks.list(office).stream()
                .filter(f -> f.status() == FrameworkStatus.PUBLISHED
                        && f.name().startsWith("Bộ chỉ số chuyển đổi số cấp huyện"))
                .findFirst();
        if (framework.isEmpty()) {
            return;
        }
        // Thị xã Nghi Sơn was a district until 30/6/2025: its last quarter is the second of 2025, reported on its
        // units of the time. The deadlines lie ahead so that the demo form can still be filled.
        var today = reporting.today();
        PeriodSummary period = reporting.open(
                office,
                new PeriodInput(
                        framework.get().id(),
                        PeriodKind.QUARTER,
                        2025,
                        2,
                        "Quý II/2025 – chỉ số chuyển đổi số thị xã Nghi Sơn (dữ liệu minh họa)",
                        null,
                        null,
                        today.plusDays(14),
                        today.plusDays(17),
                        today.plusDays(19),
                        null,
                        null));
        long vhtt = units.agencyNamed(nghiSon, "Phòng Văn hóa và Thông tin")
                .orElseThrow()
                .id();
        SystemPrincipal culture = SystemPrincipal.agency(nghiSon.path(), vhtt);
        for (FormSummary f : reporting.completeness(office, period.id(), null, null)) {
            if (vhtt == (f.agencyId() == null ? -1 : f.agencyId())) {
                List<Criterion> asked = reporting.criteriaAsked(culture, f);
                java.util.Map<Long, ValueInput> values = new java.util.LinkedHashMap<>();
                for (Criterion c : asked.subList(0, Math.min(2, asked.size()))) {
                    values.put(c.id(), demoValue(c));
                }
                reporting.enter(culture, f.id(), values);
            }
        }
        log.info("Created the demo reporting period {} (dữ liệu minh họa)", period.title());
    }

    /** A plausible value for a criterion of the demo: a count, a yes, or a ratio. */
    private static ValueInput demoValue(Criterion c) {
        return switch (c.valueType() == null ? "NUMBER" : c.valueType().name()) {
            case "YES_NO" -> new ValueInput(null, null, "true", null, null, null, "Dữ liệu minh họa");
            case "RATIO" -> new ValueInput("42", "50", null, null, null, null, "Dữ liệu minh họa");
            default -> new ValueInput("3", null, null, null, null, null, "Dữ liệu minh họa");
        };
    }
}
