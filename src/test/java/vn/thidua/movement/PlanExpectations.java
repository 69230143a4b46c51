package vn.thidua.movement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checks of shared/tools/check-plan-contract.py, in Java: compares a parsed plan (as JSON) with
 * the expected facts of a document and lists every failed check.
 */
final class PlanExpectations {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private PlanExpectations() {}

  static List<String> check(String doc, JsonNode p, JsonNode e) {
    List<String> failures = new ArrayList<>();
    for (String k : List.of("documentType", "number", "symbol", "place", "issuedOn", "period")) {
      if (!e.has(k)) {
        continue;
      }
      JsonNode expected = e.get(k);
      JsonNode got = p.get(k);
      boolean ok;
      if (expected.isObject()) {
        ok = true;
        for (var entry : expected.properties()) {
          JsonNode g = got == null || got.isNull() ? null : got.get(entry.getKey());
          ok &= same(g, entry.getValue());
        }
      } else {
        ok = same(got, expected);
      }
      if (!ok) {
        failures.add(doc + ": " + k + " — got " + got);
      }
    }
    List<String> movements = strings(p.get("movements"));
    if (e.has("movementsCount") && movements.size() != e.get("movementsCount").asInt()) {
      failures.add(doc + ": movements count — got " + movements);
    }
    for (String m : strings(e.get("movementContains"))) {
      if (movements.stream().noneMatch(x -> x.contains(m))) {
        failures.add(doc + ": movement \"" + m + "\" — got " + movements);
      }
    }
    List<String> themeTitles = new ArrayList<>();
    p.get("themes").forEach(t -> themeTitles.add(t.get("title").asString()));
    if (e.has("themesCount") && themeTitles.size() != e.get("themesCount").asInt()) {
      failures.add(doc + ": themes count — got " + themeTitles);
    }
    if (e.has("themesTitles") && !themeTitles.equals(strings(e.get("themesTitles")))) {
      failures.add(doc + ": theme titles — got " + themeTitles);
    }
    List<String> types = new ArrayList<>();
    p.get("criteria").forEach(c -> types.add(c.get("participantType").asString()));
    if (e.has("criteriaTypes") && !types.equals(strings(e.get("criteriaTypes")))) {
      failures.add(doc + ": criteria types — got " + types);
    }
    Map<String, List<String>> awards = new LinkedHashMap<>();
    p.get("awards").forEach(a -> awards.put(a.get("occasion").asString(), strings(a.get("forms"))));
    if (e.has("awards")) {
      for (var entry : e.get("awards").properties()) {
        List<String> got = awards.get(entry.getKey());
        if (!Objects.equals(got, strings(entry.getValue()))) {
          failures.add(doc + ": awards " + entry.getKey() + " — got " + got);
        }
      }
    }
    for (String occ : strings(e.get("awardsOccasionsAtLeast"))) {
      if (!awards.containsKey(occ)) {
        failures.add(doc + ": occasion " + occ + " present — got " + awards.keySet());
      }
    }
    if (e.has("phases")) {
      List<String> got = new ArrayList<>();
      p.get("phases")
          .forEach(x -> got.add(project(x, "fromYear", "toYear", "review", "reviewYear")));
      List<String> expected = new ArrayList<>();
      e.get("phases")
          .forEach(x -> expected.add(project(x, "fromYear", "toYear", "review", "reviewYear")));
      if (!got.equals(expected)) {
        failures.add(doc + ": phases — got " + got);
      }
    }
    if (e.has("deadlines")) {
      for (JsonNode d : e.get("deadlines")) {
        boolean found = false;
        for (JsonNode x : p.get("deadlines")) {
          boolean all = true;
          for (var entry : d.properties()) {
            all &= same(x.get(entry.getKey()), entry.getValue());
          }
          found |= all;
        }
        if (!found) {
          failures.add(doc + ": deadline " + d + " — got " + p.get("deadlines"));
        }
      }
    }
    List<Integer> numbers = new ArrayList<>();
    p.get("legalBases")
        .forEach(b ->
            numbers.add(
                b.get("number") == null || b.get("number").isNull()
                    ? null
                    : b.get("number").asInt()));
    if (e.has("legalBasisNumbers")) {
      for (JsonNode n : e.get("legalBasisNumbers")) {
        if (!numbers.contains(n.asInt())) {
          failures.add(doc + ": legal basis number " + n.asInt() + " — got " + numbers);
        }
      }
    }
    if (e.has("legalBasisNotNumbers")) {
      for (JsonNode n : e.get("legalBasisNotNumbers")) {
        if (numbers.contains(n.asInt())) {
          failures.add(doc + ": not a legal basis " + n.asInt() + " — got " + numbers);
        }
      }
    }
    if (e.has("signer")) {
      JsonNode s = p.get("signer");
      JsonNode se = e.get("signer");
      String name =
          s == null || s.isNull() || s.get("name").isNull() ? "" : s.get("name").asString();
      if (!name.startsWith(se.get("nameStartsWith").asString())
          || !name.endsWith(se.get("nameEndsWith").asString())) {
        failures.add(doc + ": signer name — got " + name);
      }
      for (String k : List.of("title", "onBehalfOf", "signingFor")) {
        JsonNode got = s == null || s.isNull() ? null : s.get(k);
        if (!same(got, se.get(k))) {
          failures.add(doc + ": signer " + k + " — got " + got);
        }
      }
    }
    if (e.has("responsibilitiesAtLeast")
        && p.get("responsibilities").size() < e.get("responsibilitiesAtLeast").asInt()) {
      List<String> bodies = new ArrayList<>();
      p.get("responsibilities").forEach(r -> bodies.add(r.get("body").asString()));
      failures.add(doc + ": responsibilities — got " + bodies);
    }
    List<String> recipients = strings(p.get("recipients"));
    if (e.has("recipientsCount") && recipients.size() != e.get("recipientsCount").asInt()) {
      failures.add(doc + ": recipients count — got " + recipients);
    }
    if (e.has("recipients") && !recipients.equals(strings(e.get("recipients")))) {
      failures.add(doc + ": recipients — got " + recipients);
    }
    if (e.has("noTextContains")) {
      String text = movements + " " + themeTitles;
      if (text.contains(e.get("noTextContains").asString())) {
        failures.add(
            doc
                + ": OCR slip \""
                + e.get("noTextContains").asString()
                + "\" corrected — got "
                + themeTitles);
      }
    }
    if (e.has("legalBases")) {
      for (JsonNode expected : e.get("legalBases")) {
        boolean found = false;
        for (JsonNode b : p.get("legalBases")) {
          boolean all = true;
          for (var entry : expected.properties()) {
            all &= same(b.get(entry.getKey()), entry.getValue());
          }
          found |= all;
        }
        if (!found) {
          List<String> got = new ArrayList<>();
          p.get("legalBases").forEach(b -> got.add(b.get("number") + " " + b.get("issuer")));
          failures.add(doc + ": legal basis " + expected + " — got " + got);
        }
      }
    }
    if (e.has("legalBasesTextNotContains")) {
      String slip = e.get("legalBasesTextNotContains").asString();
      p.get("legalBases")
          .forEach(b -> {
            if (b.get("text").asString().contains(slip)
                || (b.get("issuer") != null && b.get("issuer").asString().contains(slip))) {
              failures.add(doc + ": legal basis keeps \"" + slip + "\" — " + b.get("text"));
            }
          });
    }
    List<String> bodies = new ArrayList<>();
    p.get("responsibilities").forEach(r -> bodies.add(r.get("body").asString()));
    if (e.has("responsibilityBodies") && !bodies.equals(strings(e.get("responsibilityBodies")))) {
      failures.add(doc + ": responsibility bodies — got " + bodies);
    }
    if (e.has("responsibilityTasksCount")) {
      for (var entry : e.get("responsibilityTasksCount").properties()) {
        int count = -1;
        for (JsonNode r : p.get("responsibilities")) {
          if (r.get("body").asString().equals(entry.getKey())) {
            count = r.get("tasks").size();
          }
        }
        if (count != entry.getValue().asInt()) {
          failures.add(doc + ": tasks of " + entry.getKey() + " — got " + count);
        }
      }
    }
    if (e.has("responsibilityTasksNotContain")) {
      String text = e.get("responsibilityTasksNotContain").asString();
      for (JsonNode r : p.get("responsibilities")) {
        for (JsonNode t : r.get("tasks")) {
          if (t.asString().contains(text)) {
            failures.add(doc + ": a task of " + r.get("body") + " reads \"" + text + "\"");
          }
        }
      }
    }
    if (e.has("warningsAtLeast") && p.get("warnings").size() < e.get("warningsAtLeast").asInt()) {
      failures.add(
          doc
              + ": warnings at least "
              + e.get("warningsAtLeast").asInt()
              + " — got "
              + p.get("warnings"));
    }
    return failures;
  }

  private static String project(JsonNode x, String... keys) {
    StringBuilder sb = new StringBuilder("{");
    for (String k : keys) {
      JsonNode v = x.get(k);
      sb.append(k).append('=').append(v == null || v.isNull() ? "null" : v.asString()).append(' ');
    }
    return sb.append('}').toString();
  }

  static boolean same(JsonNode got, JsonNode expected) {
    boolean gotNull = got == null || got.isNull();
    boolean expectedNull = expected == null || expected.isNull();
    if (gotNull || expectedNull) {
      return gotNull == expectedNull;
    }
    if (expected.isNumber() && got.isNumber()) {
      return expected.asLong() == got.asLong();
    }
    return expected.equals(got);
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(x -> out.add(x.asString()));
    }
    return out;
  }
}
