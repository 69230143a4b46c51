package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;
import vn.thidua.support.Images;

/**
 * Uploads: a file can be removed while its record is a draft (not once sent), evidence can go with
 * the first save, and every file field carries the server's own limit for the browser's check.
 */
class UploadsIT extends ApplicationTest {

  private static final byte[] PNG = Images.png();

  private Http admin() {
    return http().as("admin", password("admin"));
  }

  private long newInitiative(Http an, String title) {
    long anId =
        admin()
            .json("/api/v1/people?unit=" + HaBac.UNIT + "&q=tran%20thi%20an")
            .get("items")
            .get(0)
            .get("id")
            .asLong();
    long culture = HaBac.organization(admin(), "van%20hoa");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", title);
    body.put("field", "ADMINISTRATION");
    body.put("organizationId", culture);
    body.put("appliedOn", "2026-03-01");
    body.put("problem", "Người dân phải hỏi nhiều lần.");
    body.put("solution", "Dán mã tra cứu tại quầy.");
    body.put("novelty", "Lần đầu áp dụng.");
    body.put("effect", "Giảm thời gian chờ.");
    body.put("authors", List.of(Map.of("personId", anId, "share", 100)));
    Http.Response created = an.postJson("/api/v1/initiatives", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("initiative").get("id").asLong();
  }

  @Test
  void anAttachmentIsRemovedWhileTheInitiativeIsADraftAndNotOnceSent() {
    Http an = http().as("canhan.habac", password("canhan.habac"));
    long id = newInitiative(an, "Sổ tay điện tử cho tổ dân phố (gỡ tệp)");
    Http.Response first =
        an.postFile("/api/v1/initiatives/" + id + "/attachments", "file", "anh-1.png", PNG);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    long a1 = first.json().get("attachments").get(0).get("id").asLong();

    Http.Response removed = an.send("DELETE", "/api/v1/initiatives/" + id + "/attachments/" + a1);
    assertThat(removed.status()).as(removed.body()).isEqualTo(200);
    assertThat(removed.json().get("attachments")).isEmpty();
    assertThat(an.get("/api/v1/initiatives/" + id + "/attachments/" + a1).status()).isEqualTo(404);

    Http.Response second =
        an.postFile("/api/v1/initiatives/" + id + "/attachments", "file", "anh-2.png", PNG);
    long a2 = second.json().get("attachments").get(0).get("id").asLong();
    long version = second.json().get("version").asLong();
    Http.Response sent =
        an.postJson("/api/v1/initiatives/" + id + "/submit?version=" + version, Map.of());
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);

    Http.Response refused = an.send("DELETE", "/api/v1/initiatives/" + id + "/attachments/" + a2);
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(an.get("/api/v1/initiatives/" + id + "/attachments/" + a2).status()).isEqualTo(200);
  }

  @Test
  void evidenceGoesWithTheFirstSaveAndARefusedFileLeavesNothingBehind() throws Exception {
    Http h = http();
    h.login("canhan.habac", password("canhan.habac"));
    String form = h.get("/initiatives/new").body();
    assertThat(form)
        .contains("enctype=\"multipart/form-data\"")
        .containsPattern(
            "<input id=\"file\" name=\"file\" type=\"file\" data-max-bytes=\"10485760\"");
    Matcher org = Pattern.compile("<option value=\"(\\d+)\"").matcher(form);
    assertThat(org.find()).isTrue();
    Matcher author =
        Pattern.compile(
                "<select id=\"author0\" name=\"author0\">.*?<option value=\"(\\d+)\" selected",
                Pattern.DOTALL)
            .matcher(form);
    assertThat(author.find()).as("the filer is the first author").isTrue();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("_csrf", Http.csrf(form));
    fields.put("title", "Bảng tin điện tử ở nhà văn hóa thôn (kèm tệp ngay)");
    fields.put("field", "ADMINISTRATION");
    fields.put("organizationId", org.group(1));
    fields.put("author0", author.group(1));
    fields.put("share0", "100");

    // A file whose content is not allowed: nothing is saved, the field says why.
    Http.Response refused =
        multipart(
            h,
            "/initiatives/new",
            fields,
            "trang.pdf",
            "<!DOCTYPE html><html></html>".getBytes(StandardCharsets.UTF_8));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body()).contains("id=\"file-error\"");
    Http an = http().as("canhan.habac", password("canhan.habac"));
    assertThat(an.get("/api/v1/initiatives?q=kem%20tep%20ngay").body())
        .doesNotContain("kèm tệp ngay");

    // An image: the initiative is created with its evidence.
    fields.put("_csrf", Http.csrf(h.get("/initiatives/new").body()));
    Http.Response saved = multipart(h, "/initiatives/new", fields, "anh.png", PNG);
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    String location = saved.header("Location");
    long id = Long.parseLong(location.replaceAll(".*/initiatives/(\\d+).*", "$1"));
    JsonNode view = an.json("/api/v1/initiatives/" + id).get("initiative");
    assertThat(view.get("attachments")).hasSize(1);
    assertThat(view.get("attachments").get(0).get("fileName").asString()).isEqualTo("anh.png");
  }

  @Test
  void everyPageCarriesTheServersUploadLimitAndItsMessage() {
    Http h = http();
    h.login("kinhte.habac", password("kinhte.habac"));
    String page = h.get("/").body();
    assertThat(page)
        .containsPattern("<body[^>]*data-upload-max-bytes=\"\\d+\"")
        .contains("data-upload-too-large=\"Tệp «{0}» nặng {1} MB")
        .contains("/js/upload-limit.js");
    assertThat(h.get("/js/upload-limit.js").body()).contains("setCustomValidity");
  }

  private static Http.Response multipart(
      Http h, String path, Map<String, String> fields, String fileName, byte[] content)
      throws Exception {
    String boundary = "----thidua" + System.nanoTime();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (var e : fields.entrySet()) {
      out.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + e.getKey()
                  + "\"\r\n\r\n"
                  + e.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    out.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.write(content);
    out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return h.postRaw(path, "multipart/form-data; boundary=" + boundary, out.toByteArray());
  }
}
