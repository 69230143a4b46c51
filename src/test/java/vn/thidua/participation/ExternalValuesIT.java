package vn.thidua.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Http;

/**
 * Values from other systems (docs/external-values.md): by JSON and by CSV for a year, the source
 * named beside each value, the totals moved; a bad line refuses the whole file naming the line, and
 * nothing is saved.
 */
class ExternalValuesIT extends ApplicationTest {

  private static final String UNIT = "10966";

  private Http as(String user) {
    return http().as(user, password(user));
  }

  private static long plan(Http api) {
    for (JsonNode m : api.json("/api/v1/movements")) {
      if (m.get("unitCode").asString().equals(UNIT) && m.get("number").asInt() == 98) {
        return m.get("id").asLong();
      }
    }
    throw new AssertionError("no Bình Giang plan");
  }

  private static long organization(Http api, String query) {
    return api.json("/api/v1/organizations?unit=" + UNIT + "&q=" + query)
        .get("items")
        .get(0)
        .get("id")
        .asLong();
  }

  private static JsonNode value(Http api, long plan, long org, String code) {
    for (JsonNode v :
        api.json(
            "/api/v1/movements/" + plan + "/indicator-values?organization=" + org + "&year=2028")) {
      if (v.get("indicatorCode").asString().equals(code)) {
        return v;
      }
    }
    return null;
  }

  private static BigDecimal total(Http api, long plan, String code) {
    for (JsonNode t :
        api.json("/api/v1/movements/" + plan + "/indicator-totals?unit=" + UNIT + "&year=2028")) {
      if (t.get("indicatorCode").asString().equals(code)) {
        return t.get("total").decimalValue();
      }
    }
    throw new AssertionError();
  }

  @Test
  void valuesFromOtherSystemsComeInPerPeriodWithTheirSource() {
    Http office = as("thuongtruc.binhgiang");
    long plan = plan(office);
    long culture = organization(office, "van%20hoa");
    long economy = organization(office, "kinh%20te");
    BigDecimal before = total(office, plan, "SO_HOA_HO_SO");

    Http.Response json =
        office.postJson(
            "/api/v1/movements/" + plan + "/external-values",
            Map.of(
                "year",
                2028,
                "source",
                "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh",
                "values",
                List.of(
                    Map.of(
                        "organizationId", culture, "indicatorCode", "SO_HOA_HO_SO", "value", 92))));
    assertThat(json.status()).as(json.body()).isEqualTo(200);
    assertThat(json.json().get("imported").asInt()).isEqualTo(1);
    assertThat(value(office, plan, culture, "SO_HOA_HO_SO").get("note").asString())
        .startsWith("Nguồn: Hệ thống thông tin giải quyết thủ tục hành chính tỉnh");
    assertThat(total(office, plan, "SO_HOA_HO_SO"))
        .isEqualByComparingTo(before.add(new BigDecimal("92")));

    // A bad line refuses the whole file, naming the line; nothing is saved.
    String bad =
        "ma_don_vi;ma_chi_tieu;gia_tri\n"
            + economy
            + ";THANH_TOAN_KHONG_TIEN_MAT;61,5\n"
            + economy
            + ";KHONG_CO;3\n";
    Http.Response refused =
        office.postFile(
            "/api/v1/movements/" + plan + "/external-values/import?year=2028&source=Ngan%20hang",
            "file",
            "thanh-toan.csv",
            bad.getBytes(StandardCharsets.UTF_8));
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.json().get("detail").asString()).contains("dòng 3").contains("KHONG_CO");
    assertThat(value(office, plan, economy, "THANH_TOAN_KHONG_TIEN_MAT")).isNull();

    Http.Response noSource =
        office.postFile(
            "/api/v1/movements/" + plan + "/external-values/import?year=2028",
            "file",
            "thanh-toan.csv",
            ("ma_don_vi;ma_chi_tieu;gia_tri\n" + economy + ";THANH_TOAN_KHONG_TIEN_MAT;61,5\n")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(noSource.status()).isEqualTo(422);
    assertThat(noSource.json().get("field").asString()).isEqualTo("source");

    Http.Response ok =
        office.postFile(
            "/api/v1/movements/"
                + plan
                + "/external-values/import?year=2028&source=Ng%C3%A2n%20h%C3%A0ng%20Nh%C3%A0%20n%C6%B0%E1%BB%9Bc",
            "file",
            "thanh-toan.csv",
            ("ma_don_vi;ma_chi_tieu;gia_tri\n" + economy + ";THANH_TOAN_KHONG_TIEN_MAT;61,5\n")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    JsonNode v = value(office, plan, economy, "THANH_TOAN_KHONG_TIEN_MAT");
    assertThat(v.get("value").decimalValue()).isEqualByComparingTo("61.5");
    assertThat(v.get("note").asString()).startsWith("Nguồn: Ngân hàng Nhà nước");

    // Another commune's office cannot feed Bình Giang's organisations.
    Http.Response other =
        as("thuongtruc.habac")
            .postJson(
                "/api/v1/movements/" + plan + "/external-values",
                Map.of(
                    "year",
                    2028,
                    "source",
                    "X",
                    "values",
                    List.of(
                        Map.of(
                            "organizationId",
                            culture,
                            "indicatorCode",
                            "SO_HOA_HO_SO",
                            "value",
                            1))));
    assertThat(other.status()).isIn(404, 422);
  }

  /**
   * The office's upload page, reached from the dashboard: it lists the plan's indicators fed from
   * other systems by name, offers a template, refuses a file with a bad line (naming it, saving
   * nothing) and takes a good one with its source.
   */
  @Test
  void theOfficeUploadsAFileFromItsPage() {
    Http office = as("thuongtruc.binhgiang");
    long plan = plan(office);
    long culture = organization(office, "van%20hoa");
    Http browser = http();
    browser.login("thuongtruc.binhgiang", password("thuongtruc.binhgiang"));
    assertThat(browser.get("/movements/" + plan + "/dashboard").body())
        .contains("/movements/" + plan + "/external-values");
    Http.Response page = browser.get("/movements/" + plan + "/external-values?year=2029");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa")
        .doesNotContain("SO_HOA_HO_SO")
        .doesNotContain("Số cây xanh được trồng mới");
    Http.Response template = browser.get("/movements/" + plan + "/external-values/template.csv");
    assertThat(template.status()).isEqualTo(200);
    assertThat(template.body())
        .contains("ma_don_vi;ma_chi_tieu;gia_tri")
        .contains(culture + ";SO_HOA_HO_SO;");
    String token = Http.csrf(page.body());
    String action =
        "/movements/"
            + plan
            + "/external-values/import?year=2029&source=S%E1%BB%9F%20N%E1%BB%99i%20v%E1%BB%A5&_csrf="
            + token;

    String bad =
        "ma_don_vi;ma_chi_tieu;gia_tri\n"
            + culture
            + ";SO_HOA_HO_SO;88,5\n"
            + culture
            + ";DVC_TOAN_TRINH;nhiều\n";
    Http.Response refused =
        browser.postFile(action, "file", "so-hoa.csv", bad.getBytes(StandardCharsets.UTF_8));
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.body()).contains("3").contains("nhiều").contains("role=\"alert\"");
    assertThat(value(office, plan, culture, "SO_HOA_HO_SO", 2029)).isNull();

    Http.Response wrongType =
        browser.postFile(action, "file", "so-hoa.xlsx", bad.getBytes(StandardCharsets.UTF_8));
    assertThat(wrongType.status()).isEqualTo(422);

    String good = "ma_don_vi;ma_chi_tieu;gia_tri\n" + culture + ";SO_HOA_HO_SO;88,5\n";
    Http.Response ok =
        browser.postFile(action, "file", "so-hoa.csv", good.getBytes(StandardCharsets.UTF_8));
    assertThat(ok.status()).as(ok.body()).isEqualTo(302);
    JsonNode v = value(office, plan, culture, "SO_HOA_HO_SO", 2029);
    assertThat(v.get("value").decimalValue()).isEqualByComparingTo("88.5");
    assertThat(v.get("note").asString()).startsWith("Nguồn: Sở Nội vụ");
    assertThat(browser.get("/movements/" + plan + "/external-values?year=2029").body())
        .contains("Đã kiểm tra và lưu 1 giá trị");
  }

  private static JsonNode value(Http api, long plan, long org, String code, int year) {
    for (JsonNode v :
        api.json(
            "/api/v1/movements/"
                + plan
                + "/indicator-values?organization="
                + org
                + "&year="
                + year)) {
      if (v.get("indicatorCode").asString().equals(code)) {
        return v;
      }
    }
    return null;
  }
}
