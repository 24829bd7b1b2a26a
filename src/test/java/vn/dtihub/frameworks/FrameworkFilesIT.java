package vn.dtihub.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.WebClient;

/** Frameworks and assignment tables as files: xlsx and JSON round trips, bad files refused, PDFs in Vietnamese. */
class FrameworkFilesIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TITLE = "Tên bộ chỉ số: Bộ chỉ số thử nghiệm";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String token;

    @BeforeEach
    void signIn() throws Exception {
        HttpResponse<String> response = new WebClient(port)
                .sendJson(
                        "POST",
                        "/api/v1/auth/token",
                        "{\"username\":\"nghison.cds\",\"password\":\"" + DEMO_PASSWORD + "\"}");
        token = JSON.readTree(response.body()).get("token").asString();
    }

    private long frameworks() {
        return jdbc.sql("select count(*) from framework").query(Long.class).single();
    }

    private long districtSample() throws Exception {
        JsonNode list = JSON.readTree(
                WebClient.withToken(port, token).getJson("/api/v1/frameworks").body());
        for (JsonNode f : list) {
            if (f.get("name").asString().startsWith("Bộ chỉ số chuyển đổi số cấp huyện")) {
                return f.get("id").asLong();
            }
        }
        throw new IllegalStateException("no district sample");
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> upload(byte[] file, String name, boolean dryRun) throws Exception {
        String boundary = UUID.randomUUID().toString();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/v1/frameworks/import?dryRun=" + dryRun))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A template workbook: the header block, the header row, then the given criterion rows (cells as text). */
    private static byte[] template(List<String[]> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Chỉ tiêu");
            int r = 0;
            for (String line : List.of(TITLE, "Đối tượng: COMMUNE", "Năm: 2026-2026", "Trụ cột: DTI=Tổng hợp*")) {
                sheet.createRow(r++).createCell(0).setCellValue(line);
            }
            r++;
            var header = sheet.createRow(r++);
            String[] names = {
                "Mã",
                "Mã cha",
                "Tên chỉ tiêu",
                "Kiểu giá trị",
                "Đơn vị tính",
                "Điểm tối đa",
                "Tính điểm (x)",
                "Cách chấm",
                "Tham số cách chấm",
                "Cần minh chứng (x)",
                "Loại minh chứng",
                "Nguồn số liệu",
                "Cơ quan xác minh",
                "Khi thiếu số liệu",
                "Ghi chú điểm",
                "Mô tả",
                "Trụ cột (mã=trọng số)"
            };
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (String[] values : rows) {
                var row = sheet.createRow(r++);
                for (int c = 0; c < values.length; c++) {
                    if (values[c] == null) {
                        continue;
                    }
                    if (values[c].startsWith("=")) {
                        row.createCell(c).setCellFormula(values[c].substring(1));
                    } else {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static String[] row(
            String code,
            String parent,
            String name,
            String type,
            String points,
            String rule,
            String params,
            String views) {
        return new String[] {
            code, parent, name, type, null, points, null, rule, params, null, null, null, null, null, null, null, views
        };
    }

    private static List<String[]> valid() {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("A", null, "Phần A", null, "30", null, null, "DTI=1"));
        rows.add(row("A.1", "A", "Có kế hoạch chuyển đổi số", "YES_NO", "10", "YES_NO", null, null));
        rows.add(row("A.2", "A", "Số cuộc họp", "COUNT", "20", "STEPS", "4=20; 3=15; 2=10; 1=5", null));
        return rows;
    }

    @Test
    void anXlsxTemplateIsPreviewedThenImportedAsADraft() throws Exception {
        long before = frameworks();
        HttpResponse<String> preview = upload(template(valid()), "bo-chi-so.xlsx", true);
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(JSON.readTree(preview.body()).get("criteria").asInt()).isEqualTo(3);
        assertThat(frameworks()).as("a dry run creates nothing").isEqualTo(before);

        HttpResponse<String> imported = upload(template(valid()), "bo-chi-so.xlsx", false);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        long id = JSON.readTree(imported.body()).get("id").asLong();
        JsonNode detail = JSON.readTree(WebClient.withToken(port, token)
                .getJson("/api/v1/frameworks/" + id)
                .body());
        assertThat(detail.get("framework").get("status").asString()).isEqualTo("DRAFT");
        assertThat(detail.get("totalPoints").decimalValue()).isEqualByComparingTo("30");
        assertThat(detail.get("views").get(0).get("code").asString()).isEqualTo("DTI");
        assertThat(detail.get("problems").size()).isZero();
    }

    @Test
    void theSampleRoundTripsThroughXlsxAndJson() throws Exception {
        long sample = districtSample();
        HttpResponse<byte[]> xlsx = download("/api/v1/frameworks/" + sample + "/export?format=xlsx");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        HttpResponse<String> again = upload(xlsx.body(), "mau.xlsx", false);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        JsonNode copy = JSON.readTree(WebClient.withToken(port, token)
                .getJson("/api/v1/frameworks/"
                        + JSON.readTree(again.body()).get("id").asLong())
                .body());
        assertThat(copy.get("framework").get("criteriaCount").asInt()).isEqualTo(80);
        assertThat(copy.get("totalPoints").decimalValue()).isEqualByComparingTo("1000");
        assertThat(copy.get("views").size()).isEqualTo(4);

        HttpResponse<byte[]> json = download("/api/v1/frameworks/" + sample + "/export?format=json");
        HttpResponse<String> fromJson = WebClient.withToken(port, token)
                .sendJson("POST", "/api/v1/frameworks/import", new String(json.body(), StandardCharsets.UTF_8));
        assertThat(fromJson.statusCode()).as(fromJson.body()).isEqualTo(201);
    }

    private void assertRejected(byte[] file, String... expected) throws Exception {
        long before = frameworks();
        HttpResponse<String> response = upload(file, "bad.xlsx", false);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains(expected);
        assertThat(frameworks()).as("nothing created").isEqualTo(before);
    }

    @Test
    void badFilesGetEveryProblemWithRowAndColumnAndCreateNothing() throws Exception {
        assertRejected("not a spreadsheet".getBytes(StandardCharsets.UTF_8), "xlsx");

        List<String[]> broken = new ArrayList<>();
        broken.add(row("A", null, "Phần A", null, "30", null, null, null));
        broken.add(row("A.1", "A", "Có kế hoạch", "YES_NO", "mười", "YES_NO", null, null));
        broken.add(row("A.1", "A", "Trùng mã", "YES_NO", "10", "YES_NO", null, null));
        broken.add(row("A.3", "Z", "Cha không có", "YES_NO", "10", "YES_NO", null, null));
        broken.add(row("A.4", "A", "Thiếu tham số", "COUNT", "10", "STEPS", "", null));
        broken.add(row("A.5", "A", "Công thức", "YES_NO", "=1+1", "YES_NO", null, null));
        assertRejected(
                template(broken),
                "\"row\":8,\"column\":\"F\"",
                "điểm tối đa phải là số",
                "\"row\":9",
                "bị trùng",
                "\"row\":10,\"column\":\"B\"",
                "mã cha Z",
                "\"row\":11,\"column\":\"I\"",
                "\"row\":12,\"column\":\"F\"",
                "công thức");

        List<String[]> cycle = new ArrayList<>();
        cycle.add(row("X", "Y", "Vòng X", null, "10", null, null, null));
        cycle.add(row("Y", "X", "Vòng Y", null, "10", null, null, null));
        assertRejected(template(cycle), "vòng lặp");

        List<String[]> sums = new ArrayList<>();
        sums.add(row("A", null, "Phần A", null, "50", null, null, null));
        sums.add(row("A.1", "A", "Một", "YES_NO", "10", "YES_NO", null, null));
        assertRejected(template(sums), "\"row\":7,\"column\":\"F\"", "khác điểm tối đa");

        List<String[]> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(row("C" + i, null, "Chỉ tiêu " + i, "YES_NO", "1", "YES_NO", null, null));
        }
        assertRejected(template(many), "dòng");
    }

    @Test
    void aZipBombIsRefusedBeforeItExpands() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                            .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 30; i++) {
                zip.write(spaces);
            }
        }
        assertThat(out.size()).isLessThan(200_000);
        assertRejected(out.toByteArray(), "zip bomb");
    }

    @Test
    void aPublishedFrameworkAnswers409SayingToCloneIt() throws Exception {
        long sample = districtSample();
        JsonNode detail = JSON.readTree(WebClient.withToken(port, token)
                .getJson("/api/v1/frameworks/" + sample)
                .body());
        HttpResponse<String> response = WebClient.withToken(port, token)
                .sendJson(
                        "PUT",
                        "/api/v1/frameworks/" + sample,
                        "{\"name\":\"Đổi tên\",\"version\":"
                                + detail.get("framework").get("version").asInt() + "}");
        assertThat(response.statusCode()).isIn(403, 409);
        HttpResponse<String> clone = WebClient.withToken(port, token)
                .sendJson("POST", "/api/v1/frameworks/" + sample + "/clone", "{\"name\":\"Bộ chỉ số Nghi Sơn 2025\"}");
        long draft = JSON.readTree(clone.body()).get("id").asLong();
        WebClient.withToken(port, token).sendJson("POST", "/api/v1/frameworks/" + draft + "/publish", null);
        JsonNode published = JSON.readTree(WebClient.withToken(port, token)
                .getJson("/api/v1/frameworks/" + draft)
                .body());
        assertThat(published.get("framework").get("status").asString()).isEqualTo("PUBLISHED");
        HttpResponse<String> edit = WebClient.withToken(port, token)
                .sendJson(
                        "POST",
                        "/api/v1/frameworks/" + draft + "/criteria",
                        "{\"code\":\"IV\",\"name\":\"Phần mới\",\"maxPoints\":0}");
        assertThat(edit.statusCode()).isEqualTo(409);
        assertThat(edit.body()).contains("nhân bản");
    }

    @Test
    void theAssignmentTableDownloadsAsXlsxAndAsAVietnamesePdf() throws Exception {
        long sample = districtSample();
        HttpResponse<byte[]> pdf =
                download("/api/v1/frameworks/" + sample + "/assignments/export?format=pdf&unit=407&structure=pre2025");
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "Văn phòng HĐND&UBND thị xã",
                            "Phòng Nội vụ",
                            "Chi cục Thống kê",
                            "Thị xã Nghi Sơn",
                            "Người đứng đầu cấp ủy hoặc Chủ tịch UBND làm Trưởng Ban Chỉ đạo chuyển đổi số");
        }
        HttpResponse<byte[]> xlsx =
                download("/api/v1/frameworks/" + sample + "/assignments/export?format=xlsx&unit=407&structure=pre2025");
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = wb.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            StringBuilder all = new StringBuilder();
            sheet.forEach(
                    r -> r.forEach(c -> all.append(format.formatCellValue(c)).append('|')));
            assertThat(all.toString())
                    .contains("I.4.4.1 Tỷ lệ cán bộ, công chức được tập huấn kỹ năng số|Phòng Nội vụ");
            assertThat(sheet.getProtect()).isTrue();
        }
        HttpResponse<byte[]> outsider = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/frameworks/" + sample
                                        + "/assignments/export?format=pdf&unit=407&structure=pre2025"))
                                .header(
                                        "Authorization",
                                        "Bearer "
                                                + JSON.readTree(new WebClient(port)
                                                                .sendJson(
                                                                        "POST",
                                                                        "/api/v1/auth/token",
                                                                        "{\"username\":\"quangngai.xem\",\"password\":\""
                                                                                + DEMO_PASSWORD + "\"}")
                                                                .body())
                                                        .get("token")
                                                        .asString())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(outsider.statusCode()).isEqualTo(403);
    }
}
