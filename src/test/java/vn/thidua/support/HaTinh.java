package vn.thidua.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The Hà Tĩnh-like province plan of the repository (plan-fixtures-3) and the province's demo
 * bodies: Sở Nội vụ, Sở Khoa học và Công nghệ, Sở Tài chính, the Front, an enterprise.
 */
public final class HaTinh {

  public static final String UNIT = "42";
  public static final Path PLAN =
      Path.of("src/test/resources/plan-fixtures-3/ha-tinh-province-plan-2026.txt");

  private HaTinh() {}

  public static long nationalPlan(Http api) {
    for (JsonNode m : api.json("/api/v1/movements")) {
      if (m.get("unitCode").asString().equals("VN")) {
        return m.get("id").asLong();
      }
    }
    throw new AssertionError("no national plan");
  }

  /** Id of the first organisation of a unit matching the (URL-encoded) query. */
  public static long organization(Http api, String unit, String query) {
    JsonNode items = api.json("/api/v1/organizations?unit=" + unit + "&q=" + query).get("items");
    assertThat(items.size()).as(query).isPositive();
    return items.get(0).get("id").asLong();
  }

  public static JsonNode parse(Http api, Path file) {
    try {
      Http.Response r =
          api.postFile(
              "/api/v1/plan-documents/parse",
              "file",
              file.getFileName().toString(),
              Files.readAllBytes(file));
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      return r.json();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The province plan imported, submitted and issued on {@code issuedOn} with {@code number}. */
  public static long issuedProvincePlan(Http office, Http leader, int number, String issuedOn) {
    JsonNode draft = parse(office, PLAN);
    Http.Response created =
        office.postJson(
            "/api/v1/movements",
            Map.of("unitCode", UNIT, "parentId", nationalPlan(office), "document", draft));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    JsonNode submitted =
        office
            .postJson(
                "/api/v1/movements/"
                    + id
                    + "/submit?version="
                    + created.json().get("version").asLong(),
                Map.of())
            .json();
    Http.Response issued =
        leader.postJson(
            "/api/v1/movements/" + id + "/issue?version=" + submitted.get("version").asLong(),
            Map.of(
                "number",
                number,
                "issuedOn",
                issuedOn,
                "signerName",
                "Nguyễn Hồng Lĩnh",
                "signerTitle",
                "Phó Chủ tịch",
                "signingFor",
                "Chủ tịch"));
    assertThat(issued.status()).as(issued.body()).isEqualTo(200);
    return id;
  }

  /** Submits and issues a draft the caller may both manage and issue. */
  public static JsonNode issue(Http api, long id, int number, String on) {
    JsonNode m = api.json("/api/v1/movements/" + id);
    JsonNode submitted =
        api.postJson(
                "/api/v1/movements/" + id + "/submit?version=" + m.get("version").asLong(),
                Map.of())
            .json();
    Http.Response issued =
        api.postJson(
            "/api/v1/movements/" + id + "/issue?version=" + submitted.get("version").asLong(),
            Map.of("number", number, "issuedOn", on, "signerName", "Trần Quốc Khánh"));
    assertThat(issued.status()).as(issued.body()).isEqualTo(200);
    return issued.json();
  }
}
