package vn.thidua.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.Http;
import vn.thidua.support.TestClock;

/**
 * The statistics forms of Thông tư 02/2023/TT-BNV on the demo data alone (a context of its own, so
 * that no other test's plans or awards count): every non-empty cell of Hải Phòng's forms for 2026
 * equals the count made by hand from the demo (DemoMovements: the city's plan and the three
 * communes' plans issued in 2026; DemoRegistry: the city's Ban Thi đua - Khen thưởng with three
 * civil servants, each commune's Phòng Văn hóa - Xã hội with one). Every other cell is empty.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(TestClock.Config.class)
class StatisticsIT {

  static final Path DATA_DIR;

  static {
    try {
      Files.createDirectories(Path.of("target"));
      DATA_DIR = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "it-stats-");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("thidua.data-dir", DATA_DIR::toString);
    registry.add("thidua.demo", () -> "true");
    registry.add("thidua.admin-password", () -> "Admin-Passw0rd-IT");
    registry.add("thidua.db.url", () -> "");
    registry.add("spring.mail.host", () -> "localhost");
    registry.add("spring.mail.port", () -> "1");
    registry.add("thidua.reminders.cron", () -> "-");
  }

  @Value("${local.server.port}")
  int port;

  private Http admin() {
    return vn.thidua.support.TestHttp.at("http://localhost:" + port)
        .as("admin", "Admin-Passw0rd-IT");
  }

  /** The non-empty cells of a form as "row×column" → count, read over the API. */
  private Map<String, Integer> nonEmpty(String form, String unit) {
    JsonNode t = admin().json("/api/v1/statistics/" + form + "?unit=" + unit + "&year=2026");
    assertThat(t.get("circular").asString()).isEqualTo("Thông tư số 02/2023/TT-BNV");
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int r = 0; r < t.get("rows").size(); r++) {
      for (int c = 0; c < t.get("columns").size(); c++) {
        JsonNode v = t.get("cells").get(r).get(c);
        if (!v.isNull() && v.asInt() != 0) {
          out.put(
              t.get("rows").get(r).get("code").asString()
                  + "×"
                  + t.get("columns").get(c).get("code").asString(),
              v.asInt());
        }
      }
    }
    return out;
  }

  @Test
  void form0601CountsTheCitysPlanAndTheThreeCommunesPlansOf2026() {
    // Four plans, all over the whole territory, of five years, organised by theme (chuyên đề).
    assertThat(nonEmpty("0601", "31"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("01×1", 4),
                Map.entry("01×2", 4),
                Map.entry("01×4", 4),
                Map.entry("01×7", 4),
                Map.entry("03×1", 1),
                Map.entry("03×2", 1),
                Map.entry("03×4", 1),
                Map.entry("03×7", 1),
                Map.entry("05×1", 3),
                Map.entry("05×2", 3),
                Map.entry("05×4", 3),
                Map.entry("05×7", 3)));
    // Hà Bắc alone: its own plan.
    assertThat(nonEmpty("0601", "10816"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "01×1", 1, "01×2", 1, "01×4", 1, "01×7", 1, "05×1", 1, "05×2", 1, "05×4", 1, "05×7",
                1));
  }

  @Test
  void forms0602And0603AreEmptyForNoAwardWasDecidedInTheDemo() {
    assertThat(nonEmpty("0602", "31")).isEmpty();
    assertThat(nonEmpty("0603", "31")).isEmpty();
  }

  @Test
  void form0604CountsTheCitysDedicatedBoardAndTheCommunesOffices() {
    assertThat(nonEmpty("0604", "31"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("01×1", 4, "01×2", 1, "01×3", 3, "02×1", 1, "02×2", 1, "03×1", 3, "03×3", 3));
  }

  @Test
  void form0605CountsTheCivilServantsByAgeTrainingAndYearsInTheWork() {
    // City: F 1980 university since 2008 (46, 18 years); M 1975 postgraduate since 2000 (51, 26);
    // F 1995 university since 2020 (31, 6) — all dedicated. Communes, alongside other work:
    // Hà Bắc F 1990 university since 2023 (36, 3); Bình Giang M 1998 college since 2022 (28, 4);
    // Nam Sách F 1968 university since 2005 (58, 21).
    assertThat(nonEmpty("0605", "31"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("01×1", 6),
                Map.entry("01×2", 4),
                Map.entry("01×3", 3),
                Map.entry("01×4", 3),
                Map.entry("01×5", 1),
                Map.entry("01×6", 2),
                Map.entry("01×7", 1),
                Map.entry("01×8", 2),
                Map.entry("01×10", 1),
                Map.entry("01×11", 4),
                Map.entry("01×12", 1),
                Map.entry("01×14", 2),
                Map.entry("01×15", 1),
                Map.entry("01×16", 1),
                Map.entry("01×17", 2),
                Map.entry("02×1", 3),
                Map.entry("02×2", 2),
                Map.entry("02×3", 3),
                Map.entry("02×6", 1),
                Map.entry("02×7", 1),
                Map.entry("02×8", 1),
                Map.entry("02×10", 1),
                Map.entry("02×11", 2),
                Map.entry("02×15", 1),
                Map.entry("02×16", 1),
                Map.entry("02×17", 1),
                Map.entry("03×1", 3),
                Map.entry("03×2", 2),
                Map.entry("03×4", 3),
                Map.entry("03×5", 1),
                Map.entry("03×6", 1),
                Map.entry("03×8", 1),
                Map.entry("03×11", 2),
                Map.entry("03×12", 1),
                Map.entry("03×14", 2),
                Map.entry("03×17", 1)));
  }

  @Test
  void theWorkbookHasTheFormsLayoutHeaderCodesAndSignatureBlock() throws Exception {
    Http browser = vn.thidua.support.TestHttp.at("http://localhost:" + port);
    browser.login("admin", "Admin-Passw0rd-IT");
    assertThat(browser.get("/statistics?unit=31&year=2026").body())
        .contains("Biểu số 0605.N/BNV-TĐKT")
        .contains("/statistics/0601.xlsx?unit=31&amp;year=2026");
    Http.Response r = browser.get("/statistics/0601.xlsx?unit=31&year=2026");
    assertThat(r.status()).isEqualTo(200);
    StringBuilder text = new StringBuilder();
    DataFormatter f = new DataFormatter();
    String total = null;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
      Sheet s = wb.getSheetAt(0);
      for (Row row : s) {
        StringBuilder line = new StringBuilder();
        row.forEach(c -> line.append(f.formatCellValue(c)).append('|'));
        text.append(line).append('\n');
        if (line.toString().startsWith("Tổng số|01|")) {
          total = line.toString();
        }
      }
    }
    assertThat(text)
        .contains("Biểu số 0601.N/BNV-TĐKT")
        .contains("Ban hành kèm theo Thông tư số 02/2023/TT-BNV")
        .contains("Đơn vị báo cáo: Thành phố Hải Phòng")
        .contains("Đơn vị nhận báo cáo: Bộ Nội vụ")
        .contains("SỐ PHONG TRÀO THI ĐUA ĐƯỢC PHÁT ĐỘNG")
        .contains("Năm 2026")
        .contains("A|B|1|2|3|4|5|6|7|")
        .contains("Người lập biểu")
        .contains("Thủ trưởng đơn vị")
        .contains("(Ký, đóng dấu, họ tên)");
    assertThat(total).isEqualTo("Tổng số|01|4|4||4|||4|");
  }

  private String password(String user) throws IOException {
    for (String line : Files.readAllLines(DATA_DIR.resolve("demo-accounts.txt"))) {
      String[] parts = line.split("\t");
      if (parts.length > 3 && parts[0].equals(user)) {
        return parts[3];
      }
    }
    throw new AssertionError(user);
  }

  @Test
  void theOfficeKeepsTheRegistryAndTheFormsOfTheYearItAppliesFromCountIt() throws Exception {
    Http office =
        vn.thidua.support.TestHttp.at("http://localhost:" + port)
            .as("thuongtruc.binhgiang", password("thuongtruc.binhgiang"));
    Http.Response body =
        office.postJson(
            "/api/v1/statistics/registry/bodies",
            Map.of(
                "unitCode",
                "10966",
                "name",
                "Tổ Thi đua - Khen thưởng xã Bình Giang",
                "dedicated",
                true,
                "fromYear",
                2027));
    assertThat(body.status()).as(body.body()).isEqualTo(200);
    long id = body.json().get("id").asLong();
    Http.Response officer =
        office.postJson(
            "/api/v1/statistics/registry/bodies/" + id + "/officers",
            Map.of(
                "female",
                true,
                "birthYear",
                1985,
                "training",
                "POSTGRADUATE",
                "startedYear",
                2010,
                "dedicated",
                true,
                "fromYear",
                2027));
    assertThat(officer.status()).as(officer.body()).isEqualTo(200);
    // A council member keeps no registry; another commune's office does not see this body.
    assertThat(
            vn.thidua.support.TestHttp.at("http://localhost:" + port)
                .as("hoidong.habac", password("hoidong.habac"))
                .postJson(
                    "/api/v1/statistics/registry/bodies",
                    Map.of("unitCode", "10816", "name", "X", "dedicated", true, "fromYear", 2027))
                .status())
        .isEqualTo(403);
    assertThat(
            vn.thidua.support.TestHttp.at("http://localhost:" + port)
                .as("thuongtruc.habac", password("thuongtruc.habac"))
                .postJson("/api/v1/statistics/registry/bodies/" + id + "/officers", Map.of())
                .status())
        .isEqualTo(404);
    // 2027: Bình Giang's office and its new board; 2026 is as it was.
    tools.jackson.databind.JsonNode t =
        admin().json("/api/v1/statistics/0605?unit=10966&year=2027");
    assertThat(t.get("cells").get(0).get(0).asInt()).isEqualTo(2);
    assertThat(t.get("cells").get(0).get(9).asInt()).isEqualTo(1);
    assertThat(
            admin()
                .json("/api/v1/statistics/0604?unit=10966&year=2027")
                .get("cells")
                .get(0)
                .get(1)
                .asInt())
        .isEqualTo(1);
    assertThat(
            admin()
                .json("/api/v1/statistics/0604?unit=10966&year=2026")
                .get("cells")
                .get(0)
                .get(1)
                .asInt())
        .isZero();
  }
}
