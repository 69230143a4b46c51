package vn.thidua.platform.web;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address people reach the product at ({@code THIDUA_BASE_URL}) goes into every e-mail link and
 * every certificate's QR code. Outside demo mode, left unset (or on this machine's own name), those
 * links lead nowhere: said once at start-up in the log and on the administrator's home page.
 */
@Component
public class BaseUrlCheck {

  private static final Logger log = LoggerFactory.getLogger(BaseUrlCheck.class);

  private final boolean missing;

  BaseUrlCheck(Environment env) {
    this.missing = missing(env);
  }

  static boolean missing(Environment env) {
    if (env.getProperty("thidua.demo", Boolean.class, true)) {
      return false;
    }
    String set = env.getProperty("THIDUA_BASE_URL");
    String url = env.getProperty("thidua.base-url", "");
    if (set == null || set.isBlank()) {
      return true;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null
          || host.equals("localhost")
          || host.startsWith("127.")
          || host.equals("0.0.0.0")
          || host.equals("[::1]");
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  /** Whether the administrator must be told to set the address. */
  public boolean missing() {
    return missing;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warn() {
    if (missing) {
      log.warn(
          "THIDUA_BASE_URL chưa được đặt (ngoài chế độ demo): đường dẫn trong thư điện tử và mã QR"
              + " trên giấy chứng nhận sẽ không mở được. Hãy đặt THIDUA_BASE_URL bằng địa chỉ công"
              + " khai của hệ thống.");
    }
  }
}
