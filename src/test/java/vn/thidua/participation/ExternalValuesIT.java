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
}
