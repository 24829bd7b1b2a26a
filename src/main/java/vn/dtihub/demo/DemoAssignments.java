package vn.dtihub.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.frameworks.AssignmentRequest;
import vn.dtihub.frameworks.AssignmentRole;
import vn.dtihub.frameworks.Assignments;
import vn.dtihub.frameworks.FrameworkSummary;
import vn.dtihub.frameworks.Frameworks;
import vn.dtihub.shared.ScopedPrincipal;
import vn.dtihub.units.Structure;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/**
 * Demo data, on the embedded database only: thị xã Nghi Sơn's assignment of the sample district-level framework
 * to its offices, as its plan for the index (seed 000, section IV) words it.
 */
@Component
class DemoAssignments {

    private static final Logger log = LoggerFactory.getLogger(DemoAssignments.class);
    static final String DISTRICT_SAMPLE = "Bộ chỉ số chuyển đổi số cấp huyện (mẫu theo kiểu Thanh Hóa)";

    record Line(String agency, AssignmentRole role, List<String> codes) {}

    static final List<Line> NGHI_SON = List.of(
            new Line(
                    "Văn phòng HĐND&UBND thị xã",
                    AssignmentRole.LEAD,
                    List.of("I.1.1", "I.3", "I.4.1", "I.4.2", "I.4.3", "I.4.4.4", "I.5", "III.5.2")),
            new Line(
                    "Văn phòng HĐND&UBND thị xã",
                    AssignmentRole.COORDINATE,
                    List.of("I.6.2", "I.6.3", "II.1.2", "II.4", "II.6")),
            new Line("Phòng Nội vụ", AssignmentRole.LEAD, List.of("I.4.4.1", "I.4.4.3", "I.6.1")),
            new Line("Phòng Nội vụ", AssignmentRole.COORDINATE, List.of("I.2.3")),
            new Line("Phòng Tài chính - Kế hoạch", AssignmentRole.LEAD, List.of("I.2.4", "I.4.4.2")),
            new Line("Phòng Kinh tế", AssignmentRole.LEAD, List.of("II.5.7", "III.1.2.3", "III.5.3")),
            new Line("Phòng Kinh tế", AssignmentRole.COORDINATE, List.of("II.3.2", "II.5.1")),
            new Line("Phòng Giáo dục và Đào tạo", AssignmentRole.LEAD, List.of("III.2.2.1", "III.7.1.3", "III.7.2")),
            new Line(
                    "Phòng Văn hóa và Thông tin",
                    AssignmentRole.LEAD,
                    List.of("I.1.2", "I.2.1", "I.2.2", "I.6.2", "I.6.3", "II.1.1", "III.1.1")),
            new Line(
                    "Chi cục Thống kê",
                    AssignmentRole.PROVIDE_DATA,
                    List.of("II.5.2", "II.5.3", "II.5.4", "II.5.5", "II.5.6")),
            new Line(
                    "Viettel Nghi Sơn",
                    AssignmentRole.COORDINATE,
                    List.of("I.3.3", "I.3.4", "I.5", "II.2.2", "II.3.2", "II.3.3", "II.5.1")),
            new Line(
                    "Viettel Nghi Sơn",
                    AssignmentRole.PROVIDE_DATA,
                    List.of("II.5.2", "II.5.3", "II.5.4", "II.5.5", "II.5.6", "III.5.1.2")),
            new Line(
                    "VNPT Nghi Sơn",
                    AssignmentRole.PROVIDE_DATA,
                    List.of("II.5.2", "II.5.3", "II.5.4", "II.5.5", "II.5.6", "III.5.1.2")),
            new Line("Bưu điện thị xã", AssignmentRole.PROVIDE_DATA, List.of("II.3.1", "III.3.2")));

    private final Frameworks frameworks;
    private final Assignments assignments;
    private final Units units;

    DemoAssignments(Frameworks frameworks, Assignments assignments, Units units) {
        this.frameworks = frameworks;
        this.assignments = assignments;
        this.units = units;
    }

    @Transactional
    public void seed() {
        UnitView nghiSon = units.get(Structure.PRE2025, "407");
        ScopedPrincipal system = vn.dtihub.shared.SystemPrincipal.office(nghiSon.path());
        FrameworkSummary sample = frameworks.list(system).stream()
                .filter(f -> f.sample() && f.name().equals(DISTRICT_SAMPLE))
                .findFirst()
                .orElseThrow();
        if (!assignments.table(system, sample.id(), nghiSon).isEmpty()) {
            return;
        }
        int count = 0;
        for (Line line : NGHI_SON) {
            long agency =
                    units.agencyNamed(nghiSon, line.agency()).orElseThrow().id();
            count += assignments
                    .assign(
                            system,
                            sample.id(),
                            new AssignmentRequest(
                                    line.codes(),
                                    agency,
                                    null,
                                    null,
                                    line.role(),
                                    null,
                                    nghiSon.code(),
                                    Structure.PRE2025.code()))
                    .size();
        }
        log.info("Assigned {} criteria of the district sample to thị xã Nghi Sơn's offices (demo data)", count);
    }
}
