package vn.thidua.rulebook;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import vn.thidua.rulebook.domain.RuleBook;

/**
 * Award names and codes for plain-Java callers that have no Spring bean at hand (the plan
 * renderer): read from the same rule data as {@link Rulebook}, never kept anywhere else.
 */
public final class AwardNames {

  private AwardNames() {}

  /** The full Vietnamese name, or the code itself when it is not in the catalogue. */
  public static String name(String code) {
    JsonNode f = RuleBook.shared().formEntry(code);
    return f == null ? code : f.get("name").asString();
  }

  /** The short name, or the code itself when it is not in the catalogue. */
  public static String shortName(String code) {
    JsonNode f = RuleBook.shared().formEntry(code);
    return f == null ? code : f.get("shortName").asString();
  }

  /** The codes a plan may offer and a unit may register for (the contract's), catalogue order. */
  public static List<String> planCodes() {
    List<String> out = new ArrayList<>();
    for (String code : RuleBook.shared().formCodes()) {
      if (RuleBook.shared().formEntry(code).get("planForm").asBoolean()) {
        out.add(code);
      }
    }
    return List.copyOf(out);
  }
}
