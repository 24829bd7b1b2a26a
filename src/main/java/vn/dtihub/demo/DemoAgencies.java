package vn.dtihub.demo;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dtihub.units.AgencyKind;
import vn.dtihub.units.Structure;
import vn.dtihub.units.Succession;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/**
 * Demo agencies, on the embedded demo database only: those the seed documents name for Thanh Hóa province
 * (plan 004, 2024, so on the pre-2025 structure, and the province's departments as they are now) and for thị xã
 * Nghi Sơn (plan 000). Marked as demo in the database; never created on an external database.
 */
@Component
class DemoAgencies {

    private static final Logger log = LoggerFactory.getLogger(DemoAgencies.class);

    record Seed(Structure structure, String unitCode, String name, String shortName, AgencyKind kind) {}

    static final List<Seed> SEEDS = List.of(
            // Thị xã Nghi Sơn (district 407), from 000_d051e15ffb79a62a.txt, section IV.
            new Seed(Structure.PRE2025, "407", "Phòng Văn hóa và Thông tin", "VH-TT", AgencyKind.OFFICE),
            new Seed(Structure.PRE2025, "407", "Văn phòng HĐND&UBND thị xã", "VP HĐND&UBND", AgencyKind.OFFICE),
            new Seed(Structure.PRE2025, "407", "Phòng Nội vụ", "Nội vụ", AgencyKind.OFFICE),
            new Seed(Structure.PRE2025, "407", "Phòng Tài chính - Kế hoạch", "TC-KH", AgencyKind.OFFICE),
            new Seed(Structure.PRE2025, "407", "Phòng Kinh tế", "Kinh tế", AgencyKind.OFFICE),
            new Seed(Structure.PRE2025, "407", "Phòng Giáo dục và Đào tạo", "GD&ĐT", AgencyKind.OFFICE),
            new Seed(Structure.PRE2025, "407", "Trung tâm VH-TT-TT&DL", "TT VH-TT-TT&DL", AgencyKind.PUBLIC_SERVICE),
            new Seed(Structure.PRE2025, "407", "Chi cục Thống kê", "Thống kê", AgencyKind.OTHER),
            new Seed(Structure.PRE2025, "407", "Bưu điện thị xã", "Bưu điện", AgencyKind.ENTERPRISE),
            new Seed(Structure.PRE2025, "407", "Viettel Nghi Sơn", "Viettel", AgencyKind.TELECOM),
            new Seed(Structure.PRE2025, "407", "VNPT Nghi Sơn", "VNPT", AgencyKind.TELECOM),
            // Tỉnh Thanh Hóa in 2024, from 004_d25dfbd875a57ba0.txt.
            new Seed(Structure.PRE2025, "38", "Sở Thông tin và Truyền thông", "Sở TT&TT", AgencyKind.DEPARTMENT),
            new Seed(Structure.PRE2025, "38", "Văn phòng UBND tỉnh", "VP UBND", AgencyKind.DEPARTMENT),
            new Seed(Structure.PRE2025, "38", "Công an tỉnh", "Công an", AgencyKind.DEPARTMENT),
            new Seed(Structure.PRE2025, "38", "Sở Tài chính", "Sở TC", AgencyKind.DEPARTMENT),
            new Seed(Structure.PRE2025, "38", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", AgencyKind.DEPARTMENT),
            new Seed(Structure.PRE2025, "38", "Cục Thuế tỉnh", "Cục Thuế", AgencyKind.OTHER),
            new Seed(Structure.PRE2025, "38", "Sở Công Thương", "Sở CT", AgencyKind.DEPARTMENT),
            new Seed(
                    Structure.PRE2025,
                    "38",
                    "Ban QL Khu Kinh tế Nghi Sơn và các khu công nghiệp",
                    "BQL KKT",
                    AgencyKind.DEPARTMENT),
            new Seed(Structure.PRE2025, "38", "Trường Đại học Hồng Đức", "ĐH Hồng Đức", AgencyKind.PUBLIC_SERVICE),
            new Seed(
                    Structure.PRE2025,
                    "38",
                    "Trung tâm Phục vụ hành chính công tỉnh",
                    "TT PVHCC",
                    AgencyKind.PUBLIC_SERVICE),
            // Tỉnh Thanh Hóa now: the DoIC merged into Science and Technology in 2025.
            new Seed(Structure.CURRENT, "38", "Sở Khoa học và Công nghệ", "Sở KH&CN", AgencyKind.DEPARTMENT),
            new Seed(Structure.CURRENT, "38", "Văn phòng UBND tỉnh", "VP UBND", AgencyKind.DEPARTMENT),
            new Seed(Structure.CURRENT, "38", "Công an tỉnh", "Công an", AgencyKind.DEPARTMENT),
            new Seed(Structure.CURRENT, "38", "Sở Tài chính", "Sở TC", AgencyKind.DEPARTMENT),
            new Seed(Structure.CURRENT, "38", "Sở Công Thương", "Sở CT", AgencyKind.DEPARTMENT),
            new Seed(Structure.CURRENT, "38", "Thuế tỉnh Thanh Hóa", "Thuế", AgencyKind.OTHER),
            new Seed(
                    Structure.CURRENT,
                    "38",
                    "Trung tâm Phục vụ hành chính công tỉnh",
                    "TT PVHCC",
                    AgencyKind.PUBLIC_SERVICE),
            new Seed(Structure.CURRENT, "38", "Bưu điện tỉnh Thanh Hóa", "Bưu điện", AgencyKind.ENTERPRISE),
            new Seed(Structure.CURRENT, "38", "VNPT Thanh Hóa", "VNPT", AgencyKind.TELECOM),
            new Seed(Structure.CURRENT, "38", "Viettel Thanh Hóa", "Viettel", AgencyKind.TELECOM));

    /** How the 2025 reorganisation carried Thanh Hóa's departments on: an old agency, its successor, how, from when. */
    record Link(String oldName, String newName, Succession how, LocalDate on) {}

    static final List<Link> LINKS = List.of(
            new Link(
                    "Sở Thông tin và Truyền thông",
                    "Sở Khoa học và Công nghệ",
                    Succession.MERGED,
                    LocalDate.of(2025, 3, 1)),
            new Link("Sở Kế hoạch và Đầu tư", "Sở Tài chính", Succession.MERGED, LocalDate.of(2025, 3, 1)),
            new Link("Cục Thuế tỉnh", "Thuế tỉnh Thanh Hóa", Succession.RENAMED, LocalDate.of(2025, 7, 1)));

    private final Units units;

    DemoAgencies(Units units) {
        this.units = units;
    }

    @Transactional
    public void seed() {
        int created = 0;
        java.util.Set<Long> seeded = new java.util.HashSet<>();
        for (Seed seed : SEEDS) {
            UnitView unit = units.get(seed.structure(), seed.unitCode());
            // Once demo agencies exist for a unit, users own them: a renamed or retired one is not brought back.
            if (seeded.contains(unit.id()) || !units.hasDemoAgencies(unit)) {
                seeded.add(unit.id());
                if (units.addDemoAgency(unit, seed.name(), seed.shortName(), seed.kind())) {
                    created++;
                }
            }
        }
        if (created > 0) {
            log.info("Created {} demo agencies (embedded demo database only)", created);
        }
        // Thanh Hóa's 2024 departments carried on by today's (demo lineage, as the 2025 decisions did).
        UnitView before = units.get(Structure.PRE2025, "38");
        UnitView now = units.get(Structure.CURRENT, "38");
        if (!units.hasDemoAgencies(before)) {
            return;
        }
        for (Link link : LINKS) {
            var old = units.agencyNamed(before, link.oldName());
            var successor = units.agencyNamed(now, link.newName());
            if (old.isPresent() && successor.isPresent()) {
                units.recordSuccession(old.get(), successor.get(), link.how(), link.on());
            }
        }
    }
}
