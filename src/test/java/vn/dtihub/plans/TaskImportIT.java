package vn.dtihub.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.WebClient;

/** The task table of a plan imported from xlsx in the layout of the steering committee's plan (seed 004). */
class TaskImportIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String token;
    private long plan;

    @BeforeEach
    void plan() throws Exception {
        token = JSON.readTree(new WebClient(port)
                        .sendJson(
                                "POST",
                                "/api/v1/auth/token",
                                "{\"username\":\"thanhhoa.cds\",\"password\":\"" + DEMO_PASSWORD + "\"}")
                        .body())
                .get("token")
                .asString();
        HttpResponse<String> created = WebClient.withToken(port, token)
                .sendJson(
                        "POST",
                        "/api/v1/plans",
                        "{\"number\":\"77/KH-BCĐ\",\"title\":\"Kế hoạch thử nhập bảng nhiệm vụ\",\"kind\":\"STEERING\",\"yearFrom\":2026,\"yearTo\":2026}");
        plan = JSON.readTree(created.body()).get("id").asLong();
    }

    private long tasks() {
        return jdbc.sql("select count(*) from plan_task where plan_id = :p")
                .param("p", plan)
                .query(Long.class)
                .single();
    }

    private static byte[] sheet(String[][] rows) throws Exception {
        return sheet(
                new String[] {
                    "TT",
                    "Nhiệm vụ",
                    "Kết quả thực hiện",
                    "Thời gian hoàn thành",
                    "Cơ quan thực hiện",
                    "Cơ quan phối hợp"
                },
                rows);
    }

    private static byte[] sheet(String[] header, String[][] rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Nhiệm vụ");
            sheet.createRow(0).createCell(0).setCellValue("PHỤ LỤC: NHIỆM VỤ CỤ THỂ");
            var h = sheet.createRow(2);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(3 + r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private HttpResponse<String> upload(byte[] file, boolean dryRun, String choices) throws Exception {
        String boundary = UUID.randomUUID().toString();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"nhiem-vu.xlsx\"\r\n"
                                + "Content-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        if (choices != null) {
            body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"choices\"\r\n\r\n" + choices)
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/plans/" + plan
                                        + "/tasks/import?dryRun=" + dryRun))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static final String[][] TABLE = {
        {"I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH, KIỂM TRA"},
        {
            "1",
            "Tổ chức các phiên họp thường kỳ hoặc đột xuất",
            "Các phiên họp, hội nghị được tổ chức",
            "Hàng Quý",
            "VP UBND tỉnh",
            "Các sở, ngành"
        },
        {
            "2",
            "Tham gia ý kiến đối với các nhiệm vụ chuyển đổi số của Trung ương",
            "Các văn bản góp ý",
            "Thường xuyên",
            "Các sở, ban, ngành cấp tỉnh",
            null
        },
        {"II", "CÁC NGÀNH, LĨNH VỰC"},
        {
            "1",
            "Xây dựng lộ trình sử dụng biên lai điện tử2",
            "Kế hoạch ban hành",
            "Quý III/2026",
            "SỞ TÀI CHÍNH",
            "Thuế tỉnh"
        },
        {"2 Kế hoạch số 01/KH-UBND ngày 06/01/2021 của Chủ tịch UBND tỉnh (chú thích)"}
    };

    @Test
    void namesAreMatchedLooselyTheRestAskedAndTheImportIsAllOrNothing() throws Exception {
        HttpResponse<String> preview = upload(sheet(TABLE), true, null);
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(preview.body());
        assertThat(body.get("tasks").asInt()).isEqualTo(3);
        assertThat(body.get("leads").get("VP UBND tỉnh").get(0).asString()).endsWith("Văn phòng UBND tỉnh");
        assertThat(body.get("leads").get("SỞ TÀI CHÍNH").get(0).asString()).endsWith("Sở Tài chính");
        assertThat(body.get("leads").get("Các sở, ban, ngành cấp tỉnh").size()).isZero();
        assertThat(tasks()).isZero();

        HttpResponse<String> unsettled = upload(sheet(TABLE), false, null);
        assertThat(unsettled.statusCode()).isEqualTo(400);
        assertThat(unsettled.body()).contains("Các sở, ban, ngành cấp tỉnh", "\"column\":\"E\"");
        assertThat(tasks()).isZero();

        HttpResponse<String> imported = upload(sheet(TABLE), false, "{\"Các sở, ban, ngành cấp tỉnh\":0}");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(tasks()).isEqualTo(3);
        JsonNode detail = JSON.readTree(WebClient.withToken(port, token)
                .getJson("/api/v1/plans/" + plan)
                .body());
        assertThat(detail.get("tasks").findValuesAsString("leadName")).contains("Văn phòng UBND tỉnh", "Sở Tài chính");
        assertThat(detail.get("tasks").findValuesAsString("sectionTitle")).contains("CÁC NGÀNH, LĨNH VỰC");
        assertThat(detail.get("tasks").findValuesAsString("coordinators"))
                .contains("Chủ trì: Các sở, ban, ngành cấp tỉnh");
        assertThat(detail.get("tasks").findValuesAsString("footnotes"))
                .containsExactly("2 Kế hoạch số 01/KH-UBND ngày 06/01/2021 của Chủ tịch UBND tỉnh (chú thích)");
        assertThat(WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD)
                        .get("/plans/" + plan)
                        .body())
                .contains("task-footnotes", "2 Kế hoạch số 01/KH-UBND ngày 06/01/2021");
        HttpResponse<byte[]> docx = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/v1/plans/" + plan + "/export?format=docx"))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(docx.statusCode()).isEqualTo(200);
        try (var word = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                var extractor = new XWPFWordExtractor(word)) {
            assertThat(extractor.getText())
                    .containsSubsequence(
                            "Xây dựng lộ trình sử dụng biên lai điện tử2", "2 Kế hoạch số 01/KH-UBND ngày 06/01/2021");
        }
    }

    @Test
    void badRowsAreNamedAndNothingIsCreated() throws Exception {
        String[][] bad = {
            {"I", "CHỈ ĐẠO"},
            {"1", "Một việc", "Kết quả", "Sớm nhất có thể", "Sở Tài chính", null},
            {"2", null, "Kết quả", "Tháng 12", "Sở Tài chính", null},
            {"3", "Việc không có hạn", "Kết quả", null, "Sở Tài chính", null},
            {"7 Quyết định số 3533/QĐ-UBND ngày 02/10/2023 (chú thích không ai dẫn tới)"}
        };
        HttpResponse<String> response = upload(sheet(bad), false, null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains(
                        "\"row\":5,\"column\":\"D\"",
                        "Sớm nhất có thể",
                        "\"row\":6,\"column\":\"B\"",
                        "\"row\":7,\"column\":\"D\"",
                        "\"row\":8,\"column\":\"A\"",
                        "chú thích 7");
        assertThat(tasks()).isZero();
        HttpResponse<String> notXlsx = upload("TT;Nhiệm vụ".getBytes(StandardCharsets.UTF_8), false, null);
        assertThat(notXlsx.statusCode()).isEqualTo(400);
        assertThat(notXlsx.body()).contains("xlsx");
        assertThat(tasks()).isZero();
    }

    private static final String[] APPENDIX_HEADER = {
        "TT", "Nội dung chỉ tiêu", "Cơ quan chủ trì", "Cơ quan phối hợp", "Ghi chú"
    };

    @Test
    void aTargetAppendixBecomesTargetsWithTheirYearAreaGoalLeadAndNote() throws Exception {
        String[][] appendix = {
            {"I", "Chỉ tiêu đến năm 2025"},
            {"1", "Về Chính quyền số"},
            {
                "1.1",
                "100% hồ sơ thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình",
                "VP UBND tỉnh",
                "Các sở, ngành; UBND cấp huyện",
                "Theo dõi hàng quý"
            },
            {"1.2", "Trong nhóm 10 tỉnh dẫn đầu cả nước về chuyển đổi số", "Sở Tài chính", null, null},
            {"2", "Về Kinh tế số"},
            {"2.1", "Doanh nghiệp chuyển đổi số chiếm 40% trở lên", "SỞ TÀI CHÍNH", "Thuế tỉnh", null}
        };
        HttpResponse<String> preview = upload(sheet(APPENDIX_HEADER, appendix), true, null);
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(JSON.readTree(preview.body()).get("targets").asInt()).isEqualTo(3);
        assertThat(JSON.readTree(preview.body()).get("tasks").asInt()).isZero();

        String[][] bad = {{"I", "Chỉ tiêu đến năm 2025"}, {"1", "Về việc khác"}, {"1.1", null, "Sở Tài chính"}};
        HttpResponse<String> rejected = upload(sheet(APPENDIX_HEADER, bad), false, null);
        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.body()).contains("\"row\":5,\"column\":\"B\"", "\"row\":6,\"column\":\"B\"");
        assertThat(targets()).isZero();

        HttpResponse<String> imported = upload(sheet(APPENDIX_HEADER, appendix), false, null);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode targets = JSON.readTree(WebClient.withToken(port, token)
                        .getJson("/api/v1/plans/" + plan)
                        .body())
                .get("targets");
        assertThat(targets.findValuesAsString("area"))
                .containsExactly("DIGITAL_GOVERNMENT", "DIGITAL_GOVERNMENT", "DIGITAL_ECONOMY");
        assertThat(targets.findValues("goalYear")).extracting(JsonNode::asInt).containsOnly(2025);
        assertThat(targets.get(0).get("goal").decimalValue()).isEqualByComparingTo("100");
        assertThat(targets.get(1).get("goal")).isNull();
        assertThat(targets.get(2).get("goal").decimalValue()).isEqualByComparingTo("40");
        assertThat(targets.findValuesAsString("leadName"))
                .containsExactly("Văn phòng UBND tỉnh", "Sở Tài chính", "Sở Tài chính");
        assertThat(targets.get(0).get("coordinators").asString()).isEqualTo("Các sở, ngành; UBND cấp huyện");
        assertThat(targets.get(0).get("note").asString()).isEqualTo("Theo dõi hàng quý");
        assertThat(tasks()).isZero();
    }

    private long targets() {
        return jdbc.sql("select count(*) from plan_target where plan_id = :p")
                .param("p", plan)
                .query(Long.class)
                .single();
    }
}
