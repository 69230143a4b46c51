package vn.thidua.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/**
 * Periodic reports over the API: units report, the office returns and accepts, the values of a sent
 * report are frozen, evidence files are checked, the commune's aggregated report adds up to the
 * units' values in .docx and .xlsx, and the city sees Hà Bắc's totals and accepts its report.
 */
class ReportIT extends ApplicationTest {

  private static final int YEAR = 2028;

  @Autowired JdbcClient jdbc;

  private static JsonNode boardRow(Http api, long plan, long organization) {
    for (JsonNode row :
        api.json("/api/v1/movements/" + plan + "/reports?year=" + YEAR).get("units")) {
      if (row.get("organizationId").asLong() == organization) {
        return row;
      }
    }
    throw new AssertionError("organisation " + organization + " not on the board");
  }

  private BigDecimal groupBy(long plan, String code) {
    return jdbc.sql(
            "select coalesce(sum(value), 0) from indicator_value where movement_id = :m and indicator_code = :c and year = :y and path like '/VN/31/10816/%'")
        .param("m", plan)
        .param("c", code)
        .param("y", YEAR)
        .query(BigDecimal.class)
        .single();
  }

  private static Map<String, BigDecimal> figures(JsonNode figures) {
    Map<String, BigDecimal> out = new HashMap<>();
    for (JsonNode f : figures) {
      if (!f.get("value").isNull()) {
        out.put(f.get("code").asString(), new BigDecimal(f.get("value").asString()));
      }
    }
    return out;
  }

  @Test
  void unitsReportTheOfficeReturnsAndAcceptsTheCommuneReportAddsUpAndTheCityAcceptsIt()
      throws IOException {
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    Http focal = http().as("daumoi.habac", password("daumoi.habac"));
    Http city = http().as("thuongtruc.haiphong", password("thuongtruc.haiphong"));
    long plan = HaBac.plan(office);
    long dong = HaBac.organization(office, "thon%20dong");
    long doai = HaBac.organization(office, "thon%20doai");
    String theme =
        office
            .json("/api/v1/movements/" + plan + "/document")
            .get("themes")
            .get(0)
            .get("title")
            .asString();

    JsonNode board = office.json("/api/v1/movements/" + plan + "/reports?year=" + YEAR);
    assertThat(board.get("unitDueOn").asString()).isEqualTo(YEAR + "-12-11");
    assertThat(board.get("rollupDueOn").asString()).isEqualTo(YEAR + "-12-14");
    assertThat(boardRow(office, plan, dong).get("status").isNull()).isTrue();

    // The village writes its report: values and narrative, then evidence.
    Http.Response saved =
        focal.putJson(
            "/api/v1/movements/" + plan + "/reports",
            Map.of(
                "organizationId",
                dong,
                "year",
                YEAR,
                "values",
                Map.of("TRONG_CAY", 150, "VNEID", 420),
                "narrative",
                List.of(Map.of("theme", theme, "text", "Thôn Đông đã trồng 150 cây xanh."))));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    long report = saved.json().get("report").get("id").asLong();
    assertThat(figures(saved.json().get("figures")))
        .containsEntry("TRONG_CAY", new BigDecimal("150"));

    Http.Response exe =
        focal.postFile(
            "/api/v1/reports/" + report + "/attachments",
            "file",
            "virus.exe",
            "MZ".getBytes(StandardCharsets.UTF_8));
    assertThat(exe.status()).isEqualTo(422);
    assertThat(exe.body()).contains("virus.exe").contains("chỉ nhận PDF");
    Http.Response pdf =
        focal.postFile(
            "/api/v1/reports/" + report + "/attachments",
            "file",
            "minh-chung.pdf",
            "%PDF-1.4 minh chứng".getBytes(StandardCharsets.UTF_8));
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.json().get("attachments")).hasSize(1);
    long version = pdf.json().get("version").asLong();

    // Another village's focal point is not this one; the office cannot decide a draft.
    assertThat(
            office
                .postJson("/api/v1/reports/" + report + "/accept?version=" + version, Map.of())
                .status())
        .isEqualTo(422);
    Http.Response sent =
        focal.postJson("/api/v1/reports/" + report + "/submit?version=" + version, Map.of());
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    assertThat(sent.json().get("status").asString()).isEqualTo("SUBMITTED");
    assertThat(sent.json().get("late").asBoolean()).isFalse();

    // A sent report's values are frozen until it is returned.
    Http.Response frozen =
        focal.putJson(
            "/api/v1/movements/" + plan + "/indicator-values",
            Map.of("organizationId", dong, "indicatorCode", "TRONG_CAY", "year", YEAR, "value", 1));
    assertThat(frozen.status()).isEqualTo(422);
    assertThat(frozen.body()).contains("không sửa được");
    assertThat(
            focal
                .postJson(
                    "/api/v1/reports/" + report + "/accept?version=" + (version + 1), Map.of())
                .status())
        .isEqualTo(403);

    // Returned with a reason, corrected, resubmitted, accepted.
    Http.Response returned =
        office.postForm(
            "/api/v1/reports/" + report + "/return",
            Map.of("version", String.valueOf(version + 1), "reason", "Thiếu số liệu VNeID"));
    assertThat(returned.status()).as(returned.body()).isEqualTo(200);
    assertThat(returned.json().get("reason").asString()).isEqualTo("Thiếu số liệu VNeID");
    JsonNode corrected =
        focal
            .putJson(
                "/api/v1/movements/" + plan + "/reports",
                Map.of(
                    "organizationId",
                    dong,
                    "year",
                    YEAR,
                    "version",
                    returned.json().get("version").asLong(),
                    "values",
                    Map.of("VNEID", 460)))
            .json();
    long v2 = corrected.get("report").get("version").asLong();
    // A stale version is refused, not overwritten.
    assertThat(
            focal
                .putJson(
                    "/api/v1/movements/" + plan + "/reports",
                    Map.of("organizationId", dong, "year", YEAR, "version", v2 - 1))
                .status())
        .isEqualTo(409);
    focal.postJson("/api/v1/reports/" + report + "/submit?version=" + v2, Map.of());
    Http.Response accepted =
        office.postJson("/api/v1/reports/" + report + "/accept?version=" + (v2 + 1), Map.of());
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
    assertThat(office.json("/api/v1/reports/" + report + "/history"))
        .extracting(h -> h.get("action").asString())
        .containsExactly("CREATE", "SUBMIT", "RETURN", "SUBMIT", "ACCEPT");

    // The office enters Thôn Đoài's figures and sends its report on its behalf.
    JsonNode doaiReport =
        office
            .putJson(
                "/api/v1/movements/" + plan + "/reports",
                Map.of(
                    "organizationId",
                    doai,
                    "year",
                    YEAR,
                    "values",
                    Map.of("TRONG_CAY", "80.5", "VNEID", 300)))
            .json()
            .get("report");
    office.postJson(
        "/api/v1/reports/"
            + doaiReport.get("id").asLong()
            + "/submit?version="
            + doaiReport.get("version").asLong(),
        Map.of());

    // The commune's aggregated report: totals equal the sum of the units' values.
    Http.Response rollup =
        office.postJson("/api/v1/movements/" + plan + "/reports/rollup?year=" + YEAR, Map.of());
    assertThat(rollup.status()).as(rollup.body()).isEqualTo(200);
    long rollupId = rollup.json().get("report").get("id").asLong();
    Map<String, BigDecimal> totals = figures(rollup.json().get("figures"));
    assertThat(totals.get("TRONG_CAY"))
        .isEqualByComparingTo(groupBy(plan, "TRONG_CAY"))
        .isEqualByComparingTo("230.5");
    assertThat(totals.get("VNEID"))
        .isEqualByComparingTo(groupBy(plan, "VNEID"))
        .isEqualByComparingTo("760");
    assertThat(rollup.json().get("report").get("narrative").toString())
        .contains("Thôn Đông: Thôn Đông đã trồng 150 cây xanh.");

    Http.Response docx = office.get("/api/v1/reports/" + rollupId + "/report.docx");
    assertThat(docx.status()).isEqualTo(200);
    String text;
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.bytes()));
        XWPFWordExtractor x = new XWPFWordExtractor(d)) {
      text = x.getText();
    }
    assertThat(text)
        .contains("BÁO CÁO")
        .contains("năm " + YEAR)
        .contains("230,5")
        .contains("760")
        .contains("Thôn Đông: Thôn Đông đã trồng 150 cây xanh.")
        .contains("Đã nhận báo cáo của 2 trên")
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        // Hà Bắc's plan is a Quyết định: the roll-up never calls it a Kế hoạch.
        .contains("Thực hiện Quyết định số 125/QĐ-UBND")
        .doesNotContain("Kế hoạch số 125");

    Http.Response xlsx = office.get("/api/v1/reports/" + rollupId + "/units.xlsx");
    assertThat(xlsx.status()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
      Sheet sheet = wb.getSheetAt(0);
      int trees = -1;
      for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
        if (sheet.getRow(0).getCell(c).getStringCellValue().startsWith("Số cây xanh")
            || sheet.getRow(0).getCell(c).getStringCellValue().toLowerCase().contains("cây")) {
          trees = c;
        }
      }
      assertThat(trees).isPositive();
      double sum = 0;
      Row totalRow = null;
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row.getCell(1).getStringCellValue().equals("Tổng cộng")) {
          totalRow = row;
          break;
        }
        if (row.getCell(trees) != null) {
          sum += row.getCell(trees).getNumericCellValue();
        }
      }
      assertThat(totalRow).isNotNull();
      assertThat(totalRow.getCell(trees).getNumericCellValue()).isEqualTo(sum).isEqualTo(230.5);
    }

    // Sent up; the city sees Hà Bắc's totals and accepts; the commune cannot decide its own.
    long rv = rollup.json().get("report").get("version").asLong();
    assertThat(
            office
                .postJson("/api/v1/reports/" + rollupId + "/submit?version=" + rv, Map.of())
                .status())
        .isEqualTo(200);
    assertThat(
            office
                .postJson("/api/v1/reports/" + rollupId + "/accept?version=" + (rv + 1), Map.of())
                .status())
        .isEqualTo(403);
    long cityPlan = city.json("/api/v1/movements/" + plan).get("parentId").asLong();
    JsonNode haBac = null;
    for (JsonNode c :
        city.json("/api/v1/movements/" + cityPlan + "/reports/children?year=" + YEAR)) {
      if (c.get("movementId").asLong() == plan) {
        haBac = c;
      }
    }
    assertThat(haBac).isNotNull();
    assertThat(haBac.get("rollupStatus").asString()).isEqualTo("SUBMITTED");
    assertThat(figures(haBac.get("totals")).get("TRONG_CAY"))
        .isEqualByComparingTo(groupBy(plan, "TRONG_CAY"));
    assertThat(
            city.postJson("/api/v1/reports/" + rollupId + "/accept?version=" + (rv + 1), Map.of())
                .status())
        .isEqualTo(200);
    assertThat(city.get("/api/v1/reports/" + rollupId + "/report.docx").status()).isEqualTo(200);

    // Another commune's office sees none of it.
    Http other = http().as("thuongtruc.binhgiang", password("thuongtruc.binhgiang"));
    assertThat(other.get("/api/v1/reports/" + report).status()).isEqualTo(404);
  }
}
