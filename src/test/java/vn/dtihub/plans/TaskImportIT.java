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

/**
 * The task table of a plan imported from xlsx as offices retype the steering committee's plan (seed 004): sections and
 * lettered sub-sections, empty deadlines, merged cells, glued footnote markers, collective leads and old names.
 */
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

    private static final String[] HEADER = {
        "TT", "Nhiệm vụ", "Kết quả thực hiện", "Thời gian hoàn thành", "Cơ quan thực hiện", "Cơ quan phối hợp"
    };

    /** A sheet with a title, the header on row 3 and the rows from row 4; merges as {row index, first, last column}. */
    private static byte[] sheet(String[] header, String[][] rows, int[][] merges) throws Exception {
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
            for (int[] m : merges) {
                sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(3 + m[0], 3 + m[0], m[1], m[2]));
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

    /** Seed 004's table as an office retypes it: sections, lettered sub-sections, glued footnote markers. */
    private static final String[][] SEED_004 = {
        {"II", "CÔNG NGHIỆP CÔNG NGHỆ SỐ"},
        {
            "1",
            "Xây dựng Đề án đào tạo nguồn nhân lực ngành công nghiệp bán dẫn trên địa bàn tỉnh đến năm 2030, định"
                    + " hướng đến năm 20452",
            "Đề án",
            "30/6/2026",
            "Sở Thông tin và Truyền thông",
            "Các sở, ban, ngành, đơn vị liên quan"
        },
        {
            "2",
            "Thúc đẩy phát triển doanh nghiệp công nghệ số (Kế hoạch số 77/KH-UBND ngày 28/3/20233 và Quyết định số"
                    + " 752/QĐ-UBND ngày 09/02/20244)",
            "10-20 doanh nghiệp công nghệ số hoạt động",
            "Tháng 12",
            "Sở TT&TT",
            "Sở Tài chính"
        },
        {"IV", "QUẢN TRỊ SỐ"},
        {"A", "Thể chế, chính sách"},
        {
            "1",
            "Rà soát văn bản quy phạm pháp luật, bổ sung phương án xử lý đối với việc thực thi các văn bản chỉ đạo",
            "Văn bản",
            "Theo tiến độ thời gian của các Bộ, ngành Trung ương",
            "Các sở, ban, ngành cấp tỉnh; UBND cấp huyện.",
            "-"
        },
        {
            "2",
            "Thực hiện số hóa theo Kế hoạch số hóa kết quả giải quyết TTHC5 và Đề án “Lưu trữ tài liệu điện tử của"
                    + " các cơ quan nhà nước tỉnh Thanh Hóa giai đoạn 2023-2025”6",
            "Số hóa kết quả giải quyết TTHC",
            null,
            "Sở Tài chính; các sở, ban, ngành cấp tỉnh",
            null
        },
        {"B", "Nâng cao hiệu quả cung cấp dịch vụ công trực tuyến"},
        {
            "1",
            "Thực hiện chuẩn hóa, tái cấu trúc quy trình nghiệp vụ thu thuế",
            "Quy trình được chuẩn hóa",
            "Năm 2026",
            "Cục Thuế tỉnh",
            "Các doanh nghiệp viễn thông"
        },
        {"2", "Phủ sóng di động 5G tại các khu công nghiệp", "Trạm 5G", "Quý IV/2026", "Các doanh nghiệp viễn thông"},
        {
            "3",
            "Triển khai các nhiệm vụ chuyển đổi số năm 2024",
            "Theo Kế hoạch số 298/KH-UBND ngày 20/12/2023 đã được ban hành"
        },
        {"2 Theo ý kiến chỉ đạo của Thường trực Tỉnh ủy"},
        {"3 Kế hoạch số 77/KH-UBND ngày 28/3/2023 của UBND tỉnh"},
        {"4 Quyết định số 752/QĐ-UBND ngày 09/02/2024 của Chủ tịch UBND tỉnh"},
        {"5 Kế hoạch số 01/KH-UBND ngày 06/01/2021 của Chủ tịch UBND tỉnh về số hóa kết quả giải quyết thủ tục"},
        {"hành chính giai đoạn 2021-2025."},
        {"6 Quyết định số 3533/QĐ-UBND ngày 02/10/2023"}
    };

    /** Row 14 of the sheet (task IV.B.3): its "Theo Kế hoạch số 298…" is one cell merged across C:F. */
    private static final int[][] SEED_004_MERGES = {{10, 2, 5}};

    private long agency(String name) {
        return jdbc.sql("""
                        select a.id from agency a join admin_unit u on u.id = a.unit_id
                         where u.path = 'current/38/' and a.name = :n""").param("n", name).query(Long.class).single();
    }

    private JsonNode ledBy(String name, String filter) throws Exception {
        return JSON.readTree(WebClient.withToken(port, token)
                .getJson("/api/v1/tasks?assignee=agency:" + agency(name) + filter)
                .body());
    }

    private static JsonNode task(JsonNode tasks, String startsWith) {
        for (JsonNode t : tasks) {
            if (t.get("text").asString().startsWith(startsWith)) {
                return t;
            }
        }
        throw new AssertionError("no task starting with " + startsWith + " in " + tasks);
    }

    @Test
    void aTableShapedLikeSeed004KeepsItsStructureNotesCollectiveLeadsAndOldNames() throws Exception {
        byte[] file = sheet(HEADER, SEED_004, SEED_004_MERGES);
        HttpResponse<String> preview = upload(file, true, null);
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        JsonNode read = JSON.readTree(preview.body());
        assertThat(read.get("problems").size()).as(preview.body()).isZero();
        assertThat(read.get("tasks").asInt()).isEqualTo(7);
        assertThat(read.get("sections").valueStream().map(JsonNode::asString))
                .containsExactly(
                        "II. CÔNG NGHIỆP CÔNG NGHỆ SỐ",
                        "IV. QUẢN TRỊ SỐ",
                        "IV.A. Thể chế, chính sách",
                        "IV.B. Nâng cao hiệu quả cung cấp dịch vụ công trực tuyến");
        assertThat(read.get("carried").get("Sở Thông tin và Truyền thông").asString())
                .isEqualTo("Sở Thông tin và Truyền thông → nay là Sở Khoa học và Công nghệ, từ 1/3/2025 (sáp nhập)");
        assertThat(read.get("carried").get("Cục Thuế tỉnh").asString())
                .isEqualTo("Cục Thuế tỉnh → nay là Thuế tỉnh Thanh Hóa, từ 1/7/2025 (đổi tên)");
        assertThat(read.get("leads").get("Sở TT&TT").get(0).asString()).endsWith("Sở Khoa học và Công nghệ");
        assertThat(read.get("leads").has("Các sở, ban, ngành cấp tỉnh"))
                .as("a collective phrase is not a name to settle")
                .isFalse();
        JsonNode collectives = read.get("collectives");
        assertThat(collectives.findValuesAsString("written"))
                .containsExactly("Các sở, ban, ngành cấp tỉnh", "UBND cấp huyện", "Các doanh nghiệp viễn thông");
        assertThat(collectives.findValuesAsString("group"))
                .containsExactly("PROVINCE_AGENCIES", "DISTRICTS", "TELECOMS");
        assertThat(collectives.get(0).get("reading").asString()).contains("không gồm doanh nghiệp");
        assertThat(collectives.get(0).get("rows").valueStream().map(JsonNode::asInt))
                .as("one line for the phrase however it is capitalised")
                .containsExactly(9, 10);
        assertThat(collectives.get(2).get("parties").asInt())
                .as("VNPT and Viettel, not the post office")
                .isEqualTo(2);
        JsonNode notes = read.get("footnotes");
        assertThat(notes.findValuesAsString("number")).containsExactly("2", "3", "4", "5", "6");
        assertThat(notes.findValues("taskRow"))
                .extracting(JsonNode::asInt)
                .as("sheet rows of the tasks each note went to")
                .containsExactly(5, 6, 6, 10, 10);
        assertThat(notes.get(3).get("text").asString()).endsWith("giải quyết thủ tục hành chính giai đoạn 2021-2025.");
        assertThat(tasks()).isZero();

        HttpResponse<String> imported = upload(file, false, null);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode all = JSON.readTree(WebClient.withToken(port, token)
                        .getJson("/api/v1/plans/" + plan)
                        .body())
                .get("tasks");
        JsonNode semiconductors = task(all, "Xây dựng Đề án đào tạo");
        assertThat(semiconductors.get("text").asString()).endsWith("đến năm 2045²");
        assertThat(semiconductors.get("footnotes").asString())
                .isEqualTo("2 Theo ý kiến chỉ đạo của Thường trực Tỉnh ủy");
        assertThat(semiconductors.get("leadName").asString()).isEqualTo("Sở Khoa học và Công nghệ");
        JsonNode enterprises = task(all, "Thúc đẩy phát triển doanh nghiệp");
        assertThat(enterprises.get("text").asString()).contains("28/3/2023³", "09/02/2024⁴)");
        assertThat(enterprises.get("footnotes").asString().split("\n"))
                .as("two notes, each with its number")
                .containsExactly(
                        "3 Kế hoạch số 77/KH-UBND ngày 28/3/2023 của UBND tỉnh",
                        "4 Quyết định số 752/QĐ-UBND ngày 09/02/2024 của Chủ tịch UBND tỉnh");
        JsonNode review = task(all, "Rà soát văn bản");
        assertThat(review.get("sectionCode").asString()).isEqualTo("IV");
        assertThat(review.get("subsectionCode").asString()).isEqualTo("A");
        assertThat(review.get("subsectionTitle").asString()).isEqualTo("Thể chế, chính sách");
        assertThat(review.get("leadName").asString())
                .as("the lead cell as written")
                .isEqualTo("Các sở, ban, ngành cấp tỉnh; UBND cấp huyện.");
        assertThat(review.get("leadGroups").valueStream().map(JsonNode::asString))
                .containsExactly("PROVINCE_AGENCIES", "DISTRICTS");
        assertThat(review.get("coordinators").asString()).isEqualTo("-");
        JsonNode digitise = task(all, "Thực hiện số hóa");
        assertThat(digitise.get("text").asString()).contains("TTHC⁵ và", "2023-2025”⁶");
        assertThat(digitise.get("deadlineKind").asString()).isEqualTo("NONE");
        assertThat(digitise.get("deadlineText")).isNull();
        assertThat(digitise.get("late").asBoolean()).isFalse();
        assertThat(digitise.get("leadAgencyIds").valueStream().map(JsonNode::asLong))
                .containsExactly(agency("Sở Tài chính"));
        JsonNode tax = task(all, "Thực hiện chuẩn hóa");
        assertThat(tax.get("subsectionCode").asString()).isEqualTo("B");
        assertThat(tax.get("leadName").asString()).isEqualTo("Thuế tỉnh Thanh Hóa");
        JsonNode merged = task(all, "Triển khai các nhiệm vụ chuyển đổi số năm 2024");
        assertThat(merged.get("deadlineKind").asString())
                .as("a cell merged across C:F that reads as a deadline is the deadline")
                .isEqualTo("PER_PLAN");
        assertThat(merged.get("deadlineText").asString()).startsWith("Theo Kế hoạch số 298/KH-UBND");
        assertThat(merged.get("expectedResult")).isNull();
        assertThat(merged.get("leadName")).isNull();

        // Each lead's Chủ trì list: named, designated by a phrase by its kind, or carried on from an old name.
        assertThat(ledBy("Sở Tài chính", "").findValuesAsString("text"))
                .anyMatch(t -> t.startsWith("Rà soát văn bản"))
                .anyMatch(t -> t.startsWith("Thực hiện số hóa"));
        assertThat(ledBy("Sở Tài chính", "&role=COORDINATE").findValuesAsString("text"))
                .as("leading is not coordinating")
                .noneMatch(t -> t.startsWith("Rà soát văn bản"))
                .anyMatch(t -> t.startsWith("Thúc đẩy phát triển doanh nghiệp"));
        assertThat(ledBy("Sở Khoa học và Công nghệ", "").findValuesAsString("text"))
                .anyMatch(t -> t.startsWith("Xây dựng Đề án đào tạo"))
                .anyMatch(t -> t.startsWith("Rà soát văn bản"));
        assertThat(ledBy("VNPT Thanh Hóa", "").findValuesAsString("text"))
                .anyMatch(t -> t.startsWith("Phủ sóng di động 5G"))
                .noneMatch(t -> t.startsWith("Rà soát văn bản"));
        assertThat(ledBy("Bưu điện tỉnh Thanh Hóa", "").findValuesAsString("text"))
                .as("the post office is neither a telecom operator nor a department")
                .noneMatch(t -> t.startsWith("Phủ sóng di động 5G"))
                .noneMatch(t -> t.startsWith("Rà soát văn bản"));
        assertThat(ledBy("Trung tâm Phục vụ hành chính công tỉnh", "").findValuesAsString("text"))
                .as("a public service unit is not one of \"các sở, ban, ngành\"")
                .noneMatch(t -> t.startsWith("Rà soát văn bản"));
        assertThat(ledBy("Sở Tài chính", "&deadline=NONE").findValuesAsString("text"))
                .containsExactly(digitise.get("text").asString());

        WebClient office = WebClient.signedIn(port, "thanhhoa.cds", DEMO_PASSWORD);
        String page = office.get("/plans/" + plan).body();
        assertThat(page)
                .contains("task-subsection", "Thể chế, chính sách", "Không có thời hạn", "2045²")
                .containsSubsequence(
                        "QUẢN TRỊ SỐ",
                        "Thể chế, chính sách",
                        "Rà soát văn bản",
                        "Thực hiện số hóa",
                        "Nâng cao hiệu quả cung cấp dịch vụ công trực tuyến",
                        "Thực hiện chuẩn hóa");
        String filtered = office.get("/plans/" + plan + "?deadline=none").body();
        assertThat(filtered).contains("Thực hiện số hóa").doesNotContain("Rà soát văn bản");
        assertThat(office.get("/my-tasks?show=nodeadline&assignee=agency:" + agency("Sở Tài chính"))
                        .body())
                .contains("Thực hiện số hóa")
                .doesNotContain("Rà soát văn bản");

        try (var word = new XWPFDocument(new ByteArrayInputStream(export("docx")));
                var extractor = new XWPFWordExtractor(word)) {
            assertThat(extractor.getText())
                    .containsSubsequence(
                            "IV\tQUẢN TRỊ SỐ",
                            "A\tThể chế, chính sách",
                            "1\tRà soát văn bản",
                            "Các sở, ban, ngành cấp tỉnh; UBND cấp huyện.",
                            "2\tThực hiện số hóa",
                            "5 Kế hoạch số 01/KH-UBND",
                            "6 Quyết định số 3533/QĐ-UBND",
                            "B\tNâng cao hiệu quả",
                            "1\tThực hiện chuẩn hóa");
        }
        try (var document = org.apache.pdfbox.Loader.loadPDF(export("pdf"))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper()
                            .getText(document)
                            .replaceAll("\\s+", " "))
                    .contains("Thể chế, chính sách", "2045²", "TTHC⁵", "Các sở, ban, ngành cấp tỉnh; UBND cấp huyện.");
        }
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(export("xlsx")))) {
            var rows = new java.util.ArrayList<String>();
            wb.getSheetAt(0)
                    .forEach(r ->
                            rows.add(r.getCell(0) == null ? "" : r.getCell(0).getStringCellValue()));
            assertThat(rows).containsSubsequence("II", "1", "2", "IV", "A", "1", "2", "B", "1", "2", "3");
        }
    }

    private byte[] export(String format) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/plans/" + plan
                                        + "/export?format=" + format))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void unknownNamesAreAskedCreateNewSelectsAnExistingAgencyAndTheImportIsAllOrNothing() throws Exception {
        String[][] table = {
            {"I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH, KIỂM TRA"},
            {"1", "Tổ chức các phiên họp thường kỳ", "Các phiên họp", "Hàng Quý", "VP UBND tỉnh", "Các sở, ngành"},
            {"2", "Xây dựng lộ trình sử dụng biên lai điện tử", "Kế hoạch", "Quý III/2026", "SỞ TÀI CHÍNH", null},
            {"3", "Khảo sát mức độ hài lòng", "Báo cáo", "Tháng 11", "Ban Dân tộc tỉnh", null}
        };
        long agencies =
                jdbc.sql("select count(*) from agency").query(Long.class).single();
        HttpResponse<String> preview = upload(sheet(HEADER, table, new int[0][]), true, null);
        JsonNode body = JSON.readTree(preview.body());
        assertThat(body.get("leads").get("VP UBND tỉnh").get(0).asString()).endsWith("Văn phòng UBND tỉnh");
        assertThat(body.get("leads").get("Ban Dân tộc tỉnh").size()).isZero();

        HttpResponse<String> unsettled = upload(sheet(HEADER, table, new int[0][]), false, null);
        assertThat(unsettled.statusCode()).isEqualTo(400);
        assertThat(unsettled.body()).contains("Ban Dân tộc tỉnh", "\"row\":7,\"column\":\"E\"");
        assertThat(tasks()).isZero();

        HttpResponse<String> imported =
                upload(sheet(HEADER, table, new int[0][]), false, "{\"Ban Dân tộc tỉnh\":0,\"SỞ TÀI CHÍNH\":-1}");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from agency").query(Long.class).single())
                .as("\"create new\" for a name the unit's agency has selects that agency")
                .isEqualTo(agencies);
        JsonNode all = JSON.readTree(WebClient.withToken(port, token)
                        .getJson("/api/v1/plans/" + plan)
                        .body())
                .get("tasks");
        assertThat(task(all, "Xây dựng lộ trình").get("leadName").asString()).isEqualTo("Sở Tài chính");
        assertThat(task(all, "Khảo sát").get("coordinators").asString()).isEqualTo("Chủ trì: Ban Dân tộc tỉnh");
    }

    @Test
    void everyRefusalNamesItsRowColumnAndPhraseAndNothingIsCreated() throws Exception {
        String[][] bad = {
            {"I", "CHỈ ĐẠO"},
            {"1", "Một việc", "Kết quả", "Sớm nhất có thể", "Sở Tài chính", null},
            {"2", null, "Kết quả", "Tháng 12", "Sở Tài chính", null},
            {"một", "Việc đánh số bằng chữ", "Kết quả", "Tháng 12", "Sở Tài chính", null},
            {"2a", "Việc đánh số lạ", "Kết quả", "Tháng 12", "Sở Tài chính", null},
            {"Các nhiệm vụ khác theo chỉ đạo", "Việc trong câu", null, null, null, null},
            {"B", null},
            {"7 Quyết định số 3533/QĐ-UBND ngày 02/10/2023 (chú thích không ai dẫn tới)"}
        };
        HttpResponse<String> response = upload(sheet(HEADER, bad, new int[0][]), false, null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains(
                        "\"row\":5,\"column\":\"D\"",
                        "Sớm nhất có thể",
                        "\"row\":6,\"column\":\"B\"",
                        "\"row\":7,\"column\":\"A\"",
                        "TT \\\"một\\\"",
                        "\"row\":8,\"column\":\"A\"",
                        "TT \\\"2a\\\"",
                        "\"row\":9,\"column\":\"A\"",
                        "Các nhiệm vụ khác theo chỉ đạo",
                        "\"row\":10,\"column\":\"B\"",
                        "\"row\":11,\"column\":\"A\"",
                        "chú thích 7");
        assertThat(tasks()).isZero();
        HttpResponse<String> preview = upload(sheet(HEADER, bad, new int[0][]), true, null);
        assertThat(JSON.readTree(preview.body()).get("problems").size()).isEqualTo(7);
        assertThat(tasks()).isZero();
        HttpResponse<String> notXlsx = upload("TT;Nhiệm vụ".getBytes(StandardCharsets.UTF_8), false, null);
        assertThat(notXlsx.statusCode()).isEqualTo(400);
        assertThat(notXlsx.body()).contains("xlsx");
        assertThat(tasks()).isZero();
    }

    @Test
    void aDistrictTaskLedByTheCommunesIsInEachCommunesListAndItsOwnPlan() throws Exception {
        String district = JSON.readTree(new WebClient(port)
                        .sendJson(
                                "POST",
                                "/api/v1/auth/token",
                                "{\"username\":\"nghison.cds\",\"password\":\"" + DEMO_PASSWORD + "\"}")
                        .body())
                .get("token")
                .asString();
        long town = JSON.readTree(WebClient.withToken(port, district)
                        .sendJson(
                                "POST",
                                "/api/v1/plans",
                                "{\"title\":\"Kế hoạch thử chủ trì tập thể\",\"yearFrom\":2024,\"yearTo\":2024}")
                        .body())
                .get("id")
                .asLong();
        String[][] table = {
            {"I", "XÃ HỘI SỐ"},
            {
                "1",
                "Duy trì hoạt động của Tổ công nghệ số cộng đồng",
                "Tổ hoạt động",
                "Thường xuyên",
                "Phòng Văn hóa và Thông tin; UBND các xã, phường, thị trấn",
                null
            }
        };
        String saved = token;
        long savedPlan = plan;
        token = district;
        plan = town;
        try {
            HttpResponse<String> imported = upload(sheet(HEADER, table, new int[0][]), false, null);
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        } finally {
            token = saved;
            plan = savedPlan;
        }
        String ward = JSON.readTree(new WebClient(port)
                        .sendJson(
                                "POST",
                                "/api/v1/auth/token",
                                "{\"username\":\"tinhhai.baocao\",\"password\":\"" + DEMO_PASSWORD + "\"}")
                        .body())
                .get("token")
                .asString();
        assertThat(JSON.readTree(WebClient.withToken(port, ward)
                                .getJson("/api/v1/tasks")
                                .body())
                        .findValuesAsString("text"))
                .as("the ward's people's committee leads what \"UBND các xã, phường, thị trấn\" leads")
                .contains("Duy trì hoạt động của Tổ công nghệ số cộng đồng");
        assertThat(WebClient.signedIn(port, "nghison.vhtt", DEMO_PASSWORD)
                        .get("/my-tasks")
                        .body())
                .contains("Duy trì hoạt động của Tổ công nghệ số cộng đồng");
        long cascaded = JSON.readTree(WebClient.withToken(port, district)
                        .sendJson("POST", "/api/v1/plans/" + town + "/cascade", "{\"unitCode\":\"16561\"}")
                        .body())
                .get("id")
                .asLong();
        assertThat(JSON.readTree(WebClient.withToken(port, district)
                                .getJson("/api/v1/plans/" + cascaded)
                                .body())
                        .get("tasks")
                        .findValuesAsString("text"))
                .as("a commune's plan made from the district's takes the task its committee leads")
                .contains("Duy trì hoạt động của Tổ công nghệ số cộng đồng");
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
        HttpResponse<String> preview = upload(sheet(APPENDIX_HEADER, appendix, new int[0][]), true, null);
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(JSON.readTree(preview.body()).get("targets").asInt()).isEqualTo(3);
        assertThat(JSON.readTree(preview.body()).get("tasks").asInt()).isZero();

        String[][] bad = {{"I", "Chỉ tiêu đến năm 2025"}, {"1", "Về việc khác"}, {"1.1", null, "Sở Tài chính"}};
        HttpResponse<String> rejected = upload(sheet(APPENDIX_HEADER, bad, new int[0][]), false, null);
        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.body()).contains("\"row\":5,\"column\":\"B\"", "\"row\":6,\"column\":\"B\"");
        assertThat(targets()).isZero();

        HttpResponse<String> imported = upload(sheet(APPENDIX_HEADER, appendix, new int[0][]), false, null);
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
