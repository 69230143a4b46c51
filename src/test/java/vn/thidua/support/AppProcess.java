package vn.thidua.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application (target/thidua.jar) as a separate process, for restart and scale-out
 * tests.
 */
public final class AppProcess {

  private AppProcess() {}

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Starts the application and waits until it serves requests as {@code admin}. */
  public static Process start(Path dataDir, int port, String adminPassword, Map<String, String> env)
      throws IOException, InterruptedException {
    Files.createDirectories(dataDir);
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb =
        new ProcessBuilder(java, "-jar", new File("target/thidua.jar").getAbsolutePath())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("app.log").toFile()));
    pb.environment().put("THIDUA_DATA_DIR", dataDir.toString());
    pb.environment().put("PORT", Integer.toString(port));
    pb.environment().put("THIDUA_DEMO", "false");
    pb.environment().put("THIDUA_ADMIN_PASSWORD", adminPassword);
    pb.environment().putAll(env);
    Process process = pb.start();
    Http http = TestHttp.at("http://localhost:" + port);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "application exited: " + Files.readString(dataDir.resolve("app.log")));
      }
      try {
        if (http.get("/actuator/health").status() == 200
            && http.as("admin", adminPassword).get("/api/v1/me").status() == 200) {
          return process;
        }
      } catch (RuntimeException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    process.destroyForcibly();
    throw new IllegalStateException("application did not start in 120 s");
  }

  /** The port of the embedded PostgreSQL an instance started, read from its log. */
  public static int embeddedPostgresPort(Path dataDir) throws IOException {
    Matcher m =
        Pattern.compile("PostgreSQL nhúng đang chạy tại cổng (\\d+)")
            .matcher(Files.readString(dataDir.resolve("app.log")));
    int port = -1;
    while (m.find()) {
      port = Integer.parseInt(m.group(1));
    }
    return port;
  }
}
