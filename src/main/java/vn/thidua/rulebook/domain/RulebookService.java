package vn.thidua.rulebook.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import vn.thidua.rulebook.Doubt;
import vn.thidua.rulebook.EligibilityAnswer;
import vn.thidua.rulebook.EligibilityRequest;
import vn.thidua.rulebook.FormRule;
import vn.thidua.rulebook.RegimeView;
import vn.thidua.rulebook.RuleView;
import vn.thidua.rulebook.Rulebook;

/**
 * The rulebook and the eligibility engine, loaded once at start from the versioned resource files.
 * Judging reads only the request: nothing is looked up in the database.
 */
@Service
public class RulebookService implements Rulebook {

  private final RuleBook book;
  private final EligibilityEngine engine;
  private final FormsInForce forms;
  private final Map<String, String[]> names;

  public RulebookService() {
    this.book = RuleBook.shared();
    this.engine = new EligibilityEngine(book);
    this.forms = new FormsInForce(book);
    this.names = forms.names();
  }

  @Override
  public String version() {
    return book.version();
  }

  @Override
  public List<String> codes() {
    return List.copyOf(names.keySet());
  }

  @Override
  public boolean known(String code) {
    return code != null && names.containsKey(code);
  }

  @Override
  public String name(String code) {
    String[] n = code == null ? null : names.get(code);
    return n == null ? String.valueOf(code) : n[0];
  }

  @Override
  public String shortName(String code) {
    String[] n = code == null ? null : names.get(code);
    return n == null ? String.valueOf(code) : n[1];
  }

  @Override
  public List<FormRule> forms(LocalDate on, String province) {
    return forms.forms(on, province);
  }

  @Override
  public Optional<FormRule> form(String code, LocalDate on, String province) {
    return forms.form(code, on, province);
  }

  @Override
  public EligibilityAnswer check(EligibilityRequest request) {
    return engine.check(request);
  }

  @Override
  public List<EligibilityAnswer> checkBatch(List<EligibilityRequest> requests) {
    return engine.checkAll(requests);
  }

  @Override
  public List<RegimeView> regimes() {
    return book.regimes().stream()
        .map(r -> new RegimeView(r.code(), r.name(), r.from(), r.to(), r.citation()))
        .toList();
  }

  @Override
  public String dossierItemName(String item) {
    JsonNode def = book.catalogueJson.get("dossierItems").get(item);
    return def == null ? item : def.get("name").asString();
  }

  @Override
  public String authorityName(String authority) {
    JsonNode a = book.catalogueJson.get("authorities").get(authority);
    return a == null ? authority : a.asString();
  }

  @Override
  public List<Doubt> doubts() {
    return Doubts.of(book);
  }

  /** Every rule row, or those of one award. */
  @Override
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

  /** The parameters a plan page shows, each with its citation and whose it is. */
  @Override
  public vn.thidua.rulebook.ProvinceRules provinceRules(String province) {
    return book.provinceRules(province);
  }

  /** The province parameters (defaults of Bắc Ninh QĐ 86/2025 overlaid with the province's). */
  @Override
  public Map<String, Object> provinceParameters(String province) {
    return book.provinceParameters(province);
  }

  @Override
  public List<Rulebook.BaseSalary> baseSalaries() {
    return book.baseSalaries.stream()
        .map(b -> new Rulebook.BaseSalary(b.from(), b.amount(), b.citation(), b.confidence()))
        .toList();
  }
}
