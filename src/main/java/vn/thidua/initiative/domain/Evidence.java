package vn.thidua.initiative.domain;

import java.util.Locale;
import java.util.Set;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.FileTooLarge;
import vn.thidua.kernel.VietnameseText;

/** Checks of an uploaded file: not empty, within the size limit, of an allowed type. */
final class Evidence {

  private Evidence() {}

  /** The cleaned file name, or a refusal with a clear message. */
  static String check(
      String fileName, byte[] content, int maxBytes, Set<String> extensions, String typeMessage) {
    String name = VietnameseText.cleanOrNull(fileName);
    if (name == null || content == null || content.length == 0) {
      throw BusinessRuleViolation.onField("file", "import.file-empty");
    }
    if (content.length > maxBytes) {
      throw new FileTooLarge(maxBytes / (1024 * 1024));
    }
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (!extensions.contains(ext)) {
      throw BusinessRuleViolation.onField("file", typeMessage, name);
    }
    return name.length() > 300 ? name.substring(name.length() - 300) : name;
  }

  static String contentType(String given) {
    return given == null || given.isBlank() ? "application/octet-stream" : given;
  }
}
