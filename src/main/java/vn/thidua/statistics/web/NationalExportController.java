package vn.thidua.statistics.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.commendation.Honours;
import vn.thidua.organization.Actor;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.statistics.domain.StatisticsService;

/**
 * The decisions and awards of one level and one year for the national database of emulation and
 * commendation, as versioned JSON and CSV (docs/national-export.md). Only what a decision
 * publishes: the awardee's name, unit and form, the decision's number, date, signer and authority.
 */
@io.swagger.v3.oas.annotations.tags.Tag(name = "Thống kê: dữ liệu cho cơ sở dữ liệu quốc gia")
@RestController
class NationalExportController {

  /** The version of the export's schema; a change of fields adds a version. */
  static final String SCHEMA = "thidua.vn/csdl-tdkt/awards";

  static final String VERSION = "1.0";

  static final List<String> CSV_COLUMNS =
      List.of(
          "schema_version",
          "level_unit_code",
          "level_unit_name",
          "level",
          "decision_number",
          "decision_date",
          "decision_signer",
          "decision_authority",
          "award_id",
          "certificate_code",
          "award_code",
          "occasion",
          "achievement_year",
          "subject_kind",
          "nominee_class",
          "reward_kind",
          "name",
          "unit");

  private final StatisticsService statistics;
  private final Honours honours;

  NationalExportController(StatisticsService statistics, Honours honours) {
    this.statistics = statistics;
    this.honours = honours;
  }

  @GetMapping("/api/v1/exports/awards/{unit}/{year}.json")
  @io.swagger.v3.oas.annotations.Operation(
      summary =
          "Quyết định và khen thưởng của một cấp trong năm, dạng JSON có phiên bản (docs/national-export.md)")
  ResponseEntity<Map<String, Object>> json(
      @AuthenticationPrincipal Actor actor, @PathVariable String unit, @PathVariable int year) {
    UnitDirectory.Unit u = statistics.readableUnit(actor, unit);
    Map<String, List<Honours.Honour>> byDecision = new LinkedHashMap<>();
    for (Honours.Honour h : honours.decided(u.code(), year)) {
      byDecision
          .computeIfAbsent(h.decisionNumber() + "|" + h.decisionDate(), k -> new ArrayList<>())
          .add(h);
    }
    List<Map<String, Object>> decisions = new ArrayList<>();
    int awards = 0;
    for (List<Honours.Honour> list : byDecision.values()) {
      Honours.Honour first = list.getFirst();
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("number", first.decisionNumber());
      d.put("date", first.decisionDate().toString());
      d.put("signer", first.decisionSigner());
      d.put("authority", first.decisionAuthority());
      d.put("level", first.level());
      List<Map<String, Object>> items = new ArrayList<>();
      for (Honours.Honour h : list) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", h.id());
        a.put("certificateCode", h.certificateCode());
        a.put("award", h.award());
        a.put("occasion", h.occasion());
        a.put("achievementYear", h.year());
        a.put("subjectKind", h.subjectKind());
        a.put("nomineeClass", h.nomineeClass());
        a.put("rewardKind", h.rewardKind());
        a.put("name", h.name());
        a.put("unit", h.unit());
        items.add(a);
      }
      awards += items.size();
      d.put("awards", items);
      decisions.add(d);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("schema", SCHEMA);
    body.put("schemaVersion", VERSION);
    body.put("levelUnitCode", u.code());
    body.put("levelUnitName", u.name());
    body.put("year", year);
    body.put("decisionCount", decisions.size());
    body.put("awardCount", awards);
    body.put("decisions", decisions);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"khen-thuong-" + u.code() + "-" + year + ".json\"")
        .contentType(MediaType.APPLICATION_JSON)
        .body(body);
  }

  @GetMapping("/api/v1/exports/awards/{unit}/{year}.csv")
  @io.swagger.v3.oas.annotations.Operation(
      summary =
          "Quyết định và khen thưởng của một cấp trong năm, dạng CSV (docs/national-export.md)")
  ResponseEntity<byte[]> csv(
      @AuthenticationPrincipal Actor actor, @PathVariable String unit, @PathVariable int year) {
    UnitDirectory.Unit u = statistics.readableUnit(actor, unit);
    StringBuilder out = new StringBuilder("\uFEFF");
    out.append(String.join(",", CSV_COLUMNS)).append("\r\n");
    for (Honours.Honour h : honours.decided(u.code(), year)) {
      List<Object> cells =
          List.of(
              VERSION,
              h.levelUnitCode(),
              h.levelUnitName(),
              h.level(),
              h.decisionNumber(),
              h.decisionDate(),
              nz(h.decisionSigner()),
              nz(h.decisionAuthority()),
              h.id(),
              nz(h.certificateCode()),
              h.award(),
              h.occasion(),
              h.year(),
              h.subjectKind(),
              nz(h.nomineeClass()),
              nz(h.rewardKind()),
              h.name(),
              h.unit());
      List<String> quoted = new ArrayList<>();
      for (Object c : cells) {
        quoted.add(csvCell(String.valueOf(c)));
      }
      out.append(String.join(",", quoted)).append("\r\n");
    }
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"khen-thuong-" + u.code() + "-" + year + ".csv\"")
        .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
        .body(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** RFC 4180: quoted when it holds a comma, a quote or a line break; a quote doubled. */
  static String csvCell(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
