package vn.thidua.statistics.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.kernel.NotFound;

/**
 * The statistics forms as data ({@code statistics/forms.json}): one version per circular, valid
 * from a year; the year judged picks the version in force, so a new circular never changes the
 * forms of earlier years.
 */
@Component
public class FormCatalogue {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Catalogue(String note, List<Version> versions) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Version(
      String circular,
      Integer fromYear,
      Integer toYear,
      String deadline,
      Map<String, String> signature,
      List<Form> forms) {

    boolean covers(int year) {
      return year >= fromYear && (toYear == null || year <= toYear);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Form(
      String code,
      String symbol,
      String title,
      String unit,
      String source,
      Map<String, List<String>> filter,
      List<Line> rows,
      List<Line> columns) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Line(
      String code,
      String label,
      String group,
      Integer indent,
      Boolean heading,
      Map<String, List<String>> match) {

    public Line {
      indent = indent == null ? 0 : indent;
      heading = heading != null && heading;
    }
  }

  private final Catalogue catalogue;

  FormCatalogue(ObjectMapper json) {
    try (InputStream in = FormCatalogue.class.getResourceAsStream("/statistics/forms.json")) {
      this.catalogue = json.readValue(in, Catalogue.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The version of the forms in force for a year. */
  public Version version(int year) {
    return catalogue.versions().stream()
        .filter(v -> v.covers(year))
        .reduce((a, b) -> b.fromYear() > a.fromYear() ? b : a)
        .orElseThrow(() -> new NotFound("statistics.no-version"));
  }

  /** A form of the version in force for a year. */
  public Form form(int year, String code) {
    return find(year, code).orElseThrow(() -> new NotFound("error.not-found"));
  }

  public Optional<Form> find(int year, String code) {
    return version(year).forms().stream().filter(f -> f.code().equals(code)).findFirst();
  }
}
