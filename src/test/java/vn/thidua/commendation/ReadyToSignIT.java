package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Commendations.agenda;
import static vn.thidua.support.Commendations.ballot;
import static vn.thidua.support.Commendations.fresh;
import static vn.thidua.support.Commendations.id;
import static vn.thidua.support.Commendations.ok;
import static vn.thidua.support.Commendations.proposal;
import static vn.thidua.support.Commendations.proposeAndSubmit;
import static vn.thidua.support.Commendations.receiveAndAppraise;
import static vn.thidua.support.Commendations.session;
import static vn.thidua.support.Commendations.version;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/**
 * Issue 12: the dossier and the decision are ready to sign, read back from the .docx: the issuing
 * body above the number in every header, the nominees in a table (STT, name, unit, form), the
 * achievement report with the nominee's details signed by the head of the proposing unit, the
 * chairman's own decision signed "CHỦ TỊCH"; a decision dated before its council's session is
 * refused beside the date on the page and in the API.
 */
class ReadyToSignIT extends ApplicationTest {

  private static final String NOMINEE = "Hoàng Thị Sẵn Sàng Ký";

  private Http as(String user) {
    return http().as(user, password(user));
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  private static XWPFDocument docx(byte[] bytes) throws Exception {
    return new XWPFDocument(new ByteArrayInputStream(bytes));
  }

  private static String text(XWPFDocument d) throws Exception {
    try (XWPFWordExtractor x = new XWPFWordExtractor(d)) {
      return x.getText();
    }
  }

  private static List<String> cells(XWPFTableRow row) {
    List<String> out = new ArrayList<>();
    row.getTableCells().forEach(c -> out.add(c.getText().strip()));
    return out;
  }

  /** The left cell of the header: the issuing body, then the number. */
  private static String issuerBlock(XWPFDocument d) {
    return d.getTables().getFirst().getRow(0).getCell(0).getText();
  }

  /** The right cell of the closing table: the signature block. */
  private static String signatureBlock(XWPFDocument d) {
    return d.getTables().getLast().getRow(0).getCell(1).getText();
  }

  private static void issuerAboveNumber(String what, XWPFDocument d) {
    String issuer = issuerBlock(d);
    assertThat(issuer).as(what).contains("ỦY BAN NHÂN DÂN").contains("XÃ HÀ BẮC").contains("Số");
    assertThat(issuer.indexOf("XÃ HÀ BẮC")).as(what).isLessThan(issuer.indexOf("Số"));
    assertThat(issuer.indexOf("ỦY BAN NHÂN DÂN")).as(what).isLessThan(issuer.indexOf("XÃ HÀ BẮC"));
  }

  private static XWPFTable tableWithHeader(XWPFDocument d, String first) {
    return d.getTables().stream()
        .filter(t -> !t.getRows().isEmpty() && cells(t.getRow(0)).getFirst().equals(first))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table headed " + first));
  }

  @Test
  void theDossierAndTheDecisionAreReadyToSign() throws Exception {
    Http office = as("thuongtruc.habac");
    Http member = as("hoidong.habac");
    Http chair = as("lanhdao.habac");
    long plan = HaBac.plan(office);
    long org = HaBac.organization(office, "phong%20van%20hoa");
    Map<String, Object> person = new HashMap<>();
    person.put("organizationId", org);
    person.put("fullName", NOMINEE);
    person.put("gender", "FEMALE");
    person.put("birthDate", "1988-03-08");
    person.put("position", "Chuyên viên");
    person.put("category", "CIVIL_SERVANT");
    long nominee = ok201(office.postJson("/api/v1/people", person)).get("id").asLong();
    String orgName = office.json("/api/v1/organizations/" + org).get("name").asString();

    JsonNode n =
        proposeAndSubmit(
            office, proposal("GIAY_KHEN", "INTERIM", 2027, "INDIVIDUAL", nominee, null, plan));
    Map<String, XWPFDocument> docs = new HashMap<>();
    for (JsonNode d :
        office.json("/api/v1/nominations/" + id(n)).get("nomination").get("documents")) {
      docs.put(
          d.get("code").asString(),
          docx(
              office
                  .get("/api/v1/nominations/" + id(n) + "/documents/" + d.get("id").asLong())
                  .bytes()));
    }
    assertThat(docs).containsKeys("TO_TRINH", "DANH_SACH", "BAO_CAO_THANH_TICH");
    for (String code : List.of("TO_TRINH", "DANH_SACH", "BAO_CAO_THANH_TICH")) {
      issuerAboveNumber(code, docs.get(code));
    }

    // The list of nominees is a table: STT, name, unit, form.
    XWPFTable list = tableWithHeader(docs.get("DANH_SACH"), "STT");
    assertThat(cells(list.getRow(0)))
        .containsExactly("STT", "Họ và tên, tên tập thể", "Đơn vị", "Hình thức khen thưởng");
    assertThat(cells(list.getRow(1)).get(0)).isEqualTo("1");
    assertThat(cells(list.getRow(1)).get(1)).isEqualTo(NOMINEE);
    assertThat(cells(list.getRow(1)).get(3)).startsWith("Giấy khen");

    // The achievement report carries the nominee's details and is signed by the unit's head.
    XWPFDocument report = docs.get("BAO_CAO_THANH_TICH");
    assertThat(text(report))
        .contains("Họ và tên: " + NOMINEE)
        .contains("Giới tính: Nữ")
        .contains("Đơn vị công tác: " + orgName);
    assertThat(signatureBlock(report)).contains("THỦ TRƯỞNG ĐƠN VỊ").doesNotContain(NOMINEE);
    assertThat(text(report).strip()).doesNotEndWith(NOMINEE);

    // The commune's council meets today.
    n = receiveAndAppraise(office, n);
    long s = session(office, HaBac.UNIT, null, today(), 9, 9);
    n = agenda(office, n, s);
    n = ok(ballot(member, n, 9, 0));

    // API: a decision dated the day before the council is refused, naming the date.
    Map<String, Object> early = decision(n, today().minusDays(1));
    Http.Response refused = chair.postJson("/api/v1/nominations/" + id(n) + "/decide", early);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body())
        .contains("Ngày quyết định không được trước ngày họp Hội đồng")
        .contains(vn.thidua.kernel.VietnameseDates.shortForm(today()))
        .contains("\"date\"");
    assertThat(fresh(chair, n).get("status").asString()).isEqualTo("VOTED_FOR");

    // Page: the same refusal beside the date field, what was typed kept, the council's date as
    // the earliest the field offers.
    Http browser = http();
    browser.login("lanhdao.habac", password("lanhdao.habac"));
    String page = "/nominations/" + id(n);
    String token = Http.csrf(browser.get(page).body());
    Map<String, String> form = new HashMap<>();
    form.put("_csrf", token);
    form.put("action", "decide");
    form.put("version", Long.toString(version(n)));
    form.put("number", "88/QĐ-UBND");
    form.put("date", today().minusDays(1).toString());
    form.put("signer", "Nguyễn Anh Tuấn");
    form.put("signerTitle", "Chủ tịch");
    form.put("acknowledged", "true");
    Http.Response posted = browser.postForm(page + "/action", form);
    assertThat(posted.status()).isEqualTo(302);
    String after = browser.get(page).body();
    assertThat(after)
        .containsPattern("class=\"field-error\">Ngày quyết định không được trước ngày họp Hội đồng")
        .contains("min=\"" + today() + "\"")
        .contains("value=\"88/QĐ-UBND\"");
    assertThat(fresh(chair, n).get("status").asString()).isEqualTo("VOTED_FOR");

    // The chairman's own decision, dated the council's day.
    JsonNode decided =
        ok(chair.postJson("/api/v1/nominations/" + id(n) + "/decide", decision(n, today())));
    assertThat(fresh(chair, decided).get("status").asString()).isEqualTo("AWARDED");
    XWPFDocument decision =
        docx(chair.get("/api/v1/nominations/" + id(n) + "/decision.docx").bytes());
    issuerAboveNumber("QUYET_DINH", decision);
    assertThat(issuerBlock(decision)).contains("Số: 88/QĐ-UBND");
    assertThat(signatureBlock(decision))
        .contains("CHỦ TỊCH")
        .contains("Nguyễn Anh Tuấn")
        .doesNotContain("TM.")
        .doesNotContain("KT.");
    XWPFTable awardees = tableWithHeader(decision, "STT");
    assertThat(cells(awardees.getRow(1))).contains(NOMINEE, "Giấy khen");
  }

  private static JsonNode ok201(Http.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  private static Map<String, Object> decision(JsonNode n, LocalDate on) {
    Map<String, Object> body = new HashMap<>();
    body.put("version", version(n));
    body.put("number", "88/QĐ-UBND");
    body.put("date", on.toString());
    body.put("signer", "Nguyễn Anh Tuấn");
    body.put("signerTitle", "Chủ tịch");
    body.put("acknowledged", true);
    return body;
  }
}
