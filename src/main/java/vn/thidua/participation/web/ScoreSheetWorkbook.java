package vn.thidua.participation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.thidua.document.Spreadsheets;
import vn.thidua.participation.ScoreSheetView;

/**
 * The scoring sheet as a workbook: one row per member in ranking order with its rank, the tie mark,
 * the total and, per criterion, the self, block, council and effective scores; the criteria and the
 * rule of the effective score on the notes sheet.
 */
@Component
class ScoreSheetWorkbook {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final MessageSource messages;

  ScoreSheetWorkbook(MessageSource messages) {
    this.messages = messages;
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, key, VI);
  }

  byte[] write(ScoreSheetView s) {
    List<String> headers = new ArrayList<>();
    headers.add(text("scoring.col.rank"));
    headers.add(text("scoring.col.tied"));
    headers.add(text("registration.organization"));
    headers.add(text("scoring.col.total"));
    for (ScoreSheetView.Criterion c : s.criteria()) {
      for (ScoreSheetView.Layer l : ScoreSheetView.Layer.values()) {
        headers.add(c.code() + " — " + text("scoring.layer." + l.name()));
      }
      headers.add(c.code() + " — " + text("scoring.effective"));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (ScoreSheetView.Ranked r : s.ranking()) {
      List<Object> row = new ArrayList<>();
      row.add(r.rank());
      row.add(r.tied());
      row.add(r.organizationName());
      row.add(r.total());
      for (ScoreSheetView.Criterion c : s.criteria()) {
        ScoreSheetView.Entry e = s.entry(c.id(), r.organizationId());
        row.add(e == null ? null : e.selfScore());
        row.add(e == null ? null : e.blockScore());
        row.add(e == null ? null : e.councilScore());
        row.add(e == null ? java.math.BigDecimal.ZERO : e.effective());
      }
      rows.add(row);
    }
    List<String> notes = new ArrayList<>();
    notes.add(text("scoring.xlsx.heading", s.blockName(), String.valueOf(s.year())));
    notes.add(text("scoring.status." + s.status().name()));
    notes.add(text("scoring.effective.rule"));
    for (ScoreSheetView.Criterion c : s.criteria()) {
      notes.add(
          text(
              "scoring.xlsx.criterion",
              c.code(),
              c.name(),
              c.maxPoints(),
              c.evidenceRequired() == null ? "—" : c.evidenceRequired()));
    }
    return Spreadsheets.write(text("scoring.xlsx.sheet"), headers, rows, notes);
  }

  ResponseEntity<byte[]> response(ScoreSheetView s) {
    return ResponseEntity.ok()
        .contentType(
            MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"cham-diem-khoi-" + s.blockId() + "-" + s.year() + ".xlsx\"")
        .body(write(s));
  }
}
