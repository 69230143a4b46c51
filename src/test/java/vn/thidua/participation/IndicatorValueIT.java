package vn.thidua.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/**
 * Indicator values: all-or-nothing .xlsx entry, totals kept per level equal to the sum of the
 * values.
 */
class IndicatorValueIT extends ApplicationTest {

  @Autowired JdbcClient jdbc;

  private static byte[] workbook(List<List<Object>> rows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("Số liệu");
      String[] headers = {"Mã tổ chức", "Mã chỉ tiêu", "Năm", "Giá trị", "Ghi chú"};
      Row header = sheet.createRow(0);
      for (int i = 0; i < headers.length; i++) {
        header.createCell(i).setCellValue(headers[i]);
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object v = rows.get(r).get(c);
          if (v instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else {
            row.createCell(c).setCellValue(v.toString());
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  private BigDecimal total(Http api, long plan, String unit, String code, int year) {
    for (JsonNode t :
        api.json(
            "/api/v1/movements/" + plan + "/indicator-totals?unit=" + unit + "&year=" + year)) {
      if (t.get("indicatorCode").asString().equals(code)) {
        return new BigDecimal(t.get("total").asString());
      }
    }
    throw new AssertionError(code);
  }

  private BigDecimal groupBy(List<Long> plans, String pathPrefix, String code, int year) {
    return jdbc.sql(
            "select coalesce(sum(value), 0) from indicator_value where movement_id in (:m) and indicator_code = :c and year = :y and path like :p")
        .param("m", plans)
        .param("c", code)
        .param("y", year)
        .param("p", pathPrefix + "%")
        .query(BigDecimal.class)
        .single();
  }

  @Test
  void aReimportUpdatesTheValuesMovesTheTotalsByTheDifferenceAndWritesOneAuditEntry()
      throws IOException {
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long plan = HaBac.plan(office);
    // Two villages of this test's own: no other test's report locks their year or gives them a
    // last year's value that would make these figures an implausible jump.
    long dong = HaBac.newVillage(office, "Thôn Nhập Lần Một");
    long doai = HaBac.newVillage(office, "Thôn Nhập Lần Hai");
    String path = "/api/v1/movements/" + plan + "/indicator-values/import";
    long audits =
        jdbc.sql("select count(*) from audit_log where action = 'indicator-value.import'")
            .query(Long.class)
            .single();
    long perValue =
        jdbc.sql("select count(*) from audit_log where action = 'indicator-value.set'")
            .query(Long.class)
            .single();
    assertThat(
            office
                .postFile(
                    path,
                    "file",
                    "lan-1.xlsx",
                    workbook(
                        List.of(
                            List.of(dong, "TRONG_CAY", 2028, 40),
                            List.of(doai, "TRONG_CAY", 2028, 60))))
                .status())
        .isEqualTo(200);
    Http.Response again =
        office.postFile(
            path,
            "file",
            "lan-2.xlsx",
            workbook(
                List.of(
                    List.of(dong, "TRONG_CAY", 2028, 45),
                    List.of(doai, "TRONG_CAY", 2028, "61,5"),
                    List.of(dong, "VNEID", 2028, 7))));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("imported").asInt()).isEqualTo(3);
    assertThat(
            office
                .json(
                    "/api/v1/movements/"
                        + plan
                        + "/indicator-values?organization="
                        + doai
                        + "&year=2028")
                .toString())
        .contains("61.5");
    assertThat(total(office, plan, "10816", "TRONG_CAY", 2028))
        .isEqualByComparingTo(groupBy(List.of(plan), "/VN/31/10816/", "TRONG_CAY", 2028));
    assertThat(total(office, plan, "10816", "VNEID", 2028))
        .isEqualByComparingTo(groupBy(List.of(plan), "/VN/31/10816/", "VNEID", 2028));
    assertThat(
            jdbc.sql(
                    "select reporting from indicator_total where movement_id = :m and indicator_code = 'TRONG_CAY' and year = 2028 and unit_code = '10816'")
                .param("m", plan)
                .query(Integer.class)
                .single())
        .isEqualTo(
            jdbc.sql(
                    "select count(*)::int from indicator_value where movement_id = :m and indicator_code = 'TRONG_CAY' and year = 2028 and path like '/VN/31/10816/%'")
                .param("m", plan)
                .query(Integer.class)
                .single());
    // One entry per import (two), none per value; the second lists one created, two updated.
    assertThat(
            jdbc.sql("select count(*) from audit_log where action = 'indicator-value.import'")
                .query(Long.class)
                .single())
        .isEqualTo(audits + 2);
    assertThat(
            jdbc.sql("select count(*) from audit_log where action = 'indicator-value.set'")
                .query(Long.class)
                .single())
        .isEqualTo(perValue);
    String last =
        jdbc.sql(
                "select after_state from audit_log where action = 'indicator-value.import' order by id desc limit 1")
            .query(String.class)
            .single();
    assertThat(last).contains("\"created\":1").contains("\"updated\":2");
  }

  @Test
  void aTextInANumericColumnRefusesTheWholeFileThenTheCorrectedFileAddsUp() throws IOException {
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long plan = HaBac.plan(office);
    long dong = HaBac.organization(office, "thon%20dong");
    long doai = HaBac.organization(office, "thon%20doai");
    BigDecimal before = total(office, plan, "10816", "TRONG_CAY", 2030);

    Http.Response refused =
        office.postFile(
            "/api/v1/movements/" + plan + "/indicator-values/import",
            "file",
            "so-lieu.xlsx",
            workbook(
                List.of(
                    List.of(dong, "TRONG_CAY", 2030, 120),
                    List.of(doai, "TRONG_CAY", 2030, "khoảng 80"),
                    List.of(dong, "VNEID", 2030, 300))));
    assertThat(refused.status()).isEqualTo(422);
    JsonNode error = refused.json().get("errors").get(0);
    assertThat(error.get("row").asInt()).isEqualTo(3);
    assertThat(error.get("column").asString()).isEqualTo("D");
    assertThat(error.get("message").asString())
        .startsWith("Dòng 3, cột D (Giá trị)")
        .contains("khoảng 80");
    assertThat(total(office, plan, "10816", "TRONG_CAY", 2030)).isEqualByComparingTo(before);
    assertThat(
            office
                .json(
                    "/api/v1/movements/"
                        + plan
                        + "/indicator-values?organization="
                        + dong
                        + "&year=2030")
                .size())
        .isZero();

    Http.Response accepted =
        office.postFile(
            "/api/v1/movements/" + plan + "/indicator-values/import",
            "file",
            "so-lieu.xlsx",
            workbook(
                List.of(
                    List.of(dong, "TRONG_CAY", 2030, 120),
                    List.of(doai, "TRONG_CAY", 2030, "80,5"),
                    List.of(dong, "VNEID", 2030, 300))));
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.json().get("imported").asInt()).isEqualTo(3);
    assertThat(total(office, plan, "10816", "TRONG_CAY", 2030))
        .isEqualByComparingTo(before.add(new BigDecimal("200.5")));

    // A changed value moves the totals by the difference, at every level.
    office.putJson(
        "/api/v1/movements/" + plan + "/indicator-values",
        Map.of("organizationId", doai, "indicatorCode", "TRONG_CAY", "year", 2030, "value", 100));
    Http admin = office.as("admin", password("admin"));
    assertThat(total(admin, plan, "10816", "TRONG_CAY", 2030))
        .isEqualByComparingTo(groupBy(List.of(plan), "/VN/31/10816/", "TRONG_CAY", 2030));
    // The city's plan counts the values entered under every plan derived from it, per commune
    // and for the city; the national plan, if any, for the nation.
    long cityPlan = admin.json("/api/v1/movements/" + plan).get("parentId").asLong();
    List<Long> derived =
        jdbc.sql("select id from movement where id = :p or parent_id = :p")
            .param("p", cityPlan)
            .query(Long.class)
            .list();
    for (String[] level : new String[][] {{"10816", "/VN/31/10816/"}, {"31", "/VN/31/"}}) {
      assertThat(total(admin, cityPlan, level[0], "TRONG_CAY", 2030))
          .as(level[0])
          .isEqualByComparingTo(groupBy(derived, level[1], "TRONG_CAY", 2030))
          .isPositive();
    }
    Http city = http().as("thuongtruc.haiphong", password("thuongtruc.haiphong"));
    assertThat(total(city, plan, "10816", "TRONG_CAY", 2030))
        .isEqualByComparingTo(groupBy(List.of(plan), "/VN/31/10816/", "TRONG_CAY", 2030));
  }

  @Test
  void importedValuesPassTheFormsChecksReportedByRowAndColumnAndAJumpOnceConfirmed()
      throws IOException {
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long plan = HaBac.plan(office);
    long dong = HaBac.organization(office, "thon%20dong");
    long doai = HaBac.organization(office, "thon%20doai");
    String path = "/api/v1/movements/" + plan + "/indicator-values/import";
    Http.Response refused =
        office.postFile(
            path,
            "file",
            "so-lieu.xlsx",
            workbook(
                List.of(
                    List.of(dong, "DVC_TOAN_TRINH", 2029, 150),
                    List.of(doai, "TRONG_CAY", 2029, -5),
                    List.of(dong, "TRONG_CAY", 2029, 50000))));
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    JsonNode errors = refused.json().get("errors");
    List<String> where = new java.util.ArrayList<>();
    errors.forEach(e -> where.add(e.get("row").asInt() + e.get("column").asString()));
    assertThat(where).contains("2D", "3D", "4D");
    assertThat(errors.toString())
        .contains("Dòng 2, cột D (Giá trị)")
        .contains("Dòng 4, cột D (Giá trị)")
        .contains("lớn hơn 10 lần")
        .contains("đánh dấu «Tôi xác nhận");
    assertThat(
            office
                .json(
                    "/api/v1/movements/"
                        + plan
                        + "/indicator-values?organization="
                        + dong
                        + "&year=2029")
                .size())
        .isZero();

    // The jump, confirmed, is taken.
    Http.Response confirmed =
        office.postFile(
            path + "?confirmed=true",
            "file",
            "so-lieu.xlsx",
            workbook(List.of(List.of(dong, "TRONG_CAY", 2029, 50000))));
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    assertThat(confirmed.json().get("imported").asInt()).isEqualTo(1);
  }

  @Test
  void aVillageFocalPointRecordsForItsVillageOnly() {
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long plan = HaBac.plan(office);
    long dong = HaBac.organization(office, "thon%20dong");
    long doai = HaBac.organization(office, "thon%20doai");
    Http focal = http().as("daumoi.habac", password("daumoi.habac"));
    assertThat(
            focal
                .putJson(
                    "/api/v1/movements/" + plan + "/indicator-values",
                    Map.of(
                        "organizationId",
                        dong,
                        "indicatorCode",
                        "PHAN_LOAI_RAC",
                        "year",
                        2026,
                        "value",
                        42))
                .status())
        .isEqualTo(200);
    assertThat(
            focal
                .putJson(
                    "/api/v1/movements/" + plan + "/indicator-values",
                    Map.of(
                        "organizationId",
                        doai,
                        "indicatorCode",
                        "PHAN_LOAI_RAC",
                        "year",
                        2026,
                        "value",
                        42))
                .status())
        .isEqualTo(403);
    Http.Response unknown =
        focal.putJson(
            "/api/v1/movements/" + plan + "/indicator-values",
            Map.of("organizationId", dong, "indicatorCode", "KHONG_CO", "year", 2026, "value", 1));
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.json().get("detail").asString()).contains("KHONG_CO");
  }

  @Test
  void theUploadPageShowsTheImportReportAndSavesNothing() throws IOException {
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long plan = HaBac.plan(office);
    long dong = HaBac.organization(office, "thon%20dong");
    Http browser = http();
    browser.login("thuongtruc.habac", password("thuongtruc.habac"));
    String page = browser.get("/movements/" + plan + "/values?year=2026").body();
    assertThat(page).contains("Nhập hàng loạt từ tệp Excel").contains("Số cây xanh được trồng mới");
    BigDecimal before = total(office, plan, "10816", "SANG_KIEN", 2026);
    Http.Response refused =
        browser.postFile(
            "/movements/" + plan + "/values/import?year=2026&_csrf=" + Http.csrf(page),
            "file",
            "so-lieu.xlsx",
            workbook(
                List.of(
                    List.of(dong, "SANG_KIEN", 2026, 2), List.of(dong, "VNEID", 2026, "ba trăm"))));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body())
        .contains("1 lỗi, chưa lưu giá trị nào")
        .contains("Dòng 3, cột D (Giá trị)")
        .contains("ba trăm");
    assertThat(total(office, plan, "10816", "SANG_KIEN", 2026)).isEqualByComparingTo(before);
    Http.Response done =
        browser.postFile(
            "/movements/" + plan + "/values/import?year=2026&_csrf=" + Http.csrf(page),
            "file",
            "so-lieu.xlsx",
            workbook(List.of(List.of(dong, "SANG_KIEN", 2026, 2))));
    assertThat(done.status()).isEqualTo(302);
    assertThat(
            browser
                .get(java.net.URI.create(done.header("Location")).getRawPath() + "?year=2026")
                .body())
        .contains("Đã kiểm tra và lưu 1 giá trị");
    assertThat(total(office, plan, "10816", "SANG_KIEN", 2026))
        .isGreaterThanOrEqualTo(before.add(BigDecimal.ONE));
  }
}
