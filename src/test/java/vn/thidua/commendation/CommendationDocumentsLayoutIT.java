package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.movement.RenderedLayoutIT;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/**
 * The generated tờ trình, list of nominees, achievement report, council minutes and decision opened
 * in LibreOffice: the state layout as a reader sees it (issuing body beside the national motto, the
 * document type centred, the signature on the right), from pdftotext -layout; PNGs stay in
 * target/render for people to look at.
 */
class CommendationDocumentsLayoutIT extends ApplicationTest {

  private static JsonNode ok(Http.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static JsonNode n(JsonNode j) {
    return j.has("nomination") ? j.get("nomination") : j;
  }

  private static String step(Http who, JsonNode j, String action, String extra) {
    return "/api/v1/nominations/"
        + n(j).get("id").asLong()
        + "/"
        + action
        + "?version="
        + n(j).get("version").asLong()
        + extra;
  }

  @Test
  void theDossierAndTheDecisionOpenInTheStateLayout() throws Exception {
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    Http council = http().as("hoidong.habac", password("hoidong.habac"));
    Http chair = http().as("lanhdao.habac", password("lanhdao.habac"));
    long bac = HaBac.organization(office, "thon%20bac");
    JsonNode person =
        office.json("/api/v1/people?organization=" + bac + "&size=1").get("items").get(0);
    Map<String, Object> body = new HashMap<>();
    body.put("award", "LAO_DONG_TIEN_TIEN");
    body.put("occasion", "ANNUAL");
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    body.put("year", today.getYear());
    body.put("subjectKind", "INDIVIDUAL");
    body.put("personId", person.get("id").asLong());
    body.put("achievement", "Hoàn thành xuất sắc nhiệm vụ năm 2027.\nTích cực chuyển đổi số.");
    JsonNode j = ok(office.postJson("/api/v1/nominations", body));
    j =
        ok(
            office.postJson(
                "/api/v1/nominations/" + n(j).get("id").asLong() + "/documents/generate",
                Map.of()));
    j = ok(office.postJson(step(office, j, "submit", ""), Map.of()));
    j = ok(office.postJson(step(office, j, "receive", ""), Map.of()));
    j = ok(office.postJson(step(office, j, "appraise", ""), Map.of()));
    JsonNode session =
        ok(
            office.postJson(
                "/api/v1/council-sessions",
                Map.of(
                    "unitCode",
                    "10816",
                    "heldOn",
                    today.toString(),
                    "members",
                    9,
                    "present",
                    8,
                    "chair",
                    "Nguyễn Anh Tuấn")));
    j =
        ok(
            office.postJson(
                step(office, j, "agenda", "&sessionId=" + session.get("id").asLong()), Map.of()));
    long id = n(j).get("id").asLong();
    j =
        ok(
            council.postJson(
                "/api/v1/nominations/" + id + "/ballot",
                Map.of(
                    "version",
                    n(j).get("version").asLong(),
                    "inFavour",
                    7,
                    "against",
                    1,
                    "abstain",
                    0)));
    ok(
        chair.postJson(
            "/api/v1/nominations/" + id + "/decide",
            Map.of(
                "version",
                n(j).get("version").asLong(),
                "number",
                "301/QĐ-UBND",
                "date",
                today.toString(),
                "signer",
                "Nguyễn Anh Tuấn",
                "signerTitle",
                "Chủ tịch",
                "acknowledged",
                true)));
    JsonNode docs = ok(office.get("/api/v1/nominations/" + id)).get("nomination").get("documents");
    Map<String, byte[]> files = new HashMap<>();
    for (JsonNode d : docs) {
      files.put(
          d.get("code").asString(),
          office.get("/api/v1/nominations/" + id + "/documents/" + d.get("id").asLong()).bytes());
    }
    files.put("QUYET_DINH", chair.get("/api/v1/nominations/" + id + "/decision.docx").bytes());
    Map<String, String> types =
        Map.of(
            "TO_TRINH", "TỜ TRÌNH",
            "DANH_SACH", "DANH SÁCH",
            "BAO_CAO_THANH_TICH", "BÁO CÁO THÀNH TÍCH",
            "BIEN_BAN_HOI_DONG", "BIÊN BẢN",
            "QUYET_DINH", "QUYẾT ĐỊNH");
    assertThat(files.keySet()).containsAll(types.keySet());
    for (var e : types.entrySet()) {
      Path pdf =
          RenderedLayoutIT.pdf("khen-thuong-" + e.getKey().toLowerCase(), files.get(e.getKey()));
      String text = RenderedLayoutIT.run(List.of("pdftotext", "-layout", pdf.toString(), "-"));
      List<String> lines = text.lines().toList();
      assertThat(lines.stream().limit(4))
          .as(e.getKey())
          .anyMatch(l ->
              l.contains("ỦY BAN NHÂN DÂN") && l.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
      assertThat(lines.stream().limit(6))
          .as(e.getKey())
          .anyMatch(l -> l.contains("XÃ HÀ BẮC") && l.contains("Độc lập - Tự do - Hạnh phúc"));
      String type =
          lines.stream()
              .filter(l -> l.strip().equals(e.getValue()))
              .findFirst()
              .orElseThrow(() ->
                  new AssertionError(e.getKey() + ": no centred " + e.getValue() + "\n" + text));
      assertThat(type.indexOf(e.getValue())).as(e.getKey() + " centred").isGreaterThan(20);
      assertThat(RenderedLayoutIT.run(List.of("pdffonts", pdf.toString())))
          .containsAnyOf("LiberationSerif", "TimesNewRoman", "Times");
      assertThat(Path.of("target", "render", "khen-thuong-" + e.getKey().toLowerCase() + "-1.png"))
          .exists();
    }
    String decision =
        RenderedLayoutIT.run(
            List.of("pdftotext", "-layout", "target/render/khen-thuong-quyet_dinh.pdf", "-"));
    assertThat(decision)
        .contains("Số: 301/QĐ-UBND")
        .contains(
            "Hà Bắc, ngày "
                + vn.thidua.kernel.VietnameseDates.day(today.getDayOfMonth())
                + " tháng "
                + vn.thidua.kernel.VietnameseDates.month(today.getMonthValue())
                + " năm "
                + today.getYear())
        .contains("Điều 1. Tặng Lao động tiên tiến cho " + person.get("fullName").asString())
        .contains("760.000");
    String signer =
        decision.lines().filter(l -> l.contains("Nguyễn Anh Tuấn")).findFirst().orElseThrow();
    assertThat(signer.indexOf("Nguyễn Anh Tuấn")).as("signature on the right").isGreaterThan(40);
    String minutes =
        RenderedLayoutIT.run(
            List.of(
                "pdftotext", "-layout", "target/render/khen-thuong-bien_ban_hoi_dong.pdf", "-"));
    assertThat(minutes).contains("đồng ý 7").contains("8/9");
  }
}
