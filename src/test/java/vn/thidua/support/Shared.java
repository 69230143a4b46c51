package vn.thidua.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The workplace's shared seeds and contract tools: {@code ../shared} beside the clone when it is
 * there (kept current), else the snapshot in {@code src/test/resources/shared}.
 */
public final class Shared {

  private static final Path WORKPLACE = Path.of("../shared");
  private static final Path SNAPSHOT = Path.of("src/test/resources/shared");

  private Shared() {}

  /** A file or folder under shared, e.g. {@code "seeds/ha-bac-commune-plan-2026.txt"}. */
  public static Path path(String relative) {
    Path inWorkplace = WORKPLACE.resolve(relative);
    return Files.exists(inWorkplace) ? inWorkplace : SNAPSHOT.resolve(relative);
  }
}
