package vn.thidua.participation;

import java.math.BigDecimal;
import java.util.List;

/**
 * Values of one period fed from another system (the one-stop shop's online-dossier rate, digitised
 * records, cashless payments …): the year, the source named beside every value, and one line per
 * organisation and indicator.
 */
public record ExternalValuesCommand(Integer year, String source, List<Line> values) {

  public ExternalValuesCommand {
    values = values == null ? List.of() : List.copyOf(values);
  }

  /** One organisation's value of an indicator. */
  public record Line(Long organizationId, String indicatorCode, BigDecimal value) {}
}
