package vn.thidua.initiative.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.thidua.document.Spreadsheets;
import vn.thidua.initiative.InitiativeView;

/** The list of initiatives as an .xlsx workbook, one row each. */
@Component
class InitiativeExport {

  private final MessageSource messages;

  InitiativeExport(MessageSource messages) {
    this.messages = messages;
  }

  private String msg(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }

  byte[] xlsx(List<InitiativeView> list) {
    List<String> headers =
        List.of(
            msg("common.number"),
            msg("initiative.title"),
            msg("initiative.field"),
            msg("initiative.theme"),
            msg("initiative.organization"),
            msg("initiative.unit"),
            msg("initiative.year"),
            msg("initiative.authors"),
            msg("common.status"),
            msg("initiative.scope"),
            msg("initiative.decision"),
            msg("initiative.counts-from"));
    List<List<Object>> rows = new ArrayList<>();
    int n = 1;
    for (InitiativeView i : list) {
      List<Object> row = new ArrayList<>();
      row.add(n++);
      row.add(i.title());
      row.add(msg("initiative.field." + i.field().name()));
      row.add(i.theme() == null ? "" : i.theme());
      row.add(i.organizationName());
      row.add(i.unitName());
      row.add(i.year());
      StringBuilder authors = new StringBuilder();
      for (InitiativeView.Author a : i.authors()) {
        if (!authors.isEmpty()) {
          authors.append("; ");
        }
        authors
            .append(a.fullName())
            .append(" (")
            .append(a.share().stripTrailingZeros().toPlainString())
            .append(" %)");
      }
      row.add(authors.toString());
      row.add(msg("initiative.status." + i.status().name()));
      row.add(i.scope() == null ? "" : msg("initiative.scope." + i.scope().name()));
      row.add(i.decisionNumber() == null ? "" : i.decisionNumber());
      row.add(i.countsFrom());
      rows.add(row);
    }
    return Spreadsheets.write(msg("initiative.list.title"), headers, rows, List.of());
  }
}
