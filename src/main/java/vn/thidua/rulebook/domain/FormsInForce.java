package vn.thidua.rulebook.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import vn.thidua.rulebook.FormRule;

/**
 * The forms of {@code forms.json} as in force on a date: the procedure and the bonus of the regime
 * of that date, the base salary of that date (the decision date for money, ND 152/2025 Đ49 k1), the
 * province's council parameters. Plain Java; answers are cached per (date, province).
 */
final class FormsInForce {

  private static final List<String> DOUBT = List.of("READ", "READ-2", "OLD", "INFERRED", "GAP");

  private final RuleBook book;
  private final Map<String, List<FormRule>> cache = new ConcurrentHashMap<>();

  FormsInForce(RuleBook book) {
    this.book = book;
  }

  List<FormRule> forms(LocalDate on, String province) {
    String key = on + "|" + (province == null ? "" : province);
    List<FormRule> hit = cache.get(key);
    if (hit != null) {
      return hit;
    }
    List<FormRule> out = new ArrayList<>();
    for (String code : book.forms.keySet()) {
      out.add(build(code, on, province));
    }
    List<FormRule> frozen = List.copyOf(out);
    if (cache.size() < 5_000) {
      cache.put(key, frozen);
    }
    return frozen;
  }

  Optional<FormRule> form(String code, LocalDate on, String province) {
    if (code == null || !book.forms.containsKey(code)) {
      return Optional.empty();
    }
    for (FormRule f : forms(on, province)) {
      if (f.code().equals(code)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  private FormRule build(String code, LocalDate on, String province) {
    JsonNode f = book.form(code);
    RuleBook.Regime regime = book.regimeOn(on);
    JsonNode procedure = block(f.get("procedures"), regime.code());
    JsonNode money = block(f.get("bonus"), regime.code());
    Map<String, Object> parameters = book.provinceParameters(province);
    String worst = procedure == null ? "GAP" : text(procedure, "confidence");

    List<String> decidedBy = new ArrayList<>();
    List<FormRule.Council> councils = new ArrayList<>();
    FormRule.PublicNotice notice =
        new FormRule.PublicNotice(false, 0, null, null, null, null, "GAP");
    List<FormRule.DossierItem> dossier = new ArrayList<>();
    if (procedure != null) {
      procedure.get("decidedBy").forEach(a -> decidedBy.add(a.asString()));
      for (JsonNode c : procedure.get("councils")) {
        FormRule.Council council = council(c, parameters);
        councils.add(council);
        worst = worse(worst, council.confidence());
      }
      JsonNode n = procedure.get("publicNotice");
      notice =
          new FormRule.PublicNotice(
              n.get("required").asBoolean(),
              n.get("workingDays").asInt(),
              text(n, "level"),
              text(n, "beforeCouncil"),
              text(n, "text"),
              text(n, "citation"),
              text(n, "confidence"));
      worst = worse(worst, notice.confidence());
      for (JsonNode d : procedure.get("dossier")) {
        String item = d.get("item").asString();
        JsonNode def = book.catalogueJson.get("dossierItems").get(item);
        List<String> levels = new ArrayList<>();
        if (d.hasNonNull("levels")) {
          d.get("levels").forEach(l -> levels.add(l.asString()));
        }
        dossier.add(
            new FormRule.DossierItem(
                item,
                def.get("name").asString(),
                def.get("citation").asString(),
                List.copyOf(levels),
                d.get("stage").asString(),
                d.get("required").asBoolean(),
                def.get("generated").asBoolean(),
                text(d, "alternative"),
                text(d, "scope")));
      }
    }

    RuleBook.BaseSalary base = book.baseSalaryOn(on);
    long salary = base == null ? 0 : base.amount();
    JsonNode rounding = book.catalogueJson.get("money").get(regime.code());
    FormRule.Bonus bonus;
    if (money == null) {
      bonus =
          new FormRule.Bonus(
              none(),
              none(),
              none(),
              text(f, "bonusNote") == null
                  ? "Không có mức tiền thưởng trong các văn bản đã đọc"
                  : text(f, "bonusNote"),
              "GAP",
              rounding == null ? null : text(rounding, "text"));
    } else {
      bonus =
          new FormRule.Bonus(
              amount(money.get("INDIVIDUAL"), salary),
              amount(money.get("COLLECTIVE"), salary),
              amount(money.get("HOUSEHOLD"), salary),
              money.get("citation").asString(),
              money.get("confidence").asString(),
              rounding == null ? null : text(rounding, "text"));
      worst = worse(worst, bonus.confidence());
    }
    if (!book.watchesOn(on).isEmpty() || on.isAfter(regime.to()) || on.isBefore(regime.from())) {
      worst = worse(worst, "INFERRED");
    }
    List<String> subjects = new ArrayList<>();
    f.get("subjects").forEach(s -> subjects.add(s.asString()));
    return new FormRule(
        code,
        f.get("name").asString(),
        f.get("shortName").asString(),
        f.get("kind").asString(),
        regime.code(),
        regime.code() + " / " + book.version(),
        List.copyOf(subjects),
        List.copyOf(decidedBy),
        procedure == null ? null : text(procedure, "decidedByCitation"),
        procedure == null ? null : text(procedure, "proposedBy"),
        List.copyOf(councils),
        notice,
        salary,
        base == null ? null : base.citation(),
        bonus,
        List.copyOf(dossier),
        f.hasNonNull("countingYears") ? f.get("countingYears").asInt() : null,
        procedure != null && procedure.hasNonNull("freshnessMonths")
            ? procedure.get("freshnessMonths").asInt()
            : null,
        procedure == null ? null : text(procedure, "freshnessCitation"),
        f.get("level").asString(),
        f.get("citation").asString(),
        worst);
  }

  private FormRule.Council council(JsonNode c, Map<String, Object> parameters) {
    String level = c.get("level").asString();
    JsonNode def = book.catalogueJson.get("councilLevels").get(level);
    String fraction;
    String quorumCitation;
    if (def.hasNonNull("quorumParameter")) {
      String p = def.get("quorumParameter").asString();
      fraction = String.valueOf(parameters.get(p));
      Object cit =
          parameters.get("quorum".equals(p) ? "quorumCitation" : "provinceAwardMeetingCitation");
      quorumCitation = cit == null ? null : cit.toString();
    } else {
      fraction = def.get("quorum").asString();
      quorumCitation = text(def, "quorumCitation");
    }
    String[] parts = fraction.split("/");
    long num = Long.parseLong(parts[0].trim());
    long den = Long.parseLong(parts[1].trim());
    double quorum =
        BigDecimal.valueOf(num)
            .divide(BigDecimal.valueOf(den), 4, RoundingMode.HALF_UP)
            .doubleValue();
    return new FormRule.Council(
        level,
        c.get("threshold").asDouble(),
        c.get("strictlyAbove").asBoolean(),
        quorum,
        quorumCitation,
        c.get("citation").asString(),
        c.get("confidence").asString(),
        num,
        den);
  }

  private static FormRule.Amount none() {
    return new FormRule.Amount(null, null);
  }

  private static FormRule.Amount amount(JsonNode coefficient, long salary) {
    if (coefficient == null || coefficient.isNull() || salary == 0) {
      return coefficient == null || coefficient.isNull()
          ? none()
          : new FormRule.Amount(coefficient.decimalValue(), null);
    }
    BigDecimal k = coefficient.decimalValue();
    return new FormRule.Amount(k, money(k, salary));
  }

  /**
   * ND 152/2025 Đ49 k2: coefficient × base salary, rounded UP to the next ten thousand đồng, once
   * (the collective's and the household's coefficient applied before rounding).
   */
  static long money(BigDecimal coefficient, long baseSalary) {
    BigDecimal raw = coefficient.multiply(BigDecimal.valueOf(baseSalary));
    return raw.divide(BigDecimal.valueOf(10_000), 0, RoundingMode.CEILING).longValueExact()
        * 10_000;
  }

  /** The block of a list whose {@code regimes} names the regime. */
  static JsonNode block(JsonNode blocks, String regime) {
    if (blocks == null) {
      return null;
    }
    for (JsonNode b : blocks) {
      for (JsonNode r : b.get("regimes")) {
        if (r.asString().equals(regime)) {
          return b;
        }
      }
    }
    return null;
  }

  static String worse(String a, String b) {
    if (b == null) {
      return a;
    }
    if (a == null) {
      return b;
    }
    return DOUBT.indexOf(b) > DOUBT.indexOf(a) ? b : a;
  }

  private static String text(JsonNode n, String field) {
    return n != null && n.hasNonNull(field) ? n.get(field).asString() : null;
  }

  /** Ordered map of code → name, for the names every page shows. */
  Map<String, String[]> names() {
    Map<String, String[]> out = new LinkedHashMap<>();
    book.forms.forEach((code, f) ->
        out.put(code, new String[] {f.get("name").asString(), f.get("shortName").asString()}));
    return out;
  }
}
