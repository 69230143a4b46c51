package vn.thidua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.thidua.support.BrowserTest;

/** Each role's first path: log in, find the own organisation, open a person. */
class RoleFirstPathE2E extends BrowserTest {

  private Locator link(String name) {
    return page.locator("main")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  @Test
  void standingOfficeFindsTheCultureOfficeByUnaccentedSearchAndOpensAPerson() {
    login(page, "thuongtruc.habac");
    nav(page, "Tổ chức");
    page.getByLabel("Tìm kiếm").fill("phong van hoa");
    assertThat(page.locator("#results")).containsText("Phòng Văn hóa - Xã hội");
    link("Phòng Văn hóa - Xã hội").click();
    assertThat(page.locator("h1")).hasText("Phòng Văn hóa - Xã hội");
    link("Trần Thị An").click();
    assertThat(page.locator("h1")).hasText("Trần Thị An");
    assertThat(page.locator(".facts")).containsText("Cán bộ, công chức");
    shot(page, "standing-office-person");
  }

  @Test
  void leadershipBrowsesTheUnitTreeToTheCommuneAndItsChairman() {
    login(page, "lanhdao.habac");
    nav(page, "Đơn vị hành chính");
    page.getByLabel("Tìm đơn vị hành chính").fill("ha bac");
    link("Xã Hà Bắc").click();
    assertThat(page.locator("h1")).hasText("Xã Hà Bắc");
    link("Tổ chức thuộc đơn vị").click();
    link("Ủy ban nhân dân xã Hà Bắc").click();
    link("Nguyễn Anh Tuấn").click();
    assertThat(page.locator(".facts")).containsText("Chủ tịch UBND xã");
    shot(page, "leadership-chairman");
  }

  @Test
  void councilMemberSearchesPeopleWithoutDiacritics() {
    login(page, "hoidong.habac");
    nav(page, "Cá nhân");
    page.getByLabel("Tìm kiếm").fill("nguyen van binh");
    assertThat(page.locator("#results")).containsText("Nguyễn Văn Bình");
    link("Nguyễn Văn Bình").first().click();
    assertThat(page.locator("h1")).hasText("Nguyễn Văn Bình");
    shot(page, "council-member-person");
  }

  @Test
  void unitFocalPointOpensTheVillageAndOneOfItsPeople() {
    login(page, "daumoi.habac");
    nav(page, "Tổ chức");
    link("Thôn Đông").click();
    assertThat(page.locator("h1")).hasText("Thôn Đông");
    page.locator("main table a").first().click();
    assertThat(page.locator(".facts")).containsText("Thôn Đông");
    shot(page, "focal-point-person");
  }

  @Test
  void individualSeesTheOwnRecord() {
    login(page, "canhan.habac");
    nav(page, "Cá nhân");
    assertThat(page.locator("h1")).hasText("Trần Thị An");
    link("Phòng Văn hóa - Xã hội").click();
    assertThat(page.locator("h1")).hasText("Phòng Văn hóa - Xã hội");
    shot(page, "individual-own-record");
  }

  @Test
  void supervisorReadsTheFatherlandFrontAndItsPeople() {
    login(page, "giamsat.habac");
    nav(page, "Tổ chức");
    page.getByLabel("Tìm kiếm").fill("mat tran");
    link("Ủy ban Mặt trận Tổ quốc Việt Nam xã Hà Bắc").click();
    page.locator("main table a").first().click();
    assertThat(page.locator(".facts")).containsText("Ủy ban Mặt trận Tổ quốc Việt Nam xã Hà Bắc");
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa")))
        .hasCount(0);
    shot(page, "supervisor-person");
  }

  @Test
  void administratorChecksTheAuditChainAndSeesUsers() {
    login(page, "admin");
    nav(page, "Người dùng");
    assertThat(page.locator("main table")).containsText("thuongtruc.habac");
    nav(page, "Nhật ký");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra chuỗi băm"))
        .click();
    assertThat(page.locator(".notice")).containsText("Chuỗi băm toàn vẹn");
    shot(page, "admin-audit");
  }

  @Test
  void cityOfficerOpensABinhGiangPerson() {
    login(page, "thuongtruc.haiphong");
    page.navigate(baseUrl() + "/organizations?unit=10966");
    link("Phòng Kinh tế").click();
    page.locator("main table a").first().click();
    assertThat(page.locator(".facts")).containsText("Xã Bình Giang");
    shot(page, "city-officer-person");
  }
}
