package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Http;

/** The officer's pages: the catalogue and the eligibility form with each check explained. */
class CommendationPagesIT extends ApplicationTest {

  @Test
  void anOfficerReadsTheCatalogueAndChecksACase() {
    Http browser = http();
    browser.login("thuongtruc.habac", password("thuongtruc.habac"));
    Http.Response catalogue = browser.get("/commendation/catalogue");
    assertThat(catalogue.status()).isEqualTo(200);
    assertThat(catalogue.body())
        .contains("Bằng khen của Thủ tướng Chính phủ")
        .contains("BKTTG-ANNUAL-PRIOR")
        .contains("Suy luận – cần xác nhận pháp lý")
        .contains("href=\"/commendation/catalogue\"");

    Http.Response form = browser.get("/eligibility");
    assertThat(form.status()).isEqualTo(200);
    Http.Response result =
        browser.postForm(
            "/eligibility",
            Map.ofEntries(
                Map.entry("_csrf", Http.csrf(form.body())),
                Map.entry("award", "BANG_KHEN_THU_TUONG"),
                Map.entry("occasion", "ANNUAL"),
                Map.entry("asOf", "2026-12-01"),
                Map.entry("year", "2026"),
                Map.entry("kind", "INDIVIDUAL"),
                Map.entry("category", "CIVIL_SERVANT"),
                Map.entry(
                    "history", "BANG_KHEN_CAP_TINH 2021 THEMATIC\nCHIEN_SI_THI_DUA_CO_SO 2022"),
                Map.entry("ratings", "2022 GOOD\n2023 GOOD\n2024 GOOD\n2025 GOOD\n2026 EXCELLENT"),
                Map.entry("disciplined", "false"),
                Map.entry("voteMembers", "9"),
                Map.entry("voteInFavour", "7")));
    assertThat(result.status()).isEqualTo(200);
    assertThat(result.body())
        .contains("Chưa đủ điều kiện")
        .contains("BKTTG-ANNUAL-PRIOR")
        .contains("Không đạt")
        .contains("Điều 73");
  }
}
