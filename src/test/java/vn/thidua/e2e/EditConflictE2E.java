package vn.thidua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.support.BrowserTest;
import vn.thidua.support.Http;

class EditConflictE2E extends BrowserTest {

  @Test
  void theSecondTabsSaveIsRefusedWithAClearMessage() {
    long id =
        http()
            .as("thuongtruc.habac", password("thuongtruc.habac"))
            .postJson(
                "/api/v1/organizations",
                Map.of("unitCode", "10816", "type", "ENTERPRISE", "name", "Công ty TNHH Hai Thẻ"))
            .json()
            .get("id")
            .asLong();
    login(page, "thuongtruc.habac");
    Page first = page;
    Page second = context.newPage();
    first.navigate(baseUrl() + "/organizations/" + id + "/edit");
    second.navigate(baseUrl() + "/organizations/" + id + "/edit");

    first.getByLabel("Tên tổ chức").fill("Công ty TNHH Hai Thẻ Một");
    first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
    assertThat(first.locator(".notice")).containsText("Đã lưu thay đổi");

    second.getByLabel("Tên tổ chức").fill("Công ty TNHH Hai Thẻ Hai");
    second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
    assertThat(second.locator(".problem")).containsText("Người khác đã lưu thay đổi bản ghi này");
    shot(second, "edit-conflict-second-tab");

    Http api = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    assertThat(api.json("/api/v1/organizations/" + id).get("name").asString())
        .isEqualTo("Công ty TNHH Hai Thẻ Một");
  }
}
