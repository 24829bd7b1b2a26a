package vn.dtihub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import vn.dtihub.DtiHubApplication;
import vn.dtihub.units.AgencyChange;
import vn.dtihub.units.AgencyKind;
import vn.dtihub.units.Structure;
import vn.dtihub.units.Units;

/**
 * How the product starts: on an external PostgreSQL (the server install) and on its own embedded one across a
 * restart. Each case starts a second application beside the shared test one.
 */
class DeploymentIT extends IntegrationTest {

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    /** Command-line arguments, so that they win over application.properties as an operator's settings do. */
    private ConfigurableApplicationContext start(String... properties) {
        List<String> args = new java.util.ArrayList<>();
        for (String p : properties) {
            args.add("--" + p);
        }
        args.addAll(List.of(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--dtihub.security.argon2-memory-kib=1024"));
        return new SpringApplicationBuilder(DtiHubApplication.class).run(args.toArray(String[]::new));
    }

    /** A fresh database on the embedded server, made as its superuser (the application's own role may not). */
    private String externalDatabase(String name) {
        try (var c = java.sql.DriverManager.getConnection(dataSource.getJdbcUrl(), "postgres", null);
                var s = c.createStatement()) {
            s.execute("drop database if exists " + name);
            s.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return dataSource.getJdbcUrl().replaceFirst("/postgres(\\?.*)?$", "/" + name);
    }

    @Test
    void onAnExternalDatabaseOnlyTheAdministratorIsCreatedAndOnlyWithAPassword() {
        String url = externalDatabase("external_without_password");
        try (var app =
                start("dtihub.db.url=" + url, "dtihub.db.user=postgres", "dtihub.demo-password=demo-not-used-here")) {
            JdbcClient db = app.getBean(JdbcClient.class);
            assertThat(db.sql("select count(*) from app_user").query(Long.class).single())
                    .isZero();
            assertThat(db.sql("select count(*) from admin_unit")
                            .query(Long.class)
                            .single())
                    .isEqualTo(34 + 3321 + 63 + 696 + 10035);
        }
        String second = externalDatabase("external_with_password");
        try (var app = start(
                "dtihub.db.url=" + second,
                "dtihub.db.user=postgres",
                "dtihub.admin-password=mật khẩu quản trị máy chủ")) {
            JdbcClient db = app.getBean(JdbcClient.class);
            assertThat(db.sql("select username from app_user")
                            .query(String.class)
                            .list())
                    .containsExactly("admin");
            assertThat(db.sql("select count(*) from agency").query(Long.class).single())
                    .as("no demo agencies")
                    .isZero();
        }
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void theEmbeddedDatabaseKeepsWhatUsersChangedAcrossARestart(
            org.springframework.boot.test.system.CapturedOutput output) {
        Path data = Path.of("target", "restart-data");
        // Emptied by hand: the embedded server's own "clean" option also deletes the folder when it stops.
        FileSystemUtils.deleteRecursively(data.toFile());
        List<String> first = List.of(
                "dtihub.data-dir=" + data, "dtihub.embedded.clean=false", "dtihub.demo-password=" + DEMO_PASSWORD);
        List<String> again = List.of(
                "dtihub.data-dir=" + data,
                "dtihub.embedded.clean=false",
                "dtihub.demo-password=another one",
                "logging.level.vn.dtihub.accounts.domain.ReadyMessage=INFO");
        long users;
        try (var app = start(first.toArray(String[]::new))) {
            Units units = app.getBean(Units.class);
            units.createAgency(
                    TestPrincipal.admin(),
                    units.get(Structure.CURRENT, "16645"),
                    new AgencyChange("Tổ công nghệ số cộng đồng", null, AgencyKind.OTHER, true));
            users = app.getBean(JdbcClient.class)
                    .sql("select count(*) from app_user")
                    .query(Long.class)
                    .single();
            assertThat(users).as("admin and the nine demo accounts").isEqualTo(10);
        }
        try (var app = start(again.toArray(String[]::new))) {
            Units units = app.getBean(Units.class);
            assertThat(units.agenciesOf(units.get(Structure.CURRENT, "16645"), false))
                    .extracting(a -> a.name())
                    .containsExactly("Tổ công nghệ số cộng đồng");
            JdbcClient db = app.getBean(JdbcClient.class);
            assertThat(db.sql("select count(*) from app_user").query(Long.class).single())
                    .isEqualTo(users);
            assertThat(db.sql("select count(*) from agency where demo")
                            .query(Long.class)
                            .single())
                    .isEqualTo(31);
            String port = app.getEnvironment().getProperty("local.server.port");
            assertThat(output.getOut())
                    .as("every start ends with where to go and as whom, passwords never written")
                    .contains("DTI Hub is ready: open http://localhost:" + port)
                    .containsPattern("\\n\\s+admin\\s+ADMIN")
                    .containsPattern("\\n\\s+haibinh\\.baocao\\s+REPORTER\\s+Cán bộ")
                    .containsPattern("\\n\\s+haibinh\\.pheduyet\\s+APPROVER")
                    .containsPattern("\\n\\s+quangngai\\.xem\\s+VIEWER")
                    .doesNotContain("another one");
        }
    }
}
