package vn.thidua.commendation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.thidua.commendation.EligibilityAnswer;
import vn.thidua.commendation.EligibilityRequest;
import vn.thidua.commendation.RegimeView;
import vn.thidua.commendation.RuleView;
import vn.thidua.kernel.NotFound;

/**
 * The catalogue and the eligibility engine, loaded once at start from the versioned resource files.
 * Judging reads only the request: nothing is looked up in the database.
 */
@Service
public class EligibilityService {

  private final RuleBook book;
  private final EligibilityEngine engine;

  public EligibilityService() {
    this.book = RuleBook.load();
    this.engine = new EligibilityEngine(book);
  }

  public EligibilityAnswer check(EligibilityRequest request) {
    return engine.check(request);
  }

  public List<EligibilityAnswer> checkBatch(List<EligibilityRequest> requests) {
    return engine.checkAll(requests);
  }

  public List<RegimeView> regimes() {
    return book.regimes().stream()
        .map(r -> new RegimeView(r.code(), r.name(), r.from(), r.to(), r.citation()))
        .toList();
  }

  /** Every rule row, or those of one award. */
  public List<RuleView> rules(String award) {
    List<RuleView> out = new ArrayList<>();
    for (RuleBook.Rule r : book.rules()) {
      if (award != null && !award.isBlank() && !r.award().equals(award) && !r.award().equals("*")) {
        continue;
      }
      List<String> regimes =
          r.regimes() != null
              ? r.regimes()
              : book.regimes().stream().map(RuleBook.Regime::code).toList();
      LocalDate from = null;
      LocalDate to = null;
      for (RuleBook.Regime g : book.regimes()) {
        if (regimes.contains(g.code())) {
          from = from == null || g.from().isBefore(from) ? g.from() : from;
          to = to == null || g.to().isAfter(to) ? g.to() : to;
        }
      }
      Map<String, Object> params = new LinkedHashMap<>();
      r.params().properties().forEach(e -> params.put(e.getKey(), plain(e.getValue())));
      out.add(
          new RuleView(
              r.id(),
              r.award(),
              r.subjects(),
              r.categories(),
              r.occasions(),
              r.route(),
              regimes,
              from,
              to,
              r.condition(),
              params,
              r.text(),
              r.citation(),
              r.citations(),
              r.confidence()));
    }
    return out;
  }

  private static Object plain(JsonNode n) {
    if (n.isArray()) {
      List<Object> list = new ArrayList<>();
      n.forEach(x -> list.add(plain(x)));
      return list;
    }
    if (n.isNumber()) {
      return n.numberValue();
    }
    if (n.isBoolean()) {
      return n.asBoolean();
    }
    return n.isNull() ? null : n.asString();
  }

  /** The province parameters (defaults of Bắc Ninh QĐ 86/2025 overlaid with the province's). */
  public Map<String, Object> provinceParameters(String province) {
    return book.provinceParameters(province);
  }

  /** The catalogue with bonus amounts at the base salary in force on a date. */
  public List<JsonNode> catalogue(LocalDate on) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode a : book.catalogueDocument().get("awards")) {
      out.add(enrich(a, on));
    }
    return out;
  }

  public JsonNode award(String code, LocalDate on) {
    for (JsonNode a : book.catalogueDocument().get("awards")) {
      if (a.get("code").asString().equals(code)) {
        return enrich(a, on);
      }
    }
    throw new NotFound("commendation.award-not-found");
  }

  public JsonNode baseSalaries() {
    return book.catalogueDocument().get("baseSalaries");
  }

  private JsonNode enrich(JsonNode award, LocalDate on) {
    ObjectNode copy = (ObjectNode) award.deepCopy();
    RuleBook.BaseSalary base = book.baseSalaryOn(on);
    ObjectNode amounts = copy.putObject("bonusAmounts");
    amounts.put("on", on.toString());
    if (base != null) {
      amounts.put("baseSalary", base.amount());
      amounts.put("baseSalaryCitation", base.citation());
      JsonNode bonus = award.get("bonus");
      if (bonus != null && !bonus.isNull()) {
        for (String kind : List.of("individual", "collective", "household")) {
          JsonNode m = bonus.get(kind);
          if (m != null && !m.isNull()) {
            amounts.put(kind, bonus(m.asDouble(), base.amount()));
          }
        }
      }
    }
    var rules = copy.putArray("rules");
    ruleIds(award.get("code").asString()).forEach(rules::add);
    return copy;
  }

  private List<String> ruleIds(String code) {
    List<String> ids = new ArrayList<>();
    for (RuleBook.Rule r : book.rules()) {
      if (r.award().equals(code)) {
        ids.add(r.id());
      }
    }
    return ids;
  }

  /** ND 152/2025 Đ49: coefficient × base salary, rounded up to the next ten thousand đồng. */
  static long bonus(double coefficient, long baseSalary) {
    BigDecimal raw = BigDecimal.valueOf(coefficient).multiply(BigDecimal.valueOf(baseSalary));
    return raw.divide(BigDecimal.valueOf(10_000), 0, RoundingMode.CEILING).longValue() * 10_000;
  }
}
