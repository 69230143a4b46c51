package vn.thidua.rulebook.domain;

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
 * The legal data the product judges by, read once from two versioned resource files: {@code
 * rulebook/forms.json} (titles and forms; for each regime who decides, which councils vote, public
 * notice, dossier items and bonus coefficients; base salaries by date; rounding) and {@code
 * rulebook/rules.json} (regimes by effective date, transition, watched changes of the law, vote
 * thresholds, province parameters, and one row per route condition with citation and confidence).
 * Plain Java: no Spring, no database. Every page, document and workflow step reads these files
 * through this class and nowhere else.
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
  public record BaseSalary(LocalDate from, long amount, String citation, String confidence) {}

  /** A change of the law reported and not verified: answers from that date carry a warning. */
  public record Watch(String id, LocalDate from, String text, String citation, String confidence) {}

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
  final List<Watch> watches = new ArrayList<>();
  final Map<String, JsonNode> forms = new LinkedHashMap<>();
  final String version;

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
    this.version = catalogue.get("version").asString() + "+" + ruleData.get("version").asString();
    for (JsonNode a : catalogue.get("forms")) {
      forms.put(a.get("code").asString(), a);
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
              b.get("citation").asString(),
              b.get("confidence").asString()));
    }
    if (ruleData.hasNonNull("watches")) {
      for (JsonNode w : ruleData.get("watches")) {
        watches.add(
            new Watch(
                w.get("id").asString(),
                LocalDate.parse(w.get("from").asString()),
                w.get("text").asString(),
                w.get("citation").asString(),
                w.get("confidence").asString()));
      }
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
    // The statutory thresholds the engine judges a ballot by are those of the form's councils in
    // forms.json (one owner of the fact); "more than half" needs no row.
    for (Regime regime : regimes) {
      Map<String, Threshold> byAward = new LinkedHashMap<>();
      for (JsonNode f : catalogue.get("forms")) {
        for (JsonNode p : f.get("procedures")) {
          boolean applies = false;
          for (JsonNode r : p.get("regimes")) {
            applies |= r.asString().equals(regime.code());
          }
          if (!applies) {
            continue;
          }
          for (JsonNode c : p.get("councils")) {
            if (!c.get("strictlyAbove").asBoolean()) {
              byAward.putIfAbsent(
                  f.get("code").asString(),
                  new Threshold(
                      (int) Math.round(c.get("threshold").asDouble() * 100),
                      c.get("citation").asString(),
                      c.get("confidence").asString()));
            }
          }
        }
      }
      thresholds.put(regime.code(), byAward);
    }
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

  private static volatile RuleBook shared;

  /** The rule book of the class path, read once per process. */
  public static RuleBook shared() {
    RuleBook b = shared;
    if (b == null) {
      synchronized (RuleBook.class) {
        b = shared;
        if (b == null) {
          b = load();
          shared = b;
        }
      }
    }
    return b;
  }

  /** Reads the two resource files from the class path. */
  public static RuleBook load() {
    JsonMapper mapper = JsonMapper.builder().build();
    return new RuleBook(read(mapper, "rulebook/forms.json"), read(mapper, "rulebook/rules.json"));
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

  /** The version of the two files: {@code forms.json}'s and {@code rules.json}'s, joined by "+". */
  public String version() {
    return version;
  }

  /** The regime in force on a date (the earliest before it, the last after it). */
  public Regime regimeOn(LocalDate date) {
    for (Regime r : regimes) {
      if (!date.isBefore(r.from()) && !date.isAfter(r.to())) {
        return r;
      }
    }
    return date.isBefore(regimes.getFirst().from()) ? regimes.getFirst() : regimes.getLast();
  }

  /** The watched changes in force on a date. */
  public List<Watch> watchesOn(LocalDate date) {
    List<Watch> out = new ArrayList<>();
    for (Watch w : watches) {
      if (!date.isBefore(w.from())) {
        out.add(w);
      }
    }
    return out;
  }

  public List<Watch> watches() {
    return List.copyOf(watches);
  }

  /** A form's entry of {@code forms.json}, or null. */
  JsonNode form(String code) {
    return forms.get(code);
  }

  /** A form's entry of {@code forms.json}, or null (for the module's static name lookups). */
  public JsonNode formEntry(String code) {
    return code == null ? null : forms.get(code);
  }

  /** Every form's code, catalogue order. */
  public List<String> formCodes() {
    return List.copyOf(forms.keySet());
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

  /** The parameters shown to a person, value and citation side by side. */
  private static final List<String[]> SHOWN =
      List.of(
          new String[] {"quorum", "quorumCitation"},
          new String[] {"provinceAwardMeetingPresence", "provinceAwardMeetingCitation"},
          new String[] {"majorityConfidence", "majorityCitation"},
          new String[] {"publicNoticeWorkingDays", "publicNoticeCitation"},
          new String[] {"collectiveLaoDongTienTienPercent", "collectiveLaoDongTienTienCitation"},
          new String[] {"giayKhenMinRating", "giayKhenCitation"});

  /** The province's parameters for a plan page: each with its citation and whose it is. */
  public vn.thidua.rulebook.ProvinceRules provinceRules(String province) {
    String source = provinceDefaults.path("sourceProvince").asString(null);
    boolean isSource = province != null && province.equals(source);
    JsonNode own = province != null && provinces.has(province) ? provinces.get(province) : null;
    Map<String, Object> values = provinceParameters(province);
    List<vn.thidua.rulebook.ProvinceRules.Line> lines = new java.util.ArrayList<>();
    boolean all = true;
    for (String[] kv : SHOWN) {
      boolean mine = isSource || (own != null && own.has(kv[0]));
      all &= mine;
      Object citation = values.get(kv[1]);
      lines.add(
          new vn.thidua.rulebook.ProvinceRules.Line(
              kv[0], values.get(kv[0]), citation == null ? null : citation.toString(), mine));
    }
    return new vn.thidua.rulebook.ProvinceRules(
        province, all, source, provinceDefaults.path("source").asString(null), lines);
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
