package vn.thidua.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration and end-to-end tests: the real application on a fresh embedded
 * PostgreSQL, on a random port, with the demo data of the seeds. One context is shared by every
 * test class that extends this one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import({TestClock.Config.class, FailingNotice.Config.class})
public abstract class ApplicationTest {

  protected static final Path DATA_DIR;

  /** A real SMTP server the application sends its e-mail to (reminders). */
  protected static final GreenMail MAIL;

  static {
    MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    MAIL.start();
    try {
      Files.createDirectories(Path.of("target"));
      DATA_DIR = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "it-data-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("thidua.data-dir", DATA_DIR::toString);
    registry.add("thidua.demo", () -> "true");
    registry.add("thidua.admin-password", () -> "Admin-Passw0rd-IT");
    registry.add("thidua.db.url", () -> "");
    registry.add("spring.mail.host", () -> "localhost");
    registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    registry.add("thidua.reminders.cron", () -> "-");
  }

  @Value("${local.server.port}")
  protected int port;

  protected String baseUrl() {
    return "http://localhost:" + port;
  }

  protected Http http() {
    return new Http(baseUrl());
  }

  /** Demo account passwords, as the demo loader wrote them. */
  protected static Map<String, String> demoPasswords() {
    Map<String, String> passwords = new HashMap<>();
    passwords.put("admin", "Admin-Passw0rd-IT");
    try {
      List<String> lines =
          Files.readAllLines(DATA_DIR.resolve("demo-accounts.txt"), StandardCharsets.UTF_8);
      for (String line : lines) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] parts = line.split("\t");
        passwords.put(parts[0], parts[3]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return passwords;
  }

  protected static String password(String user) {
    return demoPasswords().get(user);
  }
}
