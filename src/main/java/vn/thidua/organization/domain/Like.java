package vn.thidua.organization.domain;

/** Escapes LIKE wildcards in user input. */
final class Like {
  private Like() {}

  static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
