package vn.thidua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** ThiĐua: the platform on which Vietnamese state bodies run their emulation movements. */
@SpringBootApplication
@EnableScheduling
public class ThiDuaApplication {

  /**
   * Starts the application; {@code backup [file]} and {@code restore <file> [--replace]} run the
   * backup commands instead (see {@link vn.thidua.platform.Backups}).
   */
  public static void main(String[] args) {
    if (args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"))) {
      System.exit(vn.thidua.platform.Backups.main(args));
    }
    SpringApplication.run(ThiDuaApplication.class, args);
  }
}
