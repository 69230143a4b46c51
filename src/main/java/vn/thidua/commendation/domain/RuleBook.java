package vn.thidua.commendation.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The legal data the engine judges by, read once from two versioned resource files: {@code
 * commendation/catalogue.json} (titles and forms, authority, bonus, dossier, public notice, base
 * salary by date) and {@code commendation/rules.json} (regimes by effective date, transition, vote
 * thresholds, province parameters, and one row per route condition with citation and confidence).
 * Plain Java: no Spring, no database.
 */
public final class RuleBook {

  /** A legal regime and the dates it is in force (inclusive). */
  public record Regime(String code, String name, LocalDate from, LocalDate to, String citation) {}

  /** A title or form of the catalogue. */
  public record Award(
      String code,
      String name,
      String kind,
      String prefix,
      String judgedAs,
      String note,
      List<String> subjects,
      String level,
      String citation) {}

  /** One rule row. */
  public record Rule(
      String id,
      String award,
      List<String> subjects,
      List<String> categories,
      List<String> occasions,
      String route,
      List<String> regimes,
      String condition,
      JsonNode params,
      String text,
      String citation,
      Map<String, String> citations,
      String confidence) {

    String citation(String regime) {
      return citations.getOrDefault(regime, citation);
    }
  }

  /** A vote threshold fixed by a decree for one award. */
  public record Threshold(int percent, String citation, String confidence) {}

  /** A dated base salary. */
  public record BaseSalary(LocalDate from, long amount, String citation) {}

  final JsonNode catalogueJson;
  final JsonNode rulesJson;
  final List<Regime> regimes = new ArrayList<>();
  final Map<String, Award> awards = new LinkedHashMap<>();
  final List<Rule> rules = new ArrayList<>();
  final Map<String, Map<String, Threshold>> thresholds = new LinkedHashMap<>();
  final JsonNode provinceDefaults;
  final JsonNode provinces;
  final JsonNode transition;
  final List<BaseSalary> baseSalaries = new ArrayList<>();

  private RuleBook(JsonNode catalogue, JsonNode ruleData) {
    this.catalogueJson = catalogue;
    this.rulesJson = ruleData;
    for (JsonNode r : ruleData.get("regimes")) {
      regimes.add(
          new Regime(
              r.get("code").asString(),
              r.get("name").asString(),
              LocalDate.parse(r.get("from").asString()),
              LocalDate.parse(r.get("to").asString()),
              r.get("citation").asString()));
    }
    for (JsonNode a : catalogue.get("awards")) {
      awards.put(
          a.get("code").asString(),
          new Award(
              a.get("code").asString(),
              a.get("name").asString(),
              a.get("kind").asString(),
              a.get("prefix").asString(),
              text(a, "judgedAs"),
              text(a, "note"),
              strings(a.get("subjects")),
              a.get("level").asString(),
              a.get("citation").asString()));
    }
    for (JsonNode b : catalogue.get("baseSalaries")) {
      baseSalaries.add(
          new BaseSalary(
              LocalDate.parse(b.get("from").asString()),
              b.get("amount").asLong(),
              b.get("citation").asString()));
    }
    for (JsonNode r : ruleData.get("rules")) {
      Map<String, String> citations = new LinkedHashMap<>();
      if (r.hasNonNull("citations")) {
        r.get("citations")
            .properties()
            .forEach(e -> citations.put(e.getKey(), e.getValue().asString()));
      }
      String award = r.get("award").asString();
      if (!"*".equals(award) && !awards.containsKey(award)) {
        throw new IllegalStateException("rule " + r.get("id") + ": unknown award " + award);
      }
      rules.add(
          new Rule(
              r.get("id").asString(),
              award,
              strings(r.get("subjects")),
              r.hasNonNull("categories") ? strings(r.get("categories")) : null,
              strings(r.get("occasions")),
              r.get("route").asString(),
              r.hasNonNull("regimes") ? strings(r.get("regimes")) : null,
              r.get("condition").asString(),
              r.get("params"),
              r.get("text").asString(),
              r.get("citation").asString(),
              citations,
              r.get("confidence").asString()));
    }
    ruleData
        .get("voteThresholds")
        .properties()
        .forEach(regime -> {
          Map<String, Threshold> byAward = new LinkedHashMap<>();
          regime
              .getValue()
              .properties()
              .forEach(t ->
                  byAward.put(
                      t.getKey(),
                      new Threshold(
                          t.getValue().get("percent").asInt(),
                          t.getValue().get("citation").asString(),
                          t.getValue().get("confidence").asString())));
          thresholds.put(regime.getKey(), byAward);
        });
    provinceDefaults = ruleData.get("provinceDefaults");
    provinces = ruleData.get("provinces");
    transition = ruleData.get("transition");
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asString() : null;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(n.asString());
    }
    return List.copyOf(out);
  }

  /** Reads the two resource files from the class path. */
  public static RuleBook load() {
    JsonMapper mapper = JsonMapper.builder().build();
    return new RuleBook(
        read(mapper, "commendation/catalogue.json"), read(mapper, "commendation/rules.json"));
  }

  private static JsonNode read(JsonMapper mapper, String resource) {
    try (InputStream in = RuleBook.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Regime> regimes() {
    return List.copyOf(regimes);
  }

  public Map<String, Award> awards() {
    return Map.copyOf(awards);
  }

  public List<Rule> rules() {
    return List.copyOf(rules);
  }

  /** The catalogue file as loaded (awards, base salaries, bonus rules). */
  public JsonNode catalogueDocument() {
    return catalogueJson;
  }

  /** The rules file as loaded (regimes, transition, thresholds, province parameters, rules). */
  public JsonNode rulesDocument() {
    return rulesJson;
  }

  /** The province parameters: the defaults overlaid with the province's own values, if any. */
  public Map<String, Object> provinceParameters(String province) {
    Map<String, Object> out = new LinkedHashMap<>();
    provinceDefaults.properties().forEach(e -> out.put(e.getKey(), value(e.getValue())));
    if (province != null && provinces.has(province)) {
      provinces.get(province).properties().forEach(e -> out.put(e.getKey(), value(e.getValue())));
    }
    return out;
  }

  private static Object value(JsonNode n) {
    if (n.isNull()) {
      return null;
    }
    if (n.isBoolean()) {
      return n.asBoolean();
    }
    if (n.isNumber()) {
      return n.asDouble();
    }
    return n.asString();
  }

  /** The base salary in force on a date (ND 152/2025 Đ49: the date of the decision), or null. */
  public BaseSalary baseSalaryOn(LocalDate date) {
    BaseSalary found = null;
    for (BaseSalary b : baseSalaries) {
      if (!b.from().isAfter(date)) {
        found = b;
      }
    }
    return found;
  }
}
