package vn.dtihub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.WebClient;

/**
 * The Excel round trip of a form: download with criteria locked, fill offline, upload: every bad cell named by row
 * and column, a value changed by someone since the download a conflict, otherwise applied all at once.
 */
class FormWorkbookIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    /** The row of a criterion code in the form sheet. */
    private static Row row(XSSFSheet sheet, String code) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && code.equals(r.getCell(0).toString())) {
                return r;
            }
        }
        throw new AssertionError("no row " + code);
    }

    /**
     * Types into a cell as a spreadsheet program does (a new shared string); POI's own edit of an inline string keeps
     * the old text beside the new one, which no office program writes.
     */
    private static void type(Row row, int column, String text) {
        if (row.getCell(column) != null) {
            row.removeCell(row.getCell(column));
        }
        row.createCell(column).setCellValue(text);
    }

    private static byte[] write(XSSFWorkbook book) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }

    @Test
    void aFormFilledOfflineComesBackCellByCellAndNeverOverwritesAChangeMadeMeanwhile() throws Exception {
        WebClient office = WebClient.api(port, "nghison.cds", DEMO_PASSWORD);
        long framework = DemoDistrict.framework(office);
        long period = JSON.readTree(office.sendJson(
                                "POST",
                                "/api/v1/periods",
                                "{\"frameworkId\":" + framework + ",\"kind\":\"QUARTER\",\"year\":2021,\"quarter\":1}")
                        .body())
                .get("id")
                .asLong();
        WebClient reporter = WebClient.api(port, "nghison.vhtt", DEMO_PASSWORD);
        long form = DemoDistrict.formOf(reporter, period);
        JsonNode lines =
                JSON.readTree(reporter.getJson("/api/v1/forms/" + form).body()).get("lines");
        JsonNode first = null;
        JsonNode second = null;
        for (JsonNode l : lines) {
            String type = l.path("valueType").asString();
            if ("RATIO".equals(type) && first == null) {
                first = l;
            } else if (("COUNT".equals(type) || "YES_NO".equals(type)) && second == null) {
                second = l;
            }
        }
        assertThat(first).as("a ratio criterion on the office's form").isNotNull();
        assertThat(second)
                .as("a count or yes/no criterion on the office's form")
                .isNotNull();
        boolean yesNo = "YES_NO".equals(second.get("valueType").asString());
        String typed = yesNo ? "Có" : "31";
        String meanwhile = yesNo ? "{\"version\":0,\"yes\":\"false\"}" : "{\"version\":0,\"number\":\"20\"}";
        String meanwhileShown = yesNo ? "Không" : "20";
        String firstCode = first.get("code").asString();
        String secondCode = second.get("code").asString();
        assertThat(reporter.sendJson(
                                "PUT",
                                "/api/v1/forms/" + form + "/values/"
                                        + first.get("criterionId").asLong(),
                                "{\"version\":0,\"number\":\"45\",\"denominator\":\"50\"}")
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<byte[]> download = reporter.getBytes("/api/v1/forms/" + form + "/export");
        assertThat(download.statusCode()).isEqualTo(200);
        byte[] filled;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getProtect()).as("the structure is protected").isTrue();
            Row firstRow = row(sheet, firstCode);
            assertThat(firstRow.getCell(5).toString()).isEqualTo("45");
            assertThat(firstRow.getCell(6).toString()).isEqualTo("50");
            assertThat(firstRow.getCell(1).getCellStyle().getLocked())
                    .as("the criterion is locked")
                    .isTrue();
            assertThat(firstRow.getCell(5).getCellStyle().getLocked())
                    .as("the value is not")
                    .isFalse();
            assertThat(book.getSheetName(1)).isEqualTo("Hướng dẫn");

            type(row(sheet, secondCode), 5, typed);
            type(firstRow, 5, "abc");
            Row unknown = sheet.createRow(sheet.getLastRowNum() + 1);
            unknown.createCell(0).setCellValue("ZZ.99");
            unknown.createCell(5).setCellValue("1");
            byte[] bad = write(book);
            HttpResponse<String> refused =
                    reporter.postMultipart("/api/v1/forms/" + form + "/import", Map.of(), "file", "bieu.xlsx", bad);
            assertThat(refused.statusCode())
                    .as("any problem refuses the whole file")
                    .isEqualTo(400);
            assertThat(refused.body())
                    .contains("\"column\":\"F\"", "\"column\":\"A\"", "ZZ.99")
                    .contains("\"row\":" + (firstRow.getRowNum() + 1));

            type(firstRow, 5, "45");
            sheet.removeRow(unknown);
            filled = write(book);
        }
        HttpResponse<String> preview = reporter.postMultipart(
                "/api/v1/forms/" + form + "/import?dryRun=true", Map.of(), "file", "bieu.xlsx", filled);
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        JsonNode changes = JSON.readTree(preview.body()).get("changes");
        assertThat(changes.findValuesAsString("code")).containsExactly(secondCode);
        assertThat(changes.get(0).get("after").asString()).isEqualTo(typed);
        assertThat(JSON.readTree(reporter.getJson("/api/v1/forms/" + form).body())
                        .get("lines")
                        .findValuesAsString("value"))
                .as("a dry run saves nothing")
                .doesNotContain(typed);

        assertThat(reporter.sendJson(
                                "PUT",
                                "/api/v1/forms/" + form + "/values/"
                                        + second.get("criterionId").asLong(),
                                meanwhile)
                        .statusCode())
                .as("meanwhile a colleague saves the same value on the page")
                .isEqualTo(200);
        HttpResponse<String> stale =
                reporter.postMultipart("/api/v1/forms/" + form + "/import", Map.of(), "file", "bieu.xlsx", filled);
        assertThat(stale.statusCode()).isEqualTo(400);
        assertThat(stale.body()).contains("\"column\":\"I\"", meanwhileShown);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                reporter.getBytes("/api/v1/forms/" + form + "/export").body()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            type(row(sheet, secondCode), 5, yesNo ? "Có" : "33");
            type(row(sheet, firstCode), 7, "Theo Báo cáo số 12/BC-VHTT");
            filled = write(book);
        }
        HttpResponse<String> applied =
                reporter.postMultipart("/api/v1/forms/" + form + "/import", Map.of(), "file", "bieu.xlsx", filled);
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        assertThat(JSON.readTree(applied.body()).get("applied").asInt()).isEqualTo(2);
        String after =
                JSON.readTree(reporter.getJson("/api/v1/forms/" + form).body()).toString();
        assertThat(after).contains(yesNo ? "\"Có\"" : "\"33\"", "Theo Báo cáo số 12/BC-VHTT");

        HttpResponse<String> notXlsx = reporter.postMultipart(
                "/api/v1/forms/" + form + "/import",
                Map.of(),
                "file",
                "bieu.xlsx",
                "TT,Chỉ tiêu\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(notXlsx.statusCode()).isEqualTo(400);
        assertThat(WebClient.api(port, "quangngai.xem", DEMO_PASSWORD)
                        .getBytes("/api/v1/forms/" + form + "/export")
                        .statusCode())
                .isEqualTo(404);
    }
}
