package vn.dtihub.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.accounts.Role;
import vn.dtihub.accounts.domain.UserInput;
import vn.dtihub.accounts.domain.Users;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.TestPrincipal;
import vn.dtihub.shared.WebClient;
import vn.dtihub.units.Structure;
import vn.dtihub.units.Units;

/** A province's plan: tasks with their deadlines, issue, lateness, the lead's progress and a conflicting report. */
class PlansIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Users accounts;

    @Autowired
    Units units;

    @Autowired
    JdbcClient jdbc;

    private String token(String username, String password) throws Exception {
        return JSON.readTree(new WebClient(port)
                        .sendJson(
                                "POST",
                                "/api/v1/auth/token",
                                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
                        .body())
                .get("token")
                .asString();
    }

    @Test
    void aPlansTasksAreTrackedByTheirLeadWithLatenessAndConflicts() throws Exception {
        long finance = units.agencyNamed(units.get(Structure.CURRENT, "38"), "Sở Tài chính")
                .orElseThrow()
                .id();
        if (accounts.list(TestPrincipal.admin(), "stc.baocao", 0, 1).isEmpty()) {
            accounts.create(
                    TestPrincipal.admin(),
                    new UserInput(
                            "stc.baocao",
                            "Chuyên viên Sở Tài chính",
                            null,
                            Role.REPORTER,
                            null,
                            null,
                            finance,
                            "mật khẩu của chuyên viên tài chính",
                            true));
        }
        WebClient office = WebClient.withToken(port, token("thanhhoa.cds", DEMO_PASSWORD));
        HttpResponse<String> created = office.sendJson(
                "POST",
                "/api/v1/plans",
                "{\"number\":\"106/KH-BCĐ\",\"title\":\"Hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh năm 2024\",\"kind\":\"STEERING\",\"yearFrom\":2024,\"yearTo\":2024}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long plan = JSON.readTree(created.body()).get("id").asLong();

        HttpResponse<String> quarterly = office.sendJson(
                "POST",
                "/api/v1/plans/" + plan + "/tasks",
                "{\"sectionCode\":\"I\",\"sectionTitle\":\"CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH, KIỂM TRA\",\"text\":\"Tổ chức các phiên họp thường kỳ hoặc đột xuất\","
                        + "\"expectedResult\":\"Các phiên họp, hội nghị được tổ chức\",\"deadline\":\"Hàng Quý\",\"leadAgencyId\":"
                        + finance
                        + ",\"coordinators\":\"Văn phòng UBND tỉnh\"}");
        assertThat(quarterly.statusCode()).as(quarterly.body()).isEqualTo(201);
        HttpResponse<String> dated = office.sendJson(
                "POST",
                "/api/v1/plans/" + plan + "/tasks",
                "{\"sectionCode\":\"I\",\"text\":\"Ban hành Đề án\",\"deadline\":\"30/6/2024\",\"leadAgencyId\":"
                        + finance + "}");
        long datedTask = JSON.readTree(dated.body()).get("id").asLong();
        assertThat(JSON.readTree(dated.body()).get("late").asBoolean())
                .as("30/6/2024 has passed")
                .isTrue();
        office.sendJson(
                "POST",
                "/api/v1/plans/" + plan + "/tasks",
                "{\"sectionCode\":\"II\",\"text\":\"Tham gia ý kiến\",\"deadline\":\"Thường xuyên\",\"leadAgencyId\":"
                        + finance + "}");

        HttpResponse<String> unknown = office.sendJson(
                "POST", "/api/v1/plans/" + plan + "/tasks", "{\"text\":\"Một việc\",\"deadline\":\"Sớm nhất có thể\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).get("field").asString()).isEqualTo("deadline");
        assertThat(unknown.body()).contains("Sớm nhất có thể");

        assertThat(office.sendJson("POST", "/api/v1/plans/" + plan + "/issue", null)
                        .statusCode())
                .isEqualTo(200);
        JsonNode issued = JSON.readTree(office.getJson("/api/v1/plans/" + plan).body());
        assertThat(issued.get("plan").get("status").asString()).isEqualTo("ISSUED");
        HttpResponse<String> frozen = office.sendJson(
                "PUT",
                "/api/v1/plans/" + plan,
                "{\"title\":\"Đổi\",\"version\":"
                        + issued.get("plan").get("version").asInt() + "}");
        assertThat(frozen.statusCode()).isEqualTo(409);

        WebClient lead = WebClient.withToken(port, token("stc.baocao", "mật khẩu của chuyên viên tài chính"));
        JsonNode mine = JSON.readTree(lead.getJson("/api/v1/tasks?status=LATE").body());
        assertThat(mine.findValuesAsString("text")).contains("Ban hành Đề án").doesNotContain("Tham gia ý kiến");
        int version = JSON.readTree(lead.getJson("/api/v1/tasks/" + datedTask).body())
                .get("version")
                .asInt();
        HttpResponse<String> done = lead.sendJson(
                "POST",
                "/api/v1/tasks/" + datedTask + "/updates",
                "{\"status\":\"DONE\",\"note\":\"Đã ban hành Quyết định số 51/QĐ-UBND\",\"version\":" + version + "}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(201);
        assertThat(JSON.readTree(done.body()).get("late").asBoolean()).isFalse();
        HttpResponse<String> stale = lead.sendJson(
                "POST",
                "/api/v1/tasks/" + datedTask + "/updates",
                "{\"status\":\"IN_PROGRESS\",\"percent\":50,\"version\":" + version + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("DONE");
        assertThat(JSON.readTree(lead.getJson("/api/v1/tasks/" + datedTask + "/updates")
                                .body())
                        .findValuesAsString("note"))
                .contains("Đã ban hành Quyết định số 51/QĐ-UBND");

        int taskVersion = JSON.readTree(
                        office.getJson("/api/v1/tasks/" + datedTask).body())
                .get("version")
                .asInt();
        HttpResponse<String> amended = office.sendJson(
                "PUT",
                "/api/v1/tasks/" + datedTask,
                "{\"text\":\"Ban hành Đề án (điều chỉnh)\",\"deadline\":\"Quý III/2024\",\"leadAgencyId\":" + finance
                        + ",\"version\":" + taskVersion + "}");
        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
        assertThat(JSON.readTree(office.getJson("/api/v1/tasks/" + datedTask + "/updates")
                                .body())
                        .findValuesAsString("note"))
                .anyMatch(n -> n.startsWith("Điều chỉnh sau ban hành: \"Ban hành Đề án\", 30/6/2024"));
        HttpResponse<String> staleEdit = office.sendJson(
                "PUT",
                "/api/v1/tasks/" + datedTask,
                "{\"text\":\"Ghi đè\",\"deadline\":\"Năm 2024\",\"version\":" + taskVersion + "}");
        assertThat(staleEdit.statusCode()).isEqualTo(409);
        assertThat(staleEdit.body()).contains("Ban hành Đề án (điều chỉnh)");

        WebClient outsider = WebClient.withToken(port, token("quangngai.xem", DEMO_PASSWORD));
        assertThat(outsider.getJson("/api/v1/plans/" + plan).statusCode()).isEqualTo(404);
        assertThat(outsider.getJson("/api/v1/tasks/" + datedTask).statusCode()).isEqualTo(404);
        assertThat(lead.sendJson(
                                "POST",
                                "/api/v1/plans/" + plan + "/tasks",
                                "{\"text\":\"x\",\"deadline\":\"Năm 2024\"}")
                        .statusCode())
                .as("a reporter does not edit the plan")
                .isEqualTo(403);

        String page = WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD)
                .get("/plans/" + plan)
                .body();
        assertThat(page)
                .contains(
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "106/KH-BCĐ",
                        "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH, KIỂM TRA",
                        "Hàng Quý",
                        "Sở Tài chính");
        String overview = WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD)
                .get("/plans/overview?year=2024")
                .body();
        assertThat(overview)
                .contains(
                        "Nhiệm vụ quá hạn",
                        "Xây dựng Đề án đào tạo nguồn nhân lực ngành công nghiệp bán dẫn trên địa bàn tỉnh đến năm 2030",
                        "Trường Đại học Hồng Đức");
        long audited = jdbc.sql(
                        "select count(*) from audit_event where object_type = 'plan_task' and action = 'TASK_PROGRESS'"
                                + " and object_id = :id")
                .param("id", String.valueOf(datedTask))
                .query(Long.class)
                .single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void aTargetIsCorrectedWithItsVersionAndDeletedOnlyWhileThePlanIsADraft() throws Exception {
        WebClient office = WebClient.withToken(port, token("thanhhoa.cds", DEMO_PASSWORD));
        long plan = JSON.readTree(office.sendJson(
                                "POST",
                                "/api/v1/plans",
                                "{\"number\":\"88/KH-UBND\",\"title\":\"Kế hoạch thử sửa chỉ tiêu\",\"kind\":\"YEARLY\",\"yearFrom\":2026,\"yearTo\":2026}")
                        .body())
                .get("id")
                .asLong();
        JsonNode target = JSON.readTree(office.sendJson(
                        "POST",
                        "/api/v1/plans/" + plan + "/targets",
                        "{\"statement\":\"90% hồ sơ được ký số\",\"unitOfMeasure\":\"%\",\"baseline\":60.5,"
                                + "\"horizons\":[{\"year\":2026,\"value\":90}]}")
                .body());
        long id = target.get("id").asLong();
        int version = target.get("version").asInt();
        WebClient browser = WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD);
        assertThat(browser.get("/plans/" + plan + "?editTarget=" + id).body())
                .as("the edit form shows the baseline, so saving it keeps it")
                .contains("id=\"target-edit-form\"")
                .containsPattern("name=\"baseline\"[^>]*value=\"60,5\"");

        JsonNode task = JSON.readTree(office.sendJson(
                        "POST",
                        "/api/v1/plans/" + plan + "/tasks",
                        "{\"text\":\"Số hóa hồ sơ\",\"deadline\":\"Tháng 12\",\"area\":\"DATA\",\"leadUnitCode\":\"38\","
                                + "\"footnotes\":\"1 Kế hoạch số 77/KH-UBND\"}")
                .body());
        assertThat(task.has("id")).as(task.toString()).isTrue();
        browser.postForm(
                "/tasks/" + task.get("id").asLong(),
                Map.of(
                        "text",
                        "Số hóa hồ sơ, kết quả TTHC",
                        "deadline",
                        "Tháng 11",
                        "version",
                        task.get("version").asString()));
        JsonNode edited = JSON.readTree(
                office.getJson("/api/v1/tasks/" + task.get("id").asLong()).body());
        assertThat(edited.get("text").asString()).isEqualTo("Số hóa hồ sơ, kết quả TTHC");
        assertThat(edited.get("area").asString())
                .as("the page form does not show the area")
                .isEqualTo("DATA");
        assertThat(edited.get("footnotes").asString()).isEqualTo("1 Kế hoạch số 77/KH-UBND");
        assertThat(edited.get("leadPath").asString()).isEqualTo("current/38/");
        HttpResponse<String> changed = office.sendJson(
                "PUT",
                "/api/v1/plans/" + plan + "/targets/" + id,
                "{\"statement\":\"100% hồ sơ được ký số\",\"unitOfMeasure\":\"%\",\"note\":\"Theo dõi hàng quý\","
                        + "\"horizons\":[{\"year\":2026,\"value\":95},{\"year\":2027,\"value\":100}],\"version\":"
                        + version + "}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonNode after = JSON.readTree(changed.body());
        assertThat(after.get("statement").asString()).isEqualTo("100% hồ sơ được ký số");
        assertThat(after.get("horizons").findValues("year"))
                .extracting(JsonNode::asInt)
                .containsExactly(2026, 2027);
        assertThat(after.get("goal").decimalValue()).isEqualByComparingTo("95");

        record Linked(long id, String code) {}
        Linked criterion = jdbc.sql("select c.id, c.code from criterion c join framework f on f.id = c.framework_id"
                        + " where f.status = 'PUBLISHED' and f.issuer_path is null order by c.id limit 1")
                .query((rs, n) -> new Linked(rs.getLong("id"), rs.getString("code")))
                .single();
        HttpResponse<String> linked = office.sendJson(
                "PUT",
                "/api/v1/plans/" + plan + "/targets/" + id,
                "{\"statement\":\"100% hồ sơ được ký số\",\"criterionId\":" + criterion.id()
                        + ",\"horizons\":[{\"year\":2026,\"value\":95},{\"year\":2027,\"value\":100}],\"version\":"
                        + after.get("version").asInt() + "}");
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
        assertThat(JSON.readTree(linked.body()).get("criterionLabel").asString())
                .startsWith(criterion.code() + " ");
        assertThat(WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD)
                        .get("/plans/" + plan)
                        .body())
                .contains("Tiêu chí DTI: ", criterion.code() + " ");
        HttpResponse<String> unknownCriterion = office.sendJson(
                "PUT",
                "/api/v1/plans/" + plan + "/targets/" + id,
                "{\"statement\":\"100% hồ sơ được ký số\",\"criterionId\":987654321,\"version\":"
                        + JSON.readTree(linked.body()).get("version").asInt() + "}");
        assertThat(unknownCriterion.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknownCriterion.body()).get("field").asString())
                .isEqualTo("criterionId");
        after = JSON.readTree(linked.body());

        HttpResponse<String> stale = office.sendJson(
                "PUT",
                "/api/v1/plans/" + plan + "/targets/" + id,
                "{\"statement\":\"Ghi đè\",\"version\":" + version + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("100% hồ sơ được ký số");
        HttpResponse<String> empty = office.sendJson(
                "PUT",
                "/api/v1/plans/" + plan + "/targets/" + id,
                "{\"statement\":\" \",\"version\":" + after.get("version").asInt() + "}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(empty.body()).get("field").asString()).isEqualTo("statement");

        WebClient outsider = WebClient.withToken(port, token("quangngai.xem", DEMO_PASSWORD));
        assertThat(outsider.sendJson("DELETE", "/api/v1/plans/" + plan + "/targets/" + id, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(office.sendJson("DELETE", "/api/v1/plans/" + plan + "/targets/" + (id + 100_000), null)
                        .statusCode())
                .isEqualTo(404);

        long second = JSON.readTree(office.sendJson(
                                "POST", "/api/v1/plans/" + plan + "/targets", "{\"statement\":\"Chỉ tiêu thừa\"}")
                        .body())
                .get("id")
                .asLong();
        assertThat(office.sendJson("DELETE", "/api/v1/plans/" + plan + "/targets/" + second, null)
                        .statusCode())
                .isEqualTo(204);
        assertThat(JSON.readTree(office.getJson("/api/v1/plans/" + plan).body())
                        .get("targets")
                        .findValuesAsString("statement"))
                .containsExactly("100% hồ sơ được ký số");
        assertThat(office.sendJson("POST", "/api/v1/plans/" + plan + "/issue", null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(office.sendJson("DELETE", "/api/v1/plans/" + plan + "/targets/" + id, null)
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void aTaskNamesTheTargetsOfItsPlanAndTheCriteriaItServes() throws Exception {
        WebClient office = WebClient.withToken(port, token("thanhhoa.cds", DEMO_PASSWORD));
        long plan = JSON.readTree(office.sendJson(
                                "POST",
                                "/api/v1/plans",
                                "{\"number\":\"91/KH-UBND\",\"title\":\"Kế hoạch thử liên kết nhiệm vụ\",\"yearFrom\":2026}")
                        .body())
                .get("id")
                .asLong();
        long other = JSON.readTree(
                        office.sendJson("POST", "/api/v1/plans", "{\"title\":\"Kế hoạch khác\",\"yearFrom\":2026}")
                                .body())
                .get("id")
                .asLong();
        long signing = targetOf(office, plan, "100% văn bản được ký số");
        long online = targetOf(office, plan, "95% cuộc họp trực tuyến");
        long elsewhere = targetOf(office, other, "Chỉ tiêu của kế hoạch khác");
        record Linked(long id, String code) {}
        Linked criterion = jdbc.sql("select c.id, c.code from criterion c join framework f on f.id = c.framework_id"
                        + " where f.status = 'PUBLISHED' and f.issuer_path is null order by c.id limit 1")
                .query((rs, n) -> new Linked(rs.getLong("id"), rs.getString("code")))
                .single();

        HttpResponse<String> created = office.sendJson(
                "POST",
                "/api/v1/plans/" + plan + "/tasks",
                "{\"text\":\"Triển khai ký số cho cán bộ\",\"deadline\":\"Quý II/2026\",\"targetIds\":[" + signing
                        + "],\"criterionIds\":[" + criterion.id() + "]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode task = JSON.readTree(created.body());
        long id = task.get("id").asLong();
        assertThat(task.get("targets").findValuesAsString("label")).containsExactly("100% văn bản được ký số");
        assertThat(task.get("criteria").get(0).get("label").asString()).startsWith(criterion.code() + " ");

        HttpResponse<String> foreign = office.sendJson(
                "PUT",
                "/api/v1/tasks/" + id,
                "{\"text\":\"Ghi đè\",\"deadline\":\"Quý II/2026\",\"targetIds\":[" + elsewhere + "],\"version\":"
                        + task.get("version").asInt() + "}");
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(foreign.body()).get("field").asString()).isEqualTo("targetIds");
        HttpResponse<String> unknown = office.sendJson(
                "PUT",
                "/api/v1/tasks/" + id,
                "{\"text\":\"Ghi đè\",\"deadline\":\"Quý II/2026\",\"criterionIds\":[987654321],\"version\":"
                        + task.get("version").asInt() + "}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).get("field").asString()).isEqualTo("criterionIds");
        JsonNode unchanged = JSON.readTree(office.getJson("/api/v1/tasks/" + id).body());
        assertThat(unchanged.get("text").asString()).isEqualTo("Triển khai ký số cho cán bộ");
        assertThat(unchanged.get("targets").findValuesAsString("label")).containsExactly("100% văn bản được ký số");

        HttpResponse<String> textOnly = office.sendJson(
                "PUT",
                "/api/v1/tasks/" + id,
                "{\"text\":\"Triển khai chữ ký số cho cán bộ\",\"deadline\":\"Quý II/2026\",\"targetIds\":[" + online
                        + "," + signing + "],\"version\":" + task.get("version").asInt() + "}");
        assertThat(textOnly.statusCode()).as(textOnly.body()).isEqualTo(200);
        JsonNode both = JSON.readTree(textOnly.body());
        assertThat(both.get("targets").findValuesAsString("label"))
                .containsExactly("100% văn bản được ký số", "95% cuộc họp trực tuyến");
        assertThat(both.get("criteria").size()).as("criteria not sent are kept").isEqualTo(1);
        assertThat(WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD)
                        .get("/tasks/" + id)
                        .body())
                .contains("id=\"task-serves\"", "95% cuộc họp trực tuyến", criterion.code() + " ");

        WebClient browser = WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD);
        assertThat(browser.get("/plans/" + plan + "?editTask=" + id).body())
                .as("the edit row ticks the targets the task serves")
                .containsPattern("name=\"targetIds\" value=\"" + online + "\"[^>]*checked");
        HttpResponse<String> inline = browser.send(
                "POST",
                "/tasks/" + id,
                Map.of(
                        "Content-Type",
                        "application/x-www-form-urlencoded",
                        "HX-Request",
                        "true",
                        "X-CSRF-TOKEN",
                        browser.csrf()),
                "text=Tri%E1%BB%83n+khai+ch%E1%BB%AF+k%C3%BD+s%E1%BB%91&deadline=Qu%C3%BD+II%2F2026&version="
                        + both.get("version").asInt() + "&targetIds=&targetIds=" + online + "&criterionIds=");
        assertThat(inline.statusCode()).isEqualTo(200);
        assertThat(inline.body())
                .contains("Chỉ tiêu: 95% cuộc họp trực tuyến")
                .doesNotContain("Chỉ tiêu: 100% văn bản");
        JsonNode cleared = JSON.readTree(office.getJson("/api/v1/tasks/" + id).body());
        assertThat(cleared.get("targets").findValuesAsString("label")).containsExactly("95% cuộc họp trực tuyến");
        assertThat(cleared.get("criteria").size())
                .as("a page form that shows the criteria and sends none clears them")
                .isZero();

        assertThat(office.sendJson("DELETE", "/api/v1/plans/" + plan + "/targets/" + online, null)
                        .statusCode())
                .isEqualTo(204);
        JsonNode afterDelete =
                JSON.readTree(office.getJson("/api/v1/tasks/" + id).body());
        assertThat(afterDelete.get("text").asString()).isEqualTo("Triển khai chữ ký số");
        assertThat(afterDelete.get("targets").size())
                .as("deleting a draft's target drops the link, not the task")
                .isZero();
    }

    @Test
    void aDraftsSectionsAreEditedAndDeletedAndAnIssuedPlansAreAmendedKeepingTheEarlierWording() throws Exception {
        WebClient office = WebClient.withToken(port, token("thanhhoa.cds", DEMO_PASSWORD));
        long plan = JSON.readTree(office.sendJson(
                                "POST",
                                "/api/v1/plans",
                                "{\"number\":\"92/KH-UBND\",\"title\":\"Kế hoạch thử sửa nội dung\",\"yearFrom\":2026}")
                        .body())
                .get("id")
                .asLong();
        HttpResponse<String> added = office.sendJson(
                "POST",
                "/api/v1/plans/" + plan + "/sections",
                "{\"kind\":\"PURPOSE\",\"title\":\"I. MỤC ĐÍCH\",\"body\":\"Nâng cao chỉ số DTI\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode section = JSON.readTree(added.body());
        long id = section.get("id").asLong();
        HttpResponse<String> edited = office.sendJson(
                "PUT",
                "/api/v1/plans/" + plan + "/sections/" + id,
                "{\"title\":\"I. MỤC ĐÍCH, YÊU CẦU\",\"body\":\"Nâng cao chỉ số DTI của tỉnh\",\"version\":"
                        + section.get("version").asInt() + "}");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(JSON.readTree(edited.body()).get("kind").asString())
                .as("a kind not sent stays")
                .isEqualTo("PURPOSE");
        assertThat(JSON.readTree(edited.body()).get("revisions").size())
                .as("a draft keeps no history")
                .isZero();
        HttpResponse<String> stale = office.sendJson(
                "PUT",
                "/api/v1/plans/" + plan + "/sections/" + id,
                "{\"title\":\"Ghi đè\",\"body\":\"x\",\"version\":"
                        + section.get("version").asInt() + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("I. MỤC ĐÍCH, YÊU CẦU");

        WebClient browser = WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD);
        assertThat(browser.get("/plans/" + plan + "?editSection=" + id).body()).contains("id=\"section-edit-form\"");
        HttpResponse<String> empty = browser.send(
                "POST",
                "/plans/" + plan + "/sections/" + id,
                Map.of(
                        "Content-Type", "application/x-www-form-urlencoded",
                        "HX-Request", "true",
                        "X-CSRF-TOKEN", browser.csrf()),
                "kind=PURPOSE&title=I.+M%E1%BB%A4C+%C4%90%C3%8DCH+M%E1%BB%9AI&body=&version="
                        + JSON.readTree(edited.body()).get("version").asInt());
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body())
                .as("the refusal shows on the section and keeps the typed title")
                .contains("id=\"section-inline-error\"", "value=\"I. MỤC ĐÍCH MỚI\"");
        assertThat(JSON.readTree(office.getJson("/api/v1/plans/" + plan).body())
                        .get("sections")
                        .findValuesAsString("title"))
                .containsExactly("I. MỤC ĐÍCH, YÊU CẦU");

        long extra = JSON.readTree(office.sendJson(
                                "POST",
                                "/api/v1/plans/" + plan + "/sections",
                                "{\"title\":\"Phần thừa\",\"body\":\"x\"}")
                        .body())
                .get("id")
                .asLong();
        assertThat(browser.get("/plans/" + plan).body()).contains("/plans/" + plan + "/sections/" + extra + "/delete");
        WebClient outsider = WebClient.withToken(port, token("quangngai.xem", DEMO_PASSWORD));
        assertThat(outsider.sendJson("DELETE", "/api/v1/plans/" + plan + "/sections/" + extra, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(office.sendJson("DELETE", "/api/v1/plans/" + plan + "/sections/" + extra, null)
                        .statusCode())
                .isEqualTo(204);

        assertThat(office.sendJson("POST", "/api/v1/plans/" + plan + "/issue", null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(office.sendJson("DELETE", "/api/v1/plans/" + plan + "/sections/" + id, null)
                        .statusCode())
                .as("an issued plan's text is amended, not cut")
                .isEqualTo(409);
        JsonNode current = JSON.readTree(office.getJson("/api/v1/plans/" + plan).body())
                .get("sections")
                .get(0);
        HttpResponse<String> amended = office.sendJson(
                "PUT",
                "/api/v1/plans/" + plan + "/sections/" + id,
                "{\"title\":\"I. MỤC ĐÍCH, YÊU CẦU\",\"body\":\"Đưa chỉ số DTI của tỉnh vào nhóm 10 dẫn đầu\",\"version\":"
                        + current.get("version").asInt() + "}");
        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
        JsonNode revisions = JSON.readTree(amended.body()).get("revisions");
        assertThat(revisions.findValuesAsString("body")).containsExactly("Nâng cao chỉ số DTI của tỉnh");
        assertThat(revisions.get(0).get("replacedBy").asString()).isEqualTo("thanhhoa.cds");
        assertThat(WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD)
                        .get("/plans/" + plan)
                        .body())
                .contains(
                        "Đưa chỉ số DTI của tỉnh vào nhóm 10 dẫn đầu",
                        "Đã điều chỉnh 1 lần",
                        "Nâng cao chỉ số DTI của tỉnh");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PLAN_SECTION_AMENDED' and object_id = :p")
                        .param("p", String.valueOf(plan))
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void aTargetsBaselineAndYesNoAreSetFromThePageForms() throws Exception {
        WebClient office = WebClient.withToken(port, token("thanhhoa.cds", DEMO_PASSWORD));
        long plan = JSON.readTree(office.sendJson(
                                "POST",
                                "/api/v1/plans",
                                "{\"title\":\"Kế hoạch thử chỉ tiêu có/không\",\"yearFrom\":2026}")
                        .body())
                .get("id")
                .asLong();
        WebClient browser = WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD);
        browser.postForm(
                "/plans/" + plan + "/targets",
                Map.of(
                        "statement",
                        "Có Hệ thống hội nghị truyền hình trực tuyến đến cấp xã",
                        "yesNo",
                        "true",
                        "goalYear",
                        "2026"));
        browser.postForm(
                "/plans/" + plan + "/targets",
                Map.of("statement", "Tỷ lệ hồ sơ trực tuyến", "baseline", "abc", "goal", "80", "unitOfMeasure", "%"));
        browser.postForm(
                "/plans/" + plan + "/targets",
                Map.of("statement", "Tỷ lệ văn bản ký số", "baseline", "62,5", "goal", "95", "unitOfMeasure", "%"));
        JsonNode targets =
                JSON.readTree(office.getJson("/api/v1/plans/" + plan).body()).get("targets");
        assertThat(targets.findValuesAsString("statement"))
                .as("a baseline that is not a number creates nothing")
                .containsExactly("Có Hệ thống hội nghị truyền hình trực tuyến đến cấp xã", "Tỷ lệ văn bản ký số");
        assertThat(targets.get(0).get("yesNo").asBoolean()).isTrue();
        assertThat(targets.get(0).get("goal").decimalValue()).isEqualByComparingTo("1");
        assertThat(targets.get(1).get("baseline").decimalValue()).isEqualByComparingTo("62.5");
        String page = browser.get("/plans/" + plan).body();
        assertThat(page).contains("Có (2026)", "Hiện trạng: 62,5%");
        long yesNo = targets.get(0).get("id").asLong();
        browser.postForm("/plans/" + plan + "/targets/" + yesNo + "/value", Map.of("value", "1"));
        assertThat(JSON.readTree(office.getJson("/api/v1/plans/" + plan).body())
                        .get("targets")
                        .get(0)
                        .get("latestValue")
                        .decimalValue())
                .isEqualByComparingTo("1");
        assertThat(browser.get("/plans/" + plan + "?editTarget=" + yesNo).body())
                .containsPattern("name=\"yesNo\" value=\"true\"[^>]*checked");
    }

    @Test
    void anAgencySeesWhatItLeadsAndWhatThePlansNameItToCoordinate() throws Exception {
        // The demo steering plan is of 2024, so of the province in the structure before 1 July 2025.
        long finance = units.agencyNamed(units.get(Structure.PRE2025, "38"), "Sở Tài chính")
                .orElseThrow()
                .id();
        if (accounts.list(TestPrincipal.admin(), "stc.phoihop", 0, 1).isEmpty()) {
            accounts.create(
                    TestPrincipal.admin(),
                    new UserInput(
                            "stc.phoihop",
                            "Chuyên viên Sở Tài chính (phối hợp)",
                            null,
                            Role.REPORTER,
                            null,
                            null,
                            finance,
                            "mật khẩu của chuyên viên phối hợp",
                            true));
        }
        WebClient agency = WebClient.withToken(port, token("stc.phoihop", "mật khẩu của chuyên viên phối hợp"));
        JsonNode coordinating =
                JSON.readTree(agency.getJson("/api/v1/tasks?role=COORDINATE").body());
        assertThat(coordinating.findValuesAsString("text"))
                .as("named (\"Sở Tài chính; các sở, ban, ngành\") or covered by \"các sở, ban, ngành cấp tỉnh\"")
                .contains(
                        "Xây dựng Kế hoạch, lộ trình sử dụng biên lai phí, lệ phí điện tử đối với tất cả các ngành, lĩnh vực",
                        "Tham gia ý kiến đối với Chương trình, Kế hoạch và các nhiệm vụ chuyển đổi số của các Bộ, ngành Trung ương triển khai")
                .noneMatch(t -> t.startsWith("Tham mưu ban hành chính sách miễn, giảm phí"));
        assertThat(JSON.readTree(agency.getJson("/api/v1/tasks").body()).findValuesAsString("text"))
                .as("what it leads")
                .anyMatch(t -> t.startsWith("Tham mưu ban hành chính sách miễn, giảm phí"));
        HttpResponse<String> badRole = agency.getJson("/api/v1/tasks?role=WATCH");
        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badRole.body()).get("field").asString()).isEqualTo("role");
        assertThat(WebClient.signedIn(port, "stc.phoihop", "mật khẩu của chuyên viên phối hợp")
                        .get("/my-tasks?show=coordinate")
                        .body())
                .contains("Xây dựng Kế hoạch, lộ trình sử dụng biên lai phí", "Cục Thuế tỉnh");

        WebClient office = WebClient.withToken(port, token("thanhhoa.cds", DEMO_PASSWORD));
        assertThat(JSON.readTree(office.getJson("/api/v1/tasks?assignee=agency:" + finance)
                                .body())
                        .findValuesAsString("text"))
                .as("a standing office looks at one of its agencies")
                .anyMatch(t -> t.startsWith("Tham mưu ban hành chính sách miễn, giảm phí"));
        WebClient outsider = WebClient.withToken(port, token("quangngai.xem", DEMO_PASSWORD));
        HttpResponse<String> foreign = outsider.getJson("/api/v1/tasks?assignee=agency:" + finance);
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.body()).doesNotContain("Sở Tài chính", "Tham mưu");
    }

    @Test
    void aSupersededPlanIsKeptAsItWasAndLeavesTheWorkLists() throws Exception {
        WebClient office = WebClient.withToken(port, token("thanhhoa.cds", DEMO_PASSWORD));
        long old = JSON.readTree(office.sendJson(
                                "POST",
                                "/api/v1/plans",
                                "{\"number\":\"93/KH-UBND\",\"title\":\"Kế hoạch cũ\",\"yearFrom\":2026}")
                        .body())
                .get("id")
                .asLong();
        JsonNode target = JSON.readTree(office.sendJson(
                        "POST",
                        "/api/v1/plans/" + old + "/targets",
                        "{\"statement\":\"Hồ sơ được ký số\",\"unitOfMeasure\":\"%\",\"goal\":95,\"goalYear\":2026}")
                .body());
        JsonNode task = JSON.readTree(office.sendJson(
                        "POST",
                        "/api/v1/plans/" + old + "/tasks",
                        "{\"text\":\"Nhiệm vụ của kế hoạch cũ\",\"deadline\":\"Hàng quý\",\"leadUnitCode\":\"38\"}")
                .body());
        long replacement = JSON.readTree(office.sendJson(
                                "POST",
                                "/api/v1/plans",
                                "{\"number\":\"94/KH-UBND\",\"title\":\"Kế hoạch thay thế\",\"yearFrom\":2026}")
                        .body())
                .get("id")
                .asLong();
        assertThat(office.sendJson("POST", "/api/v1/plans/" + old + "/supersede", "{}")
                        .statusCode())
                .as("a draft is edited or deleted, not superseded")
                .isEqualTo(409);
        assertThat(office.sendJson("POST", "/api/v1/plans/" + old + "/issue", null)
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> amended = office.sendJson(
                "PUT",
                "/api/v1/plans/" + old + "/targets/" + target.get("id").asLong(),
                "{\"statement\":\"Hồ sơ được ký số\",\"unitOfMeasure\":\"%\",\"goal\":100,\"goalYear\":2026,\"version\":"
                        + target.get("version").asInt() + "}");
        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
        JsonNode revision = JSON.readTree(amended.body()).get("revisions").get(0);
        assertThat(revision.get("wording").asString())
                .as("the amendment keeps what the issued target said")
                .isEqualTo("Hồ sơ được ký số: 95% (2026)");
        assertThat(revision.get("replacedBy").asString()).isEqualTo("thanhhoa.cds");

        HttpResponse<String> self =
                office.sendJson("POST", "/api/v1/plans/" + old + "/supersede", "{\"byPlanId\":" + old + "}");
        assertThat(self.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(self.body()).get("field").asString()).isEqualTo("byPlanId");
        HttpResponse<String> superseded =
                office.sendJson("POST", "/api/v1/plans/" + old + "/supersede", "{\"byPlanId\":" + replacement + "}");
        assertThat(superseded.statusCode()).as(superseded.body()).isEqualTo(200);
        assertThat(JSON.readTree(superseded.body()).get("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(JSON.readTree(superseded.body()).get("supersededBy").asLong())
                .isEqualTo(replacement);

        long taskId = task.get("id").asLong();
        assertThat(office.sendJson(
                                "POST",
                                "/api/v1/tasks/" + taskId + "/updates",
                                "{\"status\":\"IN_PROGRESS\",\"version\":"
                                        + task.get("version").asInt() + "}")
                        .statusCode())
                .as("no more reports")
                .isEqualTo(409);
        assertThat(office.sendJson(
                                "PUT",
                                "/api/v1/tasks/" + taskId,
                                "{\"text\":\"Sửa\",\"deadline\":\"Hàng quý\",\"version\":"
                                        + task.get("version").asInt() + "}")
                        .statusCode())
                .as("no more amendments")
                .isEqualTo(409);
        assertThat(JSON.readTree(
                                office.getJson("/api/v1/tasks?assignee=unit:38").body())
                        .findValuesAsString("text"))
                .as("its tasks leave the work lists")
                .doesNotContain("Nhiệm vụ của kế hoạch cũ");
        assertThat(WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD)
                        .get("/plans/" + old)
                        .body())
                .contains("id=\"plan-replaced-by\"", "94/KH-UBND", "Hồ sơ được ký số: 95% (2026)")
                .doesNotContain("id=\"task-edit-form\"", "/plans/" + old + "/tasks\" method=\"post\"");
    }

    private long targetOf(WebClient office, long plan, String statement) throws Exception {
        HttpResponse<String> r =
                office.sendJson("POST", "/api/v1/plans/" + plan + "/targets", "{\"statement\":\"" + statement + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("id").asLong();
    }

    @Test
    void aWardsPlanCascadedFromTheTownsCarriesItsTargetsAndRollsUp() throws Exception {
        WebClient town = WebClient.withToken(port, token("nghison.cds", DEMO_PASSWORD));
        JsonNode list = JSON.readTree(town.getJson("/api/v1/plans?year=2024").body());
        long townPlan = -1;
        long wardPlan = -1;
        for (JsonNode p : list) {
            if ("313/KH-UBND".equals(p.path("number").asString())) {
                townPlan = p.get("id").asLong();
            }
            if (p.get("title").asString().startsWith("Chuyển đổi số trên địa bàn phường Tĩnh Hải năm 2024")) {
                wardPlan = p.get("id").asLong();
            }
        }
        assertThat(townPlan).isPositive();
        assertThat(wardPlan).isPositive();
        JsonNode ward = JSON.readTree(town.getJson("/api/v1/plans/" + wardPlan).body());
        assertThat(ward.get("parents").findValuesAsString("number")).containsExactly("313/KH-UBND");
        assertThat(ward.get("targets").findValuesAsString("statement"))
                .contains(
                        "Ít nhất 95% số cuộc họp được thực hiện qua Hệ thống hội nghị truyền hình trực tuyến",
                        "Tỷ lệ dân số có tài khoản thanh toán điện tử");
        assertThat(ward.get("tasks").size()).isEqualTo(2);
        JsonNode digitised = null;
        for (JsonNode t : ward.get("tasks")) {
            if (t.get("text").asString().startsWith("Số hóa hồ sơ")) {
                digitised = t;
            }
        }
        assertThat(digitised)
                .as("the ward's copy of the town's digitisation task")
                .isNotNull();
        assertThat(digitised.get("targets").findValuesAsString("label"))
                .containsExactly("Văn bản, hồ sơ công việc được tạo lập, xử lý, ký số trên môi trường mạng");
        assertThat(ward.get("targets").findValues("id").stream().map(JsonNode::asLong))
                .as("the copy serves the ward's copy of the target, not the town's")
                .contains(digitised.get("targets").get(0).get("id").asLong());
        assertThat(ward.get("targets").get(1).get("horizons").findValues("year"))
                .extracting(JsonNode::asInt)
                .containsExactly(2024, 2025);
        assertThat(town.sendJson(
                                "POST",
                                "/api/v1/plans/" + wardPlan + "/targets",
                                "{\"statement\":\"x\",\"area\":\"NOT_AN_AREA\"}")
                        .statusCode())
                .isIn(400, 403);
        assertThat(ward.get("sections").findValuesAsString("body"))
                .anyMatch(b -> b.contains("Thực hiện Kế hoạch số 313/KH-UBND"));

        var added = town.sendJson(
                "POST",
                "/api/v1/plans/" + townPlan + "/targets",
                "{\"statement\":\"100% trường học có kết nối Internet cáp quang\",\"goal\":100,"
                        + "\"unitOfMeasure\":\"%\",\"goalYear\":2024,"
                        + "\"coordinators\":\"Phòng Giáo dục và Đào tạo; các doanh nghiệp viễn thông\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(added.body()).get("coordinators").asString())
                .isEqualTo("Phòng Giáo dục và Đào tạo; các doanh nghiệp viễn thông");
        var tooLong = town.sendJson(
                "POST",
                "/api/v1/plans/" + townPlan + "/targets",
                "{\"statement\":\"x\",\"coordinators\":\"" + "a".repeat(2001) + "\"}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tooLong.body()).get("field").asString()).isEqualTo("coordinators");
        assertThat(JSON.readTree(town.getJson("/api/v1/plans/" + townPlan).body())
                        .get("targets")
                        .findValuesAsString("statement"))
                .containsOnlyOnce("100% trường học có kết nối Internet cáp quang")
                .doesNotContain("x");

        String page = WebClient.signedIn(port, "nghison.cds", DEMO_PASSWORD)
                .get("/plans/" + townPlan)
                .body();
        assertThat(page)
                .contains(
                        "Đơn vị cấp dưới (xong/tổng · trễ)",
                        "1/1",
                        "Phòng Giáo dục và Đào tạo; các doanh nghiệp viễn thông");
        assertThat(
                        JSON
                                .readTree(town.getJson("/api/v1/plans?unit=16642&structure=pre2025")
                                        .body())
                                .findValues("id")
                                .stream()
                                .map(JsonNode::asLong))
                .as("filtered by issuing unit: the ward's plan only")
                .containsExactly(wardPlan);
        assertThat(
                        JSON
                                .readTree(town.getJson("/api/v1/plans?unit=407&structure=pre2025")
                                        .body())
                                .findValues("id")
                                .stream()
                                .map(JsonNode::asLong))
                .as("a unit's plans and those of the units under it")
                .contains(townPlan, wardPlan);
        HttpResponse<String> unknownUnit = town.getJson("/api/v1/plans?unit=99999&structure=pre2025");
        assertThat(unknownUnit.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknownUnit.body()).get("field").asString()).isEqualTo("unit");
        assertThat(WebClient.signedIn(port, "nghison.cds", DEMO_PASSWORD)
                        .get("/plans?unit=pre2025/38/407/16642/")
                        .body())
                .contains("id=\"f-unit\"", "Chuyển đổi số trên địa bàn phường Tĩnh Hải năm 2024")
                .doesNotContain("Xây dựng chuyển đổi số trên địa bàn thị xã Nghi Sơn năm 2024");
        HttpResponse<String> belowAsParent = WebClient.withToken(port, token("thanhhoa.cds", DEMO_PASSWORD))
                .sendJson(
                        "POST",
                        "/api/v1/plans",
                        "{\"title\":\"Kế hoạch tỉnh thực hiện kế hoạch phường\",\"yearFrom\":2026,\"parentIds\":["
                                + wardPlan + "]}");
        assertThat(belowAsParent.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(belowAsParent.body()).get("field").asString()).isEqualTo("parentIds");
        WebClient reporter = WebClient.withToken(port, token("tinhhai.baocao", DEMO_PASSWORD));
        assertThat(reporter.getJson("/api/v1/plans/" + wardPlan).statusCode()).isEqualTo(200);
        assertThat(reporter.sendJson("POST", "/api/v1/plans/" + townPlan + "/cascade", "{\"unitCode\":\"16642\"}")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aPlanPrintsAsAnOfficialDocumentInDocxAndPdfAndItsTaskTableAsXlsx() throws Exception {
        String bearer = token("thanhhoa.cds", DEMO_PASSWORD);
        JsonNode list = JSON.readTree(WebClient.withToken(port, bearer)
                .getJson("/api/v1/plans?kind=STEERING")
                .body());
        long plan = -1;
        for (JsonNode p : list) {
            if (p.get("title")
                    .asString()
                    .startsWith("Hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh Thanh Hóa năm 2024")) {
                plan = p.get("id").asLong();
            }
        }
        assertThat(plan).isPositive();
        var http = java.net.http.HttpClient.newHttpClient();
        java.util.function.Function<String, byte[]> download = format -> {
            try {
                return http.send(
                                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                                                + "/api/v1/plans/" + "%d/export?format=%s".formatted(0, format)))
                                        .build(),
                                java.net.http.HttpResponse.BodyHandlers.ofByteArray())
                        .body();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        long id = plan;
        java.util.function.Function<String, java.net.http.HttpResponse<byte[]>> get = format -> {
            try {
                return http.send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                                        + "/api/v1/plans/" + id + "/export?format=" + format))
                                .header("Authorization", "Bearer " + bearer)
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        var docx = get.apply("docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.body()));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word)) {
            String text = extractor.getText();
            var taskTable = word.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("TT"))
                    .findFirst()
                    .orElseThrow();
            var grid = taskTable.getCTTbl().getTblGrid().getGridColList();
            assertThat(Long.parseLong(grid.get(0).getW().toString()))
                    .as("the TT column is narrow, the task column wide, in LibreOffice's grid too")
                    .isLessThan(Long.parseLong(grid.get(1).getW().toString()) / 3);
            assertThat(text)
                    .contains(
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Độc lập - Tự do - Hạnh phúc",
                            "KẾ HOẠCH",
                            "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ",
                            "Tổ chức các phiên họp thường kỳ hoặc đột xuất",
                            "Hàng Quý",
                            "Nơi nhận:",
                            "Quý III/2024 (ngay sau khi Bộ Tài chính ban hành Kế hoạch)");
            assertThat(word.getTables()).hasSizeGreaterThanOrEqualTo(3);
        }
        var pdf = get.apply("pdf");
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Trường Đại học Hồng Đức",
                            "CÔNG NGHIỆP CÔNG NGHỆ SỐ");
        }
        var xlsx = get.apply("xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            assertThat(wb.getSheetAt(0).getRow(3).getCell(1).getStringCellValue())
                    .isEqualTo("Nhiệm vụ");
        }
        assertThat(download.apply("docx").length).as("no token, no document").isLessThan(1000);
    }
}
