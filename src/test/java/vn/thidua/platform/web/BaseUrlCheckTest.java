package vn.thidua.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** THIDUA_BASE_URL unset outside demo mode is a warning; in demo mode or when set, none. */
class BaseUrlCheckTest {

  @Test
  void unsetOutsideDemoModeIsMissing() {
    MockEnvironment env =
        new MockEnvironment()
            .withProperty("thidua.demo", "false")
            .withProperty("thidua.base-url", "http://localhost:8080");
    assertThat(BaseUrlCheck.missing(env)).isTrue();
  }

  @Test
  void setToAPublicAddressIsNotMissing() {
    MockEnvironment env =
        new MockEnvironment()
            .withProperty("thidua.demo", "false")
            .withProperty("THIDUA_BASE_URL", "https://thidua.haiphong.gov.vn")
            .withProperty("thidua.base-url", "https://thidua.haiphong.gov.vn");
    assertThat(BaseUrlCheck.missing(env)).isFalse();
  }

  @Test
  void setToThisMachineIsMissing() {
    MockEnvironment env =
        new MockEnvironment()
            .withProperty("thidua.demo", "false")
            .withProperty("THIDUA_BASE_URL", "http://127.0.0.1:8080")
            .withProperty("thidua.base-url", "http://127.0.0.1:8080");
    assertThat(BaseUrlCheck.missing(env)).isTrue();
  }

  @Test
  void inDemoModeNothingIsSaid() {
    MockEnvironment env = new MockEnvironment().withProperty("thidua.demo", "true");
    assertThat(BaseUrlCheck.missing(env)).isFalse();
  }
}
