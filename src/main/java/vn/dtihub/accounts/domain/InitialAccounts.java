package vn.dtihub.accounts.domain;

import java.security.SecureRandom;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import vn.dtihub.accounts.Role;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.DatabaseMode;
import vn.dtihub.shared.DtiHubProperties;
import vn.dtihub.units.AgencyView;
import vn.dtihub.units.Structure;
import vn.dtihub.units.UnitView;
import vn.dtihub.units.Units;

/**
 * The accounts that exist before anyone can create one. On an empty database: {@code admin}, with
 * {@code DTIHUB_ADMIN_PASSWORD} (or, on the embedded demo database only, the demo password). On an external
 * database that is the only account, and without that variable none is created, so a server install never
 * starts with a known password. On the embedded database, the demo accounts of the README as well.
 */
@Component
@Order(20)
class InitialAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);

    record Demo(String username, String displayName, Role role, Structure structure, String unitCode, String agency) {}

    static final List<Demo> DEMO = List.of(
            new Demo(
                    "thanhhoa.cds",
                    "Văn phòng CĐS tỉnh Thanh Hóa (demo)",
                    Role.STANDING_OFFICE,
                    Structure.CURRENT,
                    "38",
                    null),
            new Demo(
                    "nghison.cds",
                    "Phòng VH-TT thị xã Nghi Sơn (demo)",
                    Role.STANDING_OFFICE,
                    Structure.PRE2025,
                    "407",
                    "Phòng Văn hóa và Thông tin"),
            new Demo(
                    "tinhhai.baocao",
                    "Cán bộ báo cáo phường Tĩnh Hải (demo)",
                    Role.REPORTER,
                    Structure.PRE2025,
                    "16642",
                    null),
            new Demo(
                    "tinhhai.pheduyet",
                    "Lãnh đạo phường Tĩnh Hải (demo)",
                    Role.APPROVER,
                    Structure.PRE2025,
                    "16642",
                    null),
            new Demo(
                    "haibinh.baocao",
                    "Cán bộ báo cáo phường Hải Bình (demo)",
                    Role.REPORTER,
                    Structure.CURRENT,
                    "16645",
                    null),
            new Demo(
                    "haibinh.pheduyet",
                    "Lãnh đạo phường Hải Bình (demo)",
                    Role.APPROVER,
                    Structure.CURRENT,
                    "16645",
                    null),
            new Demo(
                    "nghison.vhtt",
                    "Chuyên viên Phòng VH-TT Nghi Sơn (demo)",
                    Role.REPORTER,
                    Structure.PRE2025,
                    "407",
                    "Phòng Văn hóa và Thông tin"),
            new Demo(
                    "nghison.vhtt.pheduyet",
                    "Trưởng Phòng VH-TT Nghi Sơn (demo)",
                    Role.APPROVER,
                    Structure.PRE2025,
                    "407",
                    "Phòng Văn hóa và Thông tin"),
            new Demo("quangngai.xem", "Người xem tỉnh Quảng Ngãi (demo)", Role.VIEWER, Structure.CURRENT, "51", null));

    private final DatabaseMode mode;
    private final UserRepository users;
    private final Units units;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final String adminPassword;
    private final String demoPassword;

    InitialAccounts(
            DatabaseMode mode,
            UserRepository users,
            Units units,
            PasswordEncoder encoder,
            AuditLog audit,
            DtiHubProperties settings) {
        this.mode = mode;
        this.users = users;
        this.units = units;
        this.encoder = encoder;
        this.audit = audit;
        this.adminPassword = settings.adminPassword();
        this.demoPassword = settings.demoPassword();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.exists()) {
            return;
        }
        if (!mode.embedded()) {
            if (!StringUtils.hasText(adminPassword)) {
                log.warn(
                        "No account exists and DTIHUB_ADMIN_PASSWORD is not set: set it and restart to create 'admin'.");
                return;
            }
            createAdmin(adminPassword);
            return;
        }
        String demo = demoPassword;
        if (!StringUtils.hasText(demo)) {
            demo = generated();
            log.warn(
                    "Demo accounts created with the generated password: {}  (shown once; set DTIHUB_DEMO_PASSWORD to choose it)",
                    demo);
        }
        createAdmin(StringUtils.hasText(adminPassword) ? adminPassword : demo);
        String hash = encoder.encode(demo);
        for (Demo d : DEMO) {
            UnitView unit = units.find(d.structure(), d.unitCode()).orElseThrow();
            Long agencyId = null;
            Long unitId = unit.id();
            if (d.agency() != null) {
                AgencyView agency = units.agencyNamed(unit, d.agency()).orElseThrow();
                agencyId = agency.id();
                unitId = null;
            }
            long id = users.insert(
                    d.username(), d.displayName(), null, d.role(), unitId, agencyId, unit.path(), hash, true);
            audit.recordAs(
                    null,
                    "system",
                    AuditRecord.of("USER_CREATED", "user", id, unit.path()).withDetail("demo account"));
        }
        log.info(
                "Created the demo accounts: {}",
                DEMO.stream().map(Demo::username).toList());
    }

    private void createAdmin(String password) {
        long id = users.insert(
                "admin", "Quản trị hệ thống", null, Role.ADMIN, null, null, null, encoder.encode(password), false);
        audit.recordAs(
                null, "system", AuditRecord.of("USER_CREATED", "user", id, null).withDetail("initial administrator"));
    }

    private static String generated() {
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
