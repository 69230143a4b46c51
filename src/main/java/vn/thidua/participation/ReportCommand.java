package vn.thidua.participation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A unit's draft report: the narrative per theme (absent: kept as it is) and the indicator values
 * it reports (absent ones are kept). {@code version} is the version the user edited (null for a new
 * report): a newer save is not overwritten. {@code confirmed}: values more than ten times last
 * year's or the target are meant.
 */
public record ReportCommand(
    Long organizationId,
    Integer year,
    List<ReportView.Narrative> narrative,
    Map<String, BigDecimal> values,
    Long version,
    Boolean confirmed) {

  public ReportCommand(
      Long organizationId,
      Integer year,
      List<ReportView.Narrative> narrative,
      Map<String, BigDecimal> values,
      Long version) {
    this(organizationId, year, narrative, values, version, null);
  }

  public ReportCommand {
    narrative = narrative == null ? null : List.copyOf(narrative);
    values =
        values == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
  }
}
