package vn.thidua.support;

import tools.jackson.databind.JsonNode;

/** Lookups in the demo data of the Hà Bắc seed (commune 10816, plan 125). */
public final class HaBac {

  public static final String UNIT = "10816";

  private HaBac() {}

  /** Id of the Hà Bắc emulation plan, as the given caller sees it. */
  public static long plan(Http api) {
    for (JsonNode m : api.json("/api/v1/movements")) {
      if (m.get("unitCode").asString().equals(UNIT) && m.get("number").asInt() == 125) {
        return m.get("id").asLong();
      }
    }
    throw new AssertionError("no Hà Bắc plan");
  }

  /** Id of the first organisation of the commune matching the (URL-encoded) query. */
  public static long organization(Http api, String query) {
    return api.json("/api/v1/organizations?unit=" + UNIT + "&q=" + query)
        .get("items")
        .get(0)
        .get("id")
        .asLong();
  }

  /**
   * A new village of the commune, created by the given office: values, reports and registrations of
   * other tests never touch it, whatever order the tests run in.
   */
  public static long newVillage(Http office, String name) {
    Http.Response created =
        office.postJson(
            "/api/v1/organizations",
            java.util.Map.of("unitCode", UNIT, "type", "VILLAGE", "name", name));
    if (created.status() / 100 != 2) {
      throw new AssertionError(created.status() + " " + created.body());
    }
    return created.json().get("id").asLong();
  }
}
