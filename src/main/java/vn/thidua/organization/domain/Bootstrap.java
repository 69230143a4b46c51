package vn.thidua.organization.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Role;
import vn.thidua.organization.UserCommand;

/**
 * First start: the official administrative units, the {@code admin} account and, unless {@code
 * THIDUA_DEMO=false}, the demo organisations, people and accounts of the seed communes.
 */
@Component
@Order(10)
class Bootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);

  /** The system itself, acting at national scope during start-up. */
  static final Actor SYSTEM = Actor.system();

  private final AdministrativeUnitService units;
  private final AccountService accounts;
  private final DemoData demo;
  private final Path dataDir;
  private final String adminPassword;
  private final boolean demoEnabled;

  Bootstrap(
      AdministrativeUnitService units,
      AccountService accounts,
      DemoData demo,
      @Value("${thidua.data-dir}") String dataDir,
      @Value("${thidua.admin-password:}") String adminPassword,
      @Value("${thidua.demo:true}") boolean demoEnabled) {
    this.units = units;
    this.accounts = accounts;
    this.demo = demo;
    this.dataDir = Path.of(dataDir);
    this.adminPassword = adminPassword;
    this.demoEnabled = demoEnabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    units.loadOfficialUnits();
    createAdmin();
    if (demoEnabled) {
      demo.load(dataDir);
    }
  }

  private void createAdmin() {
    if (accounts.exists("admin")) {
      return;
    }
    AccountService.Created created =
        accounts.create(
            null,
            new UserCommand(
                "admin", "Quản trị hệ thống", null, Role.SYSTEM_ADMIN, "VN", null, null));
    if (adminPassword != null && !adminPassword.isBlank()) {
      accounts.setPassword("admin", adminPassword);
      log.info("Đã tạo tài khoản admin với mật khẩu từ THIDUA_ADMIN_PASSWORD");
      return;
    }
    Path file = dataDir.resolve("initial-admin-password.txt");
    try {
      Files.createDirectories(dataDir);
      Files.writeString(file, created.password() + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    log.warn(
        "Đã tạo tài khoản admin, mật khẩu lần đầu: {} (cũng ghi ở {})",
        created.password(),
        file.toAbsolutePath());
  }
}
