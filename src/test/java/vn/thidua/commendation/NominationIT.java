package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Commendations.agenda;
import static vn.thidua.support.Commendations.ballot;
import static vn.thidua.support.Commendations.decide;
import static vn.thidua.support.Commendations.fresh;
import static vn.thidua.support.Commendations.id;
import static vn.thidua.support.Commendations.ok;
import static vn.thidua.support.Commendations.person;
import static vn.thidua.support.Commendations.proposal;
import static vn.thidua.support.Commendations.proposeAndSubmit;
import static vn.thidua.support.Commendations.receiveAndAppraise;
import static vn.thidua.support.Commendations.session;
import static vn.thidua.support.Commendations.status;
import static vn.thidua.support.Commendations.step;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Commendations;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/**
 * Nominations on the rulebook, over the API: the forms a plan offers, the commune's council and
 * authority for its Giấy khen (the city's chairman cannot decide it), eligibility judged again at
 * the decision with the article, what the decider acknowledges, nobody deciding or voting on their
 * own case, titles of one counting period paying once, households, an agency head's Giấy khen, and
 * two decisions at once.
 */
class NominationIT extends ApplicationTest {

  private Http as(String user) {
    return http().as(user, password(user));
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  private static String docxText(byte[] bytes) throws Exception {
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes));
        XWPFWordExtractor x = new XWPFWordExtractor(d)) {
      return x.getText();
    }
  }

  /** A commune nomination through its council (9 members, all present), voted for. */
  private JsonNode votedAtTheCommune(Http office, Http member, JsonNode n, int inFavour) {
    n = receiveAndAppraise(office, n);
    long s = session(office, HaBac.UNIT, null, today(), 9, 9);
    n = agenda(office, n, s);
    return ok(ballot(member, n, inFavour, 9 - inFavour));
  }

  @Test
  void theFormsOfferedAreThePlansForTheOccasion() {
    Http office = as("thuongtruc.habac");
    long plan = HaBac.plan(office);
    long an = person(office, HaBac.UNIT, "tran%20thi%20an");
    // An unknown plan is a field error, not a server error.
    Http.Response unknownPlan =
        office.postJson(
            "/api/v1/nominations",
            proposal("GIAY_KHEN", "INTERIM", 2027, "INDIVIDUAL", an, null, 999_999L));
    assertThat(unknownPlan.status()).isEqualTo(422);
    assertThat(unknownPlan.body()).contains("movementId").contains("kế hoạch");
    // A sơ kết needs its plan.
    Http.Response noPlan =
        office.postJson(
            "/api/v1/nominations",
            proposal("GIAY_KHEN", "INTERIM", 2027, "INDIVIDUAL", an, null, null));
    assertThat(noPlan.status()).isEqualTo(422);
    // Hà Bắc's sơ kết offers Bằng khen Thủ tướng, Bằng khen cấp tỉnh and Giấy khen only.
    Http.Response notOffered =
        office.postJson(
            "/api/v1/nominations",
            proposal("CHIEN_SI_THI_DUA_CO_SO", "INTERIM", 2027, "INDIVIDUAL", an, null, plan));
    assertThat(notOffered.status()).isEqualTo(422);
    assertThat(notOffered.body()).contains("Chiến sĩ thi đua cơ sở").contains("Sơ kết");
    // A title the subject cannot receive.
    Http.Response wrongSubject =
        office.postJson(
            "/api/v1/nominations",
            proposal("TAP_THE_LAO_DONG_TIEN_TIEN", "ANNUAL", 2026, "INDIVIDUAL", an, null, null));
    assertThat(wrongSubject.status()).isEqualTo(422);
    // Đột xuất stays open; an unknown form is refused naming it.
    Http.Response unknown =
        office.postJson(
            "/api/v1/nominations",
            proposal("BANG_VANG", "AD_HOC", 2026, "INDIVIDUAL", an, null, null));
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.body()).contains("BANG_VANG");
  }

  @Test
  void theCommunesGiayKhenIsDecidedByItsOwnChairmanAfterItsCouncil() throws Exception {
    Http office = as("thuongtruc.habac");
    Http member = as("hoidong.habac");
    Http chair = as("lanhdao.habac");
    Http cityChair = as("lanhdao.haiphong");
    long plan = HaBac.plan(office);
    long an = person(office, HaBac.UNIT, "tran%20thi%20an");

    JsonNode n =
        proposeAndSubmit(
            office, proposal("GIAY_KHEN", "INTERIM", 2027, "INDIVIDUAL", an, null, plan));
    assertThat(status(n)).isEqualTo("SUBMITTED");
    JsonNode appraised = receiveAndAppraise(office, n);
    // The commune's council must vote before the chairman decides.
    Http.Response early = decide(chair, appraised, "1/QĐ-UBND", true);
    assertThat(early.status()).isEqualTo(422);
    assertThat(early.body()).contains("Hội đồng");
    long s = session(office, HaBac.UNIT, null, today(), 9, 9);
    n = agenda(office, appraised, s);
    // A council member of the city is not a member of the commune's council.
    assertThat(ballot(as("hoidong.haiphong"), n, 9, 0).status()).isEqualTo(403);
    n = ok(ballot(member, n, 5, 4));
    assertThat(status(n)).isEqualTo("VOTED_FOR");

    // Authority is the subject's: the city's chairman cannot decide a commune's Giấy khen.
    assertThat(decide(cityChair, n, "2/QĐ-UBND", true).status()).isEqualTo(403);
    // What the council judged must be acknowledged.
    Http.Response unacknowledged = decide(chair, n, "3/QĐ-UBND", false);
    assertThat(unacknowledged.status()).isEqualTo(422);
    assertThat(unacknowledged.body()).contains("acknowledged");
    JsonNode decided = ok(decide(chair, n, "3/QĐ-UBND", true));
    assertThat(status(decided)).isEqualTo("AWARDED");
    assertThat(decided.get("ruleSet").asString()).startsWith("LAW_2022_ND_152_2025");
    assertThat(decided.get("decisionAuthority").asString()).isEqualTo("COMMUNE_CHAIRMAN");
    assertThat(decided.get("bonus").asLong())
        .isEqualTo(today().isBefore(LocalDate.of(2026, 7, 1)) ? 710_000 : 760_000);

    String decision =
        docxText(chair.get("/api/v1/nominations/" + id(decided) + "/decision.docx").bytes());
    assertThat(decision).contains("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÀ BẮC").contains("Giấy khen");
    assertThat(decision).doesNotContain("TM. ỦY BAN NHÂN DÂN");
    // The commune's own minutes are in the dossier, with the share of all members.
    JsonNode docs =
        chair.json("/api/v1/nominations/" + id(decided)).get("nomination").get("documents");
    long minutes = -1;
    for (JsonNode d : docs) {
      if (d.get("code").asString().equals("BIEN_BAN_HOI_DONG")) {
        assertThat(d.get("levelKey").asString()).isEqualTo(HaBac.UNIT);
        minutes = d.get("id").asLong();
      }
    }
    assertThat(minutes).isPositive();
    assertThat(
            docxText(
                chair.get("/api/v1/nominations/" + id(decided) + "/documents/" + minutes).bytes()))
        .contains("đồng ý 5, không đồng ý 4")
        .contains("56%")
        .contains("Hội đồng Thi đua - Khen thưởng xã Hà Bắc");
    // The certificate code verifies whatever its case.
    String code = decided.get("certificateCode").asString();
    assertThat(http().get("/portal/verify/" + code.toLowerCase()).body()).contains("Giấy khen");
    // …and as people copy it: spaces around and between the groups, or dashes.
    String typed =
        "%20"
            + code.substring(0, 4).toLowerCase()
            + "%20"
            + code.substring(4, 8)
            + "-"
            + code.substring(8)
            + "%20";
    assertThat(http().get("/portal/verify/" + typed).body()).contains("Giấy khen");
  }

  @Test
  void aDecisionIsRefusedWithItsArticleWhenTheRecordsChangedAfterAppraisal() {
    Http office = as("thuongtruc.habac");
    Http chair = as("lanhdao.habac");
    long plan = HaBac.plan(office);
    long dong = HaBac.organization(office, "thon%20dong");
    long villager =
        office
            .json("/api/v1/people?organization=" + dong + "&size=5")
            .get("items")
            .get(1)
            .get("id")
            .asLong();
    JsonNode n =
        votedAtTheCommune(
            office,
            as("hoidong.habac"),
            proposeAndSubmit(
                office, proposal("GIAY_KHEN", "INTERIM", 2027, "INDIVIDUAL", villager, null, plan)),
            9);
    // A reprimand recorded after the ballot and running today.
    ok(
        office.postJson(
            "/api/v1/people/" + villager + "/discipline",
            Map.of(
                "measure",
                "Khiển trách",
                "from",
                today().minusDays(3).toString(),
                "to",
                today().plusMonths(12).toString())));
    Http.Response refused = decide(chair, n, "9/QĐ-UBND", true);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains("kỷ luật").contains("Điều 4, khoản 4");
    assertThat(status(fresh(office, n))).isEqualTo("VOTED_FOR");
  }

  @Test
  void nobodyDecidesOrVotesOnTheirOwnCase() {
    Http office = as("thuongtruc.habac");
    long plan = HaBac.plan(office);
    long tuan = person(office, HaBac.UNIT, "nguyen%20anh%20tuan");
    long binh = person(office, HaBac.UNIT, "nguyen%20van%20binh");

    // The chairman is the nominee: he may not decide; his deputy does.
    JsonNode own =
        votedAtTheCommune(
            office,
            as("hoidong.habac"),
            proposeAndSubmit(
                office, proposal("GIAY_KHEN", "INTERIM", 2027, "INDIVIDUAL", tuan, null, plan)),
            9);
    Http.Response self = decide(as("lanhdao.habac"), own, "11/QĐ-UBND", true);
    assertThat(self.status()).isEqualTo(422);
    assertThat(self.body()).contains("Nguyễn Anh Tuấn").contains("Lương Văn Khải");
    // The page says so before he tries, and the page's own action is refused the same way.
    Http chairPage = http();
    chairPage.login("lanhdao.habac", password("lanhdao.habac"));
    String page = chairPage.get("/nominations/" + id(own)).body();
    assertThat(page).contains("bạn không thẩm định, bỏ phiếu, quyết định đề nghị này");
    Http.Response pageDecide =
        chairPage.postForm(
            "/nominations/" + id(own) + "/action",
            Map.of(
                "action", "decide",
                "version", String.valueOf(own.get("version").asLong()),
                "number", "11/QĐ-UBND",
                "date", today().toString(),
                "signer", "Nguyễn Anh Tuấn",
                "signerTitle", "Chủ tịch",
                "acknowledged", "true",
                "_csrf", Http.csrf(page)));
    assertThat(pageDecide.status()).isEqualTo(302);
    assertThat(chairPage.get("/nominations/" + id(own)).body())
        .contains("Lương Văn Khải")
        .contains("Nguyễn Anh Tuấn");
    assertThat(status(fresh(office, own))).isEqualTo("VOTED_FOR");
    assertThat(
            as("thuongtruc.habac").json("/api/v1/nominations/" + id(own) + "/history").toString())
        .contains("RECUSAL");
    JsonNode byDeputy = ok(decide(as("phochutich.habac"), own, "11/QĐ-UBND", true));
    assertThat(status(byDeputy)).isEqualTo("AWARDED");

    // A council member on his own nomination: another member records the ballot.
    JsonNode his =
        proposeAndSubmit(
            office, proposal("GIAY_KHEN", "INTERIM", 2027, "INDIVIDUAL", binh, null, plan));
    his = receiveAndAppraise(office, his);
    his = agenda(office, his, session(office, HaBac.UNIT, null, today(), 9, 9));
    Http.Response selfBallot = ballot(as("hoidong2.habac"), his, 9, 0);
    assertThat(selfBallot.status()).isEqualTo(422);
    assertThat(selfBallot.body()).contains("Nguyễn Văn Bình");
    assertThat(status(ok(ballot(as("hoidong.habac"), his, 6, 3)))).isEqualTo("VOTED_FOR");
  }

  @Test
  void titlesOfOneCountingPeriodPayOnlyTheHighest() {
    Http office = as("thuongtruc.habac");
    Http chair = as("lanhdao.habac");
    Http member = as("hoidong.habac");
    long culture = HaBac.organization(office, "van%20hoa");
    long person =
        office
            .json("/api/v1/people?organization=" + culture + "&size=10")
            .get("items")
            .get(3)
            .get("id")
            .asLong();
    int year = today().getYear();
    Commendations.rating(office, person, year, "EXCELLENT");

    JsonNode ldtt =
        votedAtTheCommune(
            office,
            member,
            proposeAndSubmit(
                office,
                proposal("LAO_DONG_TIEN_TIEN", "ANNUAL", year, "INDIVIDUAL", person, null, null)),
            9);
    JsonNode first = ok(decide(chair, ldtt, "21/QĐ-UBND", true));
    long ldttBonus = first.get("bonus").asLong();

    JsonNode cstdcs =
        votedAtTheCommune(
            office,
            member,
            proposeAndSubmit(
                office,
                proposal(
                    "CHIEN_SI_THI_DUA_CO_SO", "ANNUAL", year, "INDIVIDUAL", person, null, null)),
            9);
    JsonNode second = ok(decide(chair, cstdcs, "22/QĐ-UBND", true));
    long full = today().isBefore(LocalDate.of(2026, 7, 1)) ? 2_340_000 : 2_530_000;
    // Together they pay the highest title's bonus once (ND 152/2025 Đ49 k5).
    assertThat(ldttBonus + second.get("bonus").asLong()).isEqualTo(full);
    assertThat(second.get("bonusNote").asString()).contains("Điều 49, khoản 5");
    List<Long> paid = new ArrayList<>();
    for (JsonNode a : office.json("/api/v1/people/" + person + "/awards")) {
      if (a.get("year").asInt() == year) {
        paid.add(a.get("bonus").asLong());
      }
    }
    assertThat(paid.stream().mapToLong(Long::longValue).sum()).isEqualTo(full);
  }

  @Test
  void aHouseholdIsNominatedAndDecided() {
    Http office = as("thuongtruc.habac");
    long plan = HaBac.plan(office);
    long doai = HaBac.organization(office, "thon%20doai");
    long head =
        office
            .json("/api/v1/people?organization=" + doai + "&size=5")
            .get("items")
            .get(2)
            .get("id")
            .asLong();
    JsonNode n =
        votedAtTheCommune(
            office,
            as("hoidong.habac"),
            proposeAndSubmit(
                office, proposal("GIAY_KHEN", "INTERIM", 2027, "HOUSEHOLD", head, null, plan)),
            9);
    assertThat(n.get("subjectName").asString()).matches("Hộ (ông|bà) .+");
    JsonNode decided = ok(decide(as("lanhdao.habac"), n, "31/QĐ-UBND", true));
    assertThat(decided.get("subjectKind").asString()).isEqualTo("HOUSEHOLD");
    // 0,45 × base salary, rounded up once.
    assertThat(decided.get("bonus").asLong())
        .isEqualTo(today().isBefore(LocalDate.of(2026, 7, 1)) ? 1_060_000 : 1_140_000);
  }

  @Test
  void aProvincialAgencysDirectorDecidesGiayKhenForItsStaff() throws Exception {
    Http office = as("thuongtruc.sokhcn");
    Http admin = as("admin");
    long staff = person(admin, "31", "hoang%20minh%20chau");
    JsonNode n =
        proposeAndSubmit(
            office,
            proposal("GIAY_KHEN", "ANNUAL", today().getYear(), "INDIVIDUAL", staff, null, null));
    assertThat(n.get("level").asString()).isEqualTo("AGENCY");
    n = receiveAndAppraise(office, n);
    long s =
        session(
            office,
            n.get("levelUnitCode").asString(),
            n.get("levelOrganizationId").asLong(),
            today(),
            7,
            7);
    n = agenda(office, n, s);
    n = ok(ballot(as("hoidong.sokhcn"), n, 7, 0));
    assertThat(decide(as("lanhdao.haiphong"), n, "5/QĐ-SKHCN", true).status()).isEqualTo(403);
    JsonNode decided = ok(decide(as("lanhdao.sokhcn"), n, "5/QĐ-SKHCN", true));
    assertThat(decided.get("decisionAuthority").asString()).isEqualTo("AGENCY_HEAD");
    assertThat(
            docxText(office.get("/api/v1/nominations/" + id(decided) + "/decision.docx").bytes()))
        .contains("GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ");
  }

  @Test
  void twoDecisionsAtOnceOneWins() throws Exception {
    Http office = as("thuongtruc.habac");
    long plan = HaBac.plan(office);
    long trung = HaBac.organization(office, "thon%20trung");
    long villager =
        office
            .json("/api/v1/people?organization=" + trung + "&size=5")
            .get("items")
            .get(0)
            .get("id")
            .asLong();
    JsonNode n =
        votedAtTheCommune(
            office,
            as("hoidong.habac"),
            proposeAndSubmit(
                office, proposal("GIAY_KHEN", "INTERIM", 2027, "INDIVIDUAL", villager, null, plan)),
            9);
    Http a = as("lanhdao.habac");
    Http b = as("phochutich.habac");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Integer>> tasks =
          List.of(
              () -> decide(a, n, "41/QĐ-UBND", true).status(),
              () -> decide(b, n, "42/QĐ-UBND", true).status());
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(tasks)) {
        statuses.add(f.get());
      }
      assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    } finally {
      pool.shutdown();
    }
    assertThat(office.json("/api/v1/nominations/" + id(n) + "/history").toString())
        .contains("DECIDE");
  }

  @Test
  void anotherCommunesNominationIsNotFoundBeforeAnyVersionCheck() {
    Http office = as("thuongtruc.habac");
    long plan = HaBac.plan(office);
    long an = person(office, HaBac.UNIT, "tran%20thi%20an");
    JsonNode n =
        proposeAndSubmit(
            office, proposal("BANG_KHEN_CAP_TINH", "INTERIM", 2027, "INDIVIDUAL", an, null, plan));
    Http other = as("thuongtruc.binhgiang");
    int existing =
        other.postJson("/api/v1/nominations/" + id(n) + "/receive?version=0", Map.of()).status();
    int missing =
        other.postJson("/api/v1/nominations/99999999/receive?version=0", Map.of()).status();
    assertThat(existing).isEqualTo(404);
    assertThat(missing).isEqualTo(404);
    assertThat(other.get("/api/v1/nominations/" + id(n)).status()).isEqualTo(404);
    assertThat(step(office, n, "receive").get("status").asString()).isEqualTo("RECEIVED");
  }
}
