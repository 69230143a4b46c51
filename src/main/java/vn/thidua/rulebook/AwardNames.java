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

  /** Whether the code is a title or form of the catalogue. */
  public static boolean known(String code) {
    return code != null && RuleBook.shared().formEntry(code) != null;
  }

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

  /**
   * Whether a collective of the kind may receive the title or form: a village (thôn, tổ dân phố,
   * ấp) only what the rulebook opens to villages ({@code villages}: ONLY or ALSO), any other
   * collective everything but the villages' own titles (ONLY). An unknown code is open to nobody.
   */
  public static boolean opensToCollective(String code, boolean village) {
    JsonNode f = RuleBook.shared().formEntry(code);
    if (f == null) {
      return false;
    }
    String villages = f.hasNonNull("villages") ? f.get("villages").asString() : null;
    return village ? villages != null : !"ONLY".equals(villages);
  }

  /** Where the rulebook reads what is open to villages, or null. */
  public static String villagesCitation(String code) {
    JsonNode f = RuleBook.shared().formEntry(code);
    return f == null || !f.hasNonNull("villagesCitation")
        ? null
        : f.get("villagesCitation").asString();
  }

  /**
   * The codes a collective may register for in a plan: for a village, what the rulebook opens to
   * villages; for any other collective, {@link #planCodes()} less the villages' own titles.
   * Catalogue order.
   */
  public static List<String> registrationCodes(boolean village) {
    List<String> out = new ArrayList<>();
    for (String code : RuleBook.shared().formCodes()) {
      JsonNode f = RuleBook.shared().formEntry(code);
      boolean offered = village || f.get("planForm").asBoolean();
      if (offered && opensToCollective(code, village)) {
        out.add(code);
      }
    }
    return List.copyOf(out);
  }
}
