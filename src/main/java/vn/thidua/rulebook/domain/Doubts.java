package vn.thidua.rulebook.domain;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import vn.thidua.rulebook.Doubt;

/**
 * Every row of the rule data read with less than full confidence (INFERRED or GAP), with a key that
 * stays the same across runs so that a lawyer's sign-off can be kept against it.
 */
final class Doubts {

  private Doubts() {}

  static boolean doubtful(String confidence) {
    return "INFERRED".equals(confidence) || "GAP".equals(confidence);
  }

  static List<Doubt> of(RuleBook book) {
    List<Doubt> out = new ArrayList<>();
    for (RuleBook.Watch w : book.watches) {
      out.add(new Doubt("watch:" + w.id(), "WATCH", null, w.text(), w.citation(), w.confidence()));
    }
    JsonNode readings = book.rulesJson.get("readings");
    if (readings != null) {
      for (JsonNode r : readings) {
        if (doubtful(r.get("confidence").asString())) {
          out.add(
              new Doubt(
                  "reading:" + r.get("id").asString(),
                  "READING",
                  null,
                  r.get("text").asString(),
                  r.get("citation").asString(),
                  r.get("confidence").asString()));
        }
      }
    }
    book.catalogueJson
        .get("money")
        .properties()
        .forEach(e -> {
          JsonNode m = e.getValue();
          if (m.hasNonNull("roundingConfidence")
              && doubtful(m.get("roundingConfidence").asString())) {
            out.add(
                new Doubt(
                    "money:" + e.getKey() + ":rounding",
                    "MONEY",
                    e.getKey(),
                    m.get("roundingNote").asString(),
                    m.get("citation").asString(),
                    m.get("roundingConfidence").asString()));
          }
        });
    Object majority = book.provinceParameters(null).get("majorityConfidence");
    if (majority != null && doubtful(majority.toString())) {
      out.add(
          new Doubt(
              "province:default:majority",
              "PROVINCE",
              null,
              "Hội đồng biểu quyết theo đa số tổng số thành viên (tham số mặc định của tỉnh)",
              String.valueOf(book.provinceParameters(null).get("majorityCitation")),
              majority.toString()));
    }
    for (JsonNode f : book.forms.values()) {
      String code = f.get("code").asString();
      String name = f.get("name").asString();
      for (JsonNode p : f.get("procedures")) {
        String regimes = join(p.get("regimes"));
        if (doubtful(p.get("confidence").asString())) {
          out.add(
              new Doubt(
                  "form:" + code + ":" + regimes + ":authority",
                  "AUTHORITY",
                  name,
                  "Thẩm quyền quyết định: " + authorities(book, p.get("decidedBy")),
                  p.get("decidedByCitation").asString(),
                  p.get("confidence").asString()));
        }
        for (JsonNode c : p.get("councils")) {
          if (doubtful(c.get("confidence").asString())) {
            out.add(
                new Doubt(
                    "form:" + code + ":" + regimes + ":council:" + c.get("level").asString(),
                    "COUNCIL",
                    name,
                    "Hội đồng Thi đua - Khen thưởng "
                        + level(c.get("level").asString())
                        + " phải bỏ phiếu ("
                        + (c.get("strictlyAbove").asBoolean()
                            ? "quá nửa"
                            : "từ " + Math.round(c.get("threshold").asDouble() * 100) + "%")
                        + " tổng số thành viên)",
                    c.get("citation").asString(),
                    c.get("confidence").asString()));
          }
        }
        JsonNode n = p.get("publicNotice");
        if (doubtful(n.get("confidence").asString())) {
          out.add(
              new Doubt(
                  "form:" + code + ":" + regimes + ":notice",
                  "NOTICE",
                  name,
                  "Công khai trước khi xét",
                  n.get("citation").asString(),
                  n.get("confidence").asString()));
        }
      }
      for (JsonNode b : f.get("bonus")) {
        if (doubtful(b.get("confidence").asString())) {
          out.add(
              new Doubt(
                  "form:" + code + ":" + join(b.get("regimes")) + ":bonus",
                  "BONUS",
                  name,
                  "Hệ số tiền thưởng (× mức lương cơ sở): cá nhân "
                      + coefficient(b.get("INDIVIDUAL"))
                      + "; tập thể "
                      + coefficient(b.get("COLLECTIVE"))
                      + "; hộ gia đình "
                      + coefficient(b.get("HOUSEHOLD")),
                  b.get("citation").asString(),
                  b.get("confidence").asString()));
        }
      }
    }
    for (RuleBook.Rule r : book.rules) {
      if (doubtful(r.confidence())) {
        RuleBook.Award a = book.awards.get(r.award());
        out.add(
            new Doubt(
                "rule:" + r.id(),
                "RULE",
                a == null ? null : a.name(),
                r.text(),
                r.citation(),
                r.confidence()));
      }
    }
    return List.copyOf(out);
  }

  private static String authorities(RuleBook book, JsonNode codes) {
    List<String> out = new ArrayList<>();
    for (JsonNode c : codes) {
      JsonNode n = book.catalogueJson.get("authorities").get(c.asString());
      out.add(n == null ? c.asString() : n.asString());
    }
    return out.isEmpty() ? "chưa xác định" : String.join("; ", out);
  }

  static String level(String level) {
    return switch (level) {
      case "COMMUNE" -> "cấp cơ sở (xã, cơ quan, đơn vị)";
      case "PROVINCE" -> "cấp tỉnh";
      case "NATION" -> "Trung ương";
      default -> level;
    };
  }

  private static String coefficient(JsonNode k) {
    return k == null || k.isNull()
        ? "không có"
        : k.decimalValue().stripTrailingZeros().toPlainString().replace('.', ',');
  }

  private static String join(JsonNode regimes) {
    List<String> out = new ArrayList<>();
    regimes.forEach(r -> out.add(r.asString()));
    return String.join(",", out);
  }
}
