package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/**
 * Issue 11, input robustness: NUL bytes on every text parameter of the API answer 4xx, never 5xx;
 * unsupported methods answer 405 as a problem detail; a too-large request is refused before it is
 * read; uploads are typed from their content and their names cleaned; import dates are real dates.
 */
class InputRobustnessIT extends ApplicationTest {

  private Http admin() {
    return http().as("admin", password("admin"));
  }

  /** A value for a parameter of the given OpenAPI schema. */
  private static String sample(JsonNode schema) {
    if (schema == null) {
      return "x";
    }
    if (schema.has("enum")) {
      return schema.get("enum").get(0).asString();
    }
    if (schema.has("format") && schema.get("format").asString().equals("date")) {
      return "2026-01-01";
    }
    if (schema.has("format") && schema.get("format").asString().equals("uuid")) {
      return "00000000-0000-0000-0000-000000000000";
    }
    String type = schema.has("type") ? schema.get("type").asString() : "string";
    return switch (type) {
      case "integer", "number" -> "1";
      case "boolean" -> "true";
      default -> "x";
    };
  }

  private static boolean isString(JsonNode schema) {
    return schema != null
        && (!schema.has("type") || schema.get("type").asString().equals("string"))
        && !schema.has("enum")
        && !schema.has("format");
  }

  @Test
  void aNulByteInEveryStringParameterOfTheApiAnswersFourHundredSomethingNeverFiveHundred() {
    Http admin = admin();
    JsonNode doc = admin.json("/v3/api-docs");
    List<String> failures = new ArrayList<>();
    int probes = 0;
    for (String path : doc.get("paths").propertyNames()) {
      JsonNode item = doc.get("paths").get(path);
      for (String method : List.of("get", "post")) {
        JsonNode op = item.get(method);
        if (op == null || !op.has("parameters")) {
          continue;
        }
        List<JsonNode> params = new ArrayList<>();
        op.get("parameters").forEach(params::add);
        for (JsonNode target : params) {
          if (!isString(target.get("schema"))) {
            continue;
          }
          String url = path;
          Map<String, String> query = new LinkedHashMap<>();
          for (JsonNode p : params) {
            String name = p.get("name").asString();
            String value =
                p == target
                    ? "a%00b"
                    : java.net.URLEncoder.encode(sample(p.get("schema")), StandardCharsets.UTF_8);
            if (p.get("in").asString().equals("path")) {
              url = url.replace("{" + name + "}", value);
            } else if (p.get("in").asString().equals("query")
                && (p == target || p.path("required").asBoolean(false))) {
              query.put(name, value);
            }
          }
          StringBuilder full = new StringBuilder(url);
          char sep = '?';
          for (Map.Entry<String, String> q : query.entrySet()) {
            full.append(sep).append(q.getKey()).append('=').append(q.getValue());
            sep = '&';
          }
          Http.Response r =
              method.equals("get")
                  ? admin.get(full.toString())
                  : admin.send("POST", full.toString(), "application/json", "{}");
          probes++;
          if (r.status() < 400 || r.status() >= 500) {
            failures.add(
                method.toUpperCase()
                    + " "
                    + full
                    + " → "
                    + r.status()
                    + " "
                    + abbreviate(r.body()));
          }
        }
      }
    }
    assertThat(probes).isGreaterThan(40);
    assertThat(failures).isEmpty();
  }

  private static String abbreviate(String s) {
    return s == null ? "" : s.length() > 200 ? s.substring(0, 200) : s;
  }

  @Test
  void aNulByteNamesTheFieldInAProblemDetail() {
    Http.Response r = admin().get("/api/v1/people?unit=10816&q=an%00");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).contains("application/problem+json");
    assertThat(r.json().get("field").asString()).isEqualTo("q");
    assertThat(r.json().get("detail").asString()).contains("«q»").contains("ký tự điều khiển");

    Http.Response json =
        admin()
            .send(
                "POST",
                "/api/v1/organizations",
                "application/json",
                "{\"name\":\"Thôn\\u0000Đông\",\"type\":\"VILLAGE\",\"unitCode\":\"10816\"}");
    assertThat(json.status()).isEqualTo(400);
    assertThat(json.contentType()).contains("application/problem+json");

    // A page answers with the Vietnamese error page, not a 500.
    Http browser = http();
    browser.login("admin", password("admin"));
    Http.Response page = browser.get("/people?q=an%00");
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.body()).contains("ký tự điều khiển");
  }

  @Test
  void anUnsupportedMethodAnswersFourOhFiveAsAProblemDetail() {
    Http.Response r = admin().send("PATCH", "/api/v1/people");
    assertThat(r.status()).isEqualTo(405);
    assertThat(r.contentType()).contains("application/problem+json");
    assertThat(r.json().get("detail").asString()).contains("không được hỗ trợ");
    Http.Response put = admin().send("PUT", "/api/v1/plan-documents/parse", "text/plain", "x");
    assertThat(put.status()).isEqualTo(405);
    assertThat(put.contentType()).contains("application/problem+json");
  }

  /** Sends only the head of a request announcing a large body, and reads the answer. */
  private String announce(String path, long length) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      String auth =
          Base64.getEncoder()
              .encodeToString(("admin:" + password("admin")).getBytes(StandardCharsets.UTF_8));
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                  + auth
                  + "\r\nAccept: application/json\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: "
                  + length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      long start = System.nanoTime();
      int n;
      try {
        while ((n = in.read(buffer)) > 0) {
          answer.write(buffer, 0, n);
          if (answer.toString(StandardCharsets.UTF_8).contains("}")
              || answer.toString(StandardCharsets.UTF_8).contains("</html>")) {
            break;
          }
        }
      } catch (java.net.SocketTimeoutException e) {
        // whatever came
      }
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5000);
      return answer.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void aTooLargeRequestIsRefusedBeforeItsBodyIsSent() throws IOException {
    String api = announce("/api/v1/initiatives/1/attachments", 500L * 1024 * 1024);
    assertThat(api).startsWith("HTTP/1.1 413");
    assertThat(api).contains("application/problem+json").contains("21 MB");
    String page = announce("/imports/people", 500L * 1024 * 1024);
    assertThat(page).startsWith("HTTP/1.1 413");
    assertThat(page).contains("text/html").contains("không được nhận");
  }

  private static final byte[] PNG = {
    (byte) 0x89,
    'P',
    'N',
    'G',
    '\r',
    '\n',
    0x1A,
    '\n',
    0,
    0,
    0,
    13,
    'I',
    'H',
    'D',
    'R',
    0,
    0,
    0,
    1,
    0,
    0,
    0,
    1,
    8,
    2,
    0,
    0,
    0,
    (byte) 0x90,
    'w',
    'S',
    (byte) 0xDE
  };

  @Test
  void anUploadIsTypedFromItsContentAndItsNameIsCleaned() {
    Http admin = admin();
    Http an = http().as("canhan.habac", password("canhan.habac"));
    long anId =
        admin
            .json("/api/v1/people?unit=" + HaBac.UNIT + "&q=tran%20thi%20an")
            .get("items")
            .get(0)
            .get("id")
            .asLong();
    long culture = HaBac.organization(admin, "van%20hoa");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "Tra cứu hồ sơ bằng mã QR tại bộ phận một cửa (tệp tải lên)");
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
    long id = created.json().get("initiative").get("id").asLong();

    // HTML named .pdf: its content says what it is, and that is not allowed.
    Http.Response html =
        an.postFile(
            "/api/v1/initiatives/" + id + "/attachments",
            "file",
            "bao-cao.pdf",
            "<!DOCTYPE html><html><script>alert(1)</script></html>"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(html.status()).isEqualTo(422);
    assertThat(html.contentType()).contains("application/problem+json");

    // A PNG named .pdf with path parts and a right-to-left override: kept as a PNG, name cleaned.
    Http.Response png =
        an.postFile(
            "/api/v1/initiatives/" + id + "/attachments",
            "file",
            "../../etc/anh\u202Egnp.pdf",
            PNG);
    assertThat(png.status()).as(png.body()).isEqualTo(200);
    JsonNode attachment = png.json().get("attachments").get(0);
    assertThat(attachment.get("fileName").asString()).isEqualTo("anhgnp.pdf");
    Http.Response served =
        an.get("/api/v1/initiatives/" + id + "/attachments/" + attachment.get("id").asLong());
    assertThat(served.status()).isEqualTo(200);
    assertThat(served.contentType()).startsWith("image/png");
  }

  @Test
  void aDateThatDoesNotExistIsAnErrorNamingRowAndColumn() throws IOException {
    Http office = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    long enterprise =
        office
            .json("/api/v1/organizations?unit=10816&q=cong%20ty%20co%20phan%20may")
            .get("items")
            .get(0)
            .get("id")
            .asLong();
    List<String> headers =
        List.of(
            "Họ và tên",
            "Mã tổ chức",
            "Giới tính",
            "Ngày sinh",
            "Chức vụ",
            "Đối tượng",
            "Trực tiếp lao động, sản xuất",
            "Thư điện tử",
            "Điện thoại");
    byte[] file;
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("Cá nhân");
      Row header = sheet.createRow(0);
      for (int i = 0; i < headers.size(); i++) {
        header.createCell(i).setCellValue(headers.get(i));
      }
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("Ngày Sai Tháng Hai");
      row.createCell(1).setCellValue(enterprise);
      row.createCell(2).setCellValue("Nam");
      row.createCell(3).setCellValue("31/02/1990");
      row.createCell(4).setCellValue("Công nhân");
      row.createCell(5).setCellValue("Công nhân, người lao động");
      row.createCell(6).setCellValue("Có");
      wb.write(out);
      file = out.toByteArray();
    }
    Http.Response r = office.postFile("/api/v1/imports/people", "file", "nhan-su.xlsx", file);
    assertThat(r.status()).isEqualTo(422);
    JsonNode error = r.json().get("errors").get(0);
    assertThat(error.get("row").asInt()).isEqualTo(2);
    assertThat(error.get("column").asString()).isEqualTo("D");
    assertThat(error.get("message").asString()).contains("31/02/1990");
  }
}
