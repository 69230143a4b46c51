package vn.thidua.organization.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.VietnameseText;

/**
 * What a new password must be: at least 10 characters with letters and digits, not one of the
 * common passwords shipped in {@code organization/common-passwords.txt} (compared without
 * diacritics, case and punctuation, and again without the digits at either end: "MatKhau@2026" is
 * "matkhau"), and not containing the user's name: the user name or its parts, the display name or
 * the person's full name (each word of four letters or more, and the whole name run together).
 */
final class PasswordPolicy {

  static final int MIN_LENGTH = 10;

  /** Words of a name shorter than this are too common inside passwords to refuse ("an", "thi"). */
  private static final int MIN_NAME_PART = 4;

  private static final Set<String> COMMON = load();

  private PasswordPolicy() {}

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (InputStream in =
            PasswordPolicy.class.getResourceAsStream("/organization/common-passwords.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(squeeze(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }

  /** How many common passwords are known (for tests). */
  static int commonCount() {
    return COMMON.size();
  }

  /** Refuses a weak password with a field error on {@code newPassword}. */
  static void check(String password, String username, Collection<String> names) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw BusinessRuleViolation.onField("newPassword", "account.password-too-short", MIN_LENGTH);
    }
    if (!password.matches("(?s).*\\p{L}.*") || !password.matches("(?s).*\\d.*")) {
      throw BusinessRuleViolation.onField("newPassword", "account.password-weak");
    }
    String squeezed = squeeze(password);
    if (isCommon(squeezed)) {
      throw BusinessRuleViolation.onField("newPassword", "account.password-common");
    }
    if (username != null) {
      String user = squeeze(username);
      if (!user.isEmpty() && squeezed.contains(user)) {
        throw BusinessRuleViolation.onField("newPassword", "account.password-contains-username");
      }
      if (containsNamePart(squeezed, username)) {
        throw BusinessRuleViolation.onField("newPassword", "account.password-contains-username");
      }
    }
    for (String name : names) {
      if (name == null || name.isBlank()) {
        continue;
      }
      String whole = squeeze(name);
      if (whole.length() >= MIN_NAME_PART && squeezed.contains(whole)) {
        throw BusinessRuleViolation.onField("newPassword", "account.password-contains-name");
      }
      if (containsNamePart(squeezed, name)) {
        throw BusinessRuleViolation.onField("newPassword", "account.password-contains-name");
      }
    }
  }

  private static boolean containsNamePart(String squeezedPassword, String name) {
    for (String part : VietnameseText.fold(name).split("[^\\p{Alnum}]+")) {
      String p = part.toLowerCase(Locale.ROOT);
      if (p.length() >= MIN_NAME_PART && squeezedPassword.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the squeezed password, or it without leading and trailing digits, is common. */
  private static boolean isCommon(String squeezed) {
    if (COMMON.contains(squeezed)) {
      return true;
    }
    String core = squeezed.replaceAll("^\\d+", "").replaceAll("\\d+$", "");
    return core.length() >= 3 && COMMON.contains(core);
  }

  /** Lower case, without diacritics, letters and digits only. */
  static String squeeze(String text) {
    return VietnameseText.fold(text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]", "");
  }
}
