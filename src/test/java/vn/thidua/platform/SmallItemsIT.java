package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/** Issue 12's small items: public links, the province's own rules, the seed's own title. */
class SmallItemsIT extends ApplicationTest {

  @Test
  void thePublicHomeLinksToNoticesModelsAndTheCertificatePage() {
    Http anonymous = http();
    String home = anonymous.get("/").body();
    assertThat(home)
        .contains("href=\"/portal/notices\"")
        .contains("href=\"/portal/models\"")
        .contains("href=\"/portal/verify\"");
    Http.Response page = anonymous.get("/portal/verify");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("<input id=\"code\" name=\"code\"")
        .contains("Tra cứu giấy chứng nhận")
        .contains("quét mã QR");
    assertThat(anonymous.get("/portal").body()).contains("href=\"/portal/verify\"");
  }

  @Test
  void aHaiPhongPlanSaysItsParametersAreBacNinhsDefaults() {
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long plan = HaBac.plan(office);
    Http h = http();
    h.login("thuongtruc.habac", password("thuongtruc.habac"));
    String page = h.get("/movements/" + plan).body();
    assertThat(page)
        .contains("Tham số thi đua, khen thưởng của Thành phố Hải Phòng")
        .contains("Thành phố Hải Phòng chưa có quy định riêng trong hệ thống")
        .contains("Mặc định theo Tỉnh Bắc Ninh")
        .contains("QĐ 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 8")
        .doesNotContain("Quy định của Thành phố Hải Phòng");
  }

  @Test
  void theBinhGiangPlanIsTitledAsItsSeedTitlesIt() {
    Http office = http().as("thuongtruc.binhgiang", password("thuongtruc.binhgiang"));
    JsonNode found = null;
    for (JsonNode m : office.json("/api/v1/movements")) {
      if (m.get("unitCode").asString().equals("10966")) {
        found = m;
      }
    }
    assertThat(found).as("the Bình Giang plan").isNotNull();
    assertThat(found.get("title").asString())
        .isEqualTo(
            "Tổ chức triển khai Phong trào thi đua \"Hải Phòng đổi mới sáng tạo, phát triển khoa"
                + " học, công nghệ, chuyển đổi số, chuyển đổi xanh\" giai đoạn 2026 - 2030 trên địa"
                + " bàn xã Bình Giang");
    // The page itself (the browser's tab and history) is titled the same, not by the city's
    // movement name.
    Http h = http();
    h.login("thuongtruc.binhgiang", password("thuongtruc.binhgiang"));
    assertThat(h.get("/movements/" + found.get("id").asLong()).body())
        .containsPattern(
            "<title>[^<]*Tổ chức triển khai Phong trào thi đua[^<]*trên địa bàn xã Bình Giang");
  }
}
