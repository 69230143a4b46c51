package vn.thidua.participation.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.kernel.VietnameseNumbers;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.Plans;
import vn.thidua.organization.Actor;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.Permission;
import vn.thidua.participation.ExternalValuesCommand;

/**
 * Values fed from other systems, per period, by JSON or by a CSV file (docs/external-values.md):
 * every line checked first (the line named in the refusal), then all saved, or none. Each value
 * keeps its source in the note beside it ("Nguồn: …") and counts in the totals like an entry; a
 * person's later entry overrides it (the imported figure is kept beside it).
 */
@Service
public class ExternalValues {

  /** The CSV header: organisation id; indicator code; value (UTF-8, ";" between cells). */
  public static final String HEADER = "ma_don_vi;ma_chi_tieu;gia_tri";

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final int MAX_LINES = 50_000;

  private final Plans plans;
  private final OrganizationDirectory organizations;
  private final IndicatorValueService values;
  private final MessageSource messages;
  private final Clock clock;

  ExternalValues(
      Plans plans,
      OrganizationDirectory organizations,
      IndicatorValueService values,
      MessageSource messages,
      Clock clock) {
    this.plans = plans;
    this.organizations = organizations;
    this.values = values;
    this.messages = messages;
    this.clock = clock;
  }

  @Transactional
  public int importValues(Actor actor, long movementId, ExternalValuesCommand c) {
    return save(
        actor,
        movementId,
        c,
        i -> "values[" + i + "]",
        i -> new vn.thidua.kernel.MessageKey("external.at.value", String.valueOf(i + 1)));
  }

  @Transactional
  public int importCsv(
      Actor actor, long movementId, Integer year, String source, String fileName, byte[] content) {
    // Another unit's plan answers 404 before anything about the file is said.
    plans.readable(actor, movementId).orElseThrow(() -> new NotFound("movement.not-found"));
    if (content == null || content.length == 0) {
      throw BusinessRuleViolation.onField("file", "import.file-empty");
    }
    if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      throw BusinessRuleViolation.onField("file", "external.file-type");
    }
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\\R");
    if (lines.length == 0 || !lines[0].strip().replace(" ", "").equalsIgnoreCase(HEADER)) {
      throw BusinessRuleViolation.onField("file", "external.header", HEADER);
    }
    if (lines.length > MAX_LINES + 1) {
      throw BusinessRuleViolation.onField("file", "external.too-many", MAX_LINES);
    }
    List<ExternalValuesCommand.Line> parsed = new ArrayList<>();
    List<Integer> lineNumbers = new ArrayList<>();
    for (int n = 1; n < lines.length; n++) {
      if (lines[n].isBlank()) {
        continue;
      }
      String[] cells = lines[n].split(";", -1);
      int lineNo = n + 1;
      if (cells.length != 3) {
        throw BusinessRuleViolation.onField("file", "external.cells", lineNo);
      }
      Long org;
      try {
        org = Long.valueOf(cells[0].strip());
      } catch (NumberFormatException e) {
        throw BusinessRuleViolation.onField(
            "file", "external.organization-number", lineNo, cells[0].strip());
      }
      BigDecimal value;
      try {
        value = VietnameseNumbers.parse(cells[2].strip());
      } catch (VietnameseNumbers.Refused e) {
        throw BusinessRuleViolation.onField(
            "file", "external.value-number", lineNo, cells[2].strip());
      }
      parsed.add(new ExternalValuesCommand.Line(org, cells[1].strip(), value));
      lineNumbers.add(lineNo);
    }
    return save(
        actor,
        movementId,
        new ExternalValuesCommand(year, source, parsed),
        i -> "file",
        i ->
            new vn.thidua.kernel.MessageKey(
                "external.at.line", String.valueOf(lineNumbers.get(i))));
  }

  /**
   * The indicators of a plan whose values come from other systems (source "imported" in the plan),
   * for the upload page; the actor must be able to record values.
   */
  @Transactional(readOnly = true)
  public List<PlanDocument.Indicator> imported(Actor actor, long movementId) {
    plans.readable(actor, movementId).orElseThrow(() -> new NotFound("movement.not-found"));
    if (!actor.may(Permission.RECORD_VALUES)) {
      throw new AccessDeniedException("error.forbidden");
    }
    return plans.currentDocument(movementId).indicators().stream()
        .filter(i -> PlanDocument.Indicator.IMPORTED.equals(i.source()))
        .toList();
  }

  /**
   * A CSV to fill: the header, then one line per organisation of the plan's unit the actor records
   * values for and indicator fed from another system, the value left empty.
   */
  @Transactional(readOnly = true)
  public byte[] template(Actor actor, long movementId) {
    MovementView m =
        plans.readable(actor, movementId).orElseThrow(() -> new NotFound("movement.not-found"));
    List<PlanDocument.Indicator> indicators = imported(actor, movementId);
    StringBuilder out = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
    for (OrganizationView o : organizations.organizationsOf(m.unitCode())) {
      if (!o.active() || !actor.may(Permission.RECORD_VALUES, o.path())) {
        continue;
      }
      for (PlanDocument.Indicator i : indicators) {
        out.append(o.id()).append(';').append(i.code()).append(";\r\n");
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private int save(
      Actor actor,
      long movementId,
      ExternalValuesCommand c,
      IntFunction<String> field,
      IntFunction<Object> label) {
    MovementView m =
        plans.readable(actor, movementId).orElseThrow(() -> new NotFound("movement.not-found"));
    if (!actor.may(Permission.RECORD_VALUES)) {
      throw new AccessDeniedException("error.forbidden");
    }
    if (c.year() == null
        || (m.periodFrom() != null && c.year() < m.periodFrom())
        || (m.periodTo() != null && c.year() > m.periodTo())) {
      throw BusinessRuleViolation.onField(
          "year", "values.year-outside", c.year(), m.periodFrom(), m.periodTo());
    }
    String source = VietnameseText.cleanOrNull(c.source());
    if (source == null) {
      throw BusinessRuleViolation.onField("source", "external.source-required");
    }
    if (source.length() > 200) {
      throw BusinessRuleViolation.onField("source", "common.too-long", 200);
    }
    if (c.values().isEmpty()) {
      throw BusinessRuleViolation.onField("values", "external.values-required");
    }
    java.util.Map<String, PlanDocument.Indicator> known = new java.util.HashMap<>();
    for (PlanDocument.Indicator i : plans.currentDocument(m.id()).indicators()) {
      known.put(i.code(), i);
    }
    record Checked(OrganizationView org, PlanDocument.Indicator indicator, BigDecimal value) {}
    List<Checked> checked = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < c.values().size(); i++) {
      ExternalValuesCommand.Line l = c.values().get(i);
      String f = field.apply(i);
      Object at = label.apply(i);
      OrganizationView org =
          l == null || l.organizationId() == null
              ? null
              : organizations
                  .organization(l.organizationId())
                  .filter(OrganizationView::active)
                  .filter(o -> actor.may(Permission.RECORD_VALUES, o.path()))
                  .orElse(null);
      if (org == null) {
        throw BusinessRuleViolation.onField(f, "external.organization-unknown", at);
      }
      PlanDocument.Indicator indicator = known.get(l.indicatorCode());
      if (indicator == null) {
        throw BusinessRuleViolation.onField(
            f, "external.indicator-unknown", at, String.valueOf(l.indicatorCode()));
      }
      if (l.value() == null) {
        throw BusinessRuleViolation.onField(f, "external.value-required", at);
      }
      if (!seen.add(org.id() + "|" + indicator.code())) {
        throw BusinessRuleViolation.onField(f, "external.twice", at);
      }
      values.checkValue(m, org, indicator, c.year(), l.value(), true, f);
      checked.add(new Checked(org, indicator, l.value()));
    }
    String note =
        messages.getMessage(
            "external.note",
            new Object[] {
              source, VietnameseDates.shortForm(LocalDate.now(clock.withZone(VietnameseDates.ZONE)))
            },
            VI);
    for (Checked k : checked) {
      values.saveComputed(m, k.org(), k.indicator().code(), c.year(), k.value(), "EXTERNAL", note);
    }
    return checked.size();
  }
}
