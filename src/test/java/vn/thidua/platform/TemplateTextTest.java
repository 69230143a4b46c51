package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * All user-visible text comes from messages.properties: a template holding literal words in its
 * text or in a visible attribute fails this test, and so does a message key used but not defined.
 */
class TemplateTextTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Pattern TEXT = Pattern.compile(">([^<]*)<");
  private static final Pattern VISIBLE_ATTRIBUTE =
      Pattern.compile("\\s(placeholder|title|alt|aria-label|value|label)=\"([^\"]*)\"");
  private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)[(}]");

  @Test
  void templatesHoldNoLiteralText() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        String html = Files.readString(file, StandardCharsets.UTF_8);
        String stripped =
            html.replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", "");
        Matcher text = TEXT.matcher(stripped);
        while (text.find()) {
          String t = text.group(1).strip();
          if (t.codePoints().anyMatch(Character::isLetter)) {
            problems.add(TEMPLATES.relativize(file) + ": text «" + t + "»");
          }
        }
        Matcher attr = VISIBLE_ATTRIBUTE.matcher(stripped);
        while (attr.find()) {
          if (attr.group(2).codePoints().anyMatch(Character::isLetter)
              && !attr.group(1).equals("value")) {
            problems.add(
                TEMPLATES.relativize(file) + ": " + attr.group(1) + "=«" + attr.group(2) + "»");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyMessageKeyUsedInTemplatesExists() throws IOException {
    Properties messages = new Properties();
    try (var reader =
        Files.newBufferedReader(
            Path.of("src/main/resources/messages.properties"), StandardCharsets.UTF_8)) {
      messages.load(reader);
    }
    List<String> missing = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        Matcher m = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          if (!messages.containsKey(m.group(1))) {
            missing.add(TEMPLATES.relativize(file) + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }
}
