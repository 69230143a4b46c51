package vn.thidua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import vn.thidua.support.BrowserTest;

/**
 * A file over the server's limit is refused in the browser before anything is sent, with a
 * Vietnamese message beside the field; a file within it is taken.
 */
class UploadLimitE2E extends BrowserTest {

  @Test
  void aTooLargeFileIsRefusedBesideTheFieldBeforeItIsSent() {
    login(page, "canhan.habac");
    page.navigate(baseUrl() + "/initiatives/new");
    byte[] big = new byte[11 * 1024 * 1024];
    page.setInputFiles("#file", new FilePayload("bien-ban.pdf", "application/pdf", big));
    assertThat(page.locator("#file-size-error"))
        .containsText("Tệp «bien-ban.pdf» nặng 11 MB, quá giới hạn 10 MB");
    boolean valid =
        (Boolean) page.evaluate("() => document.getElementById('file').checkValidity()");
    assertThat(valid).isFalse();
    shot(page, "upload-too-large");

    page.setInputFiles("#file", new FilePayload("anh.png", "image/png", new byte[1024]));
    assertThat(page.locator("#file-size-error")).isEmpty();
    valid = (Boolean) page.evaluate("() => document.getElementById('file').checkValidity()");
    assertThat(valid).isTrue();
  }

  @Test
  void aTextFieldWithALimitShowsItAndCounts() {
    login(page, "truyenthong.habac");
    page.navigate(baseUrl() + "/news/new");
    assertThat(page.locator("#summary-limit")).hasText("0/1.000 ký tự");
    page.fill("#summary", "Tin ngắn");
    assertThat(page.locator("#summary-limit")).hasText("8/1.000 ký tự");
  }
}
