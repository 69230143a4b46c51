package vn.thidua.participation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.document.Spreadsheets;
import vn.thidua.document.StateDocument;
import vn.thidua.document.StateDocument.Block;
import vn.thidua.document.StateDocument.Kind;
import vn.thidua.document.StateDocxWriter;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.Plans;
import vn.thidua.organization.Actor;
import vn.thidua.participation.ReportView;

/**
 * The level's aggregated report as the office sends it: a .docx in the state format (Nghị định
 * 30/2020) with the narrative per theme, the totals per indicator and who reported, and an .xlsx
 * with one row per unit and a total row. Both read the figures live: the kept totals and the units'
 * values.
 */
@Service
public class ReportDocuments {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final ReportService reports;
  private final Plans plans;
  private final MessageSource messages;

  ReportDocuments(ReportService reports, Plans plans, MessageSource messages) {
    this.reports = reports;
    this.plans = plans;
    this.messages = messages;
  }

  private String msg(String key, Object... args) {
    return messages.getMessage(key, args, key, VI);
  }

  /** Numbers as Vietnamese write them: 1.234,5. */
  static String number(BigDecimal value) {
    return value == null ? "—" : vn.thidua.kernel.VietnameseNumbers.format(value);
  }

  private ReportView rollup(Actor actor, long reportId) {
    ReportView r = reports.view(actor, reportId);
    if (r.kind() != ReportView.Kind.ROLLUP) {
      throw new vn.thidua.kernel.NotFound("report.not-found");
    }
    if (!reports.mayAuthor(actor, r) && !reports.mayReview(actor, r)) {
      throw new AccessDeniedException("error.forbidden");
    }
    return r;
  }

  @Transactional(readOnly = true)
  public byte[] docx(Actor actor, long reportId) {
    ReportView r = rollup(actor, reportId);
    MovementView m = reports.plan(actor, r.movementId());
    PlanDocument plan = plans.currentDocument(m.id());
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.of(Kind.DOCUMENT_TYPE, msg("report.doc.type")));
    blocks.add(Block.of(Kind.TITLE, msg("report.doc.title", m.name(), r.year())));
    blocks.add(
        Block.of(
            Kind.PARAGRAPH,
            msg(
                "report.doc.intro",
                // A roll-up names the plan's document as what it is: a Quyết định is no Kế hoạch.
                msg(
                    m.documentType() == vn.thidua.movement.PlanDocument.DocumentType.DECISION
                        ? "report.doc.decision"
                        : "report.doc.plan"),
                m.reference(),
                m.issuedOn() == null
                    ? ""
                    : vn.thidua.kernel.VietnameseDates.shortForm(m.issuedOn()),
                m.unitName(),
                r.year())));
    blocks.add(Block.of(Kind.HEADING, msg("report.doc.part1")));
    int n = 1;
    for (ReportView.Narrative nv : r.narrative()) {
      blocks.add(
          Block.of(
              Kind.HEADING,
              n++ + ". " + (nv.theme() == null ? msg("report.theme.general") : nv.theme())));
      for (String line : nv.text().split("\\R")) {
        if (!line.isBlank()) {
          blocks.add(Block.of(Kind.PARAGRAPH, line.strip()));
        }
      }
    }
    if (r.narrative().isEmpty()) {
      blocks.add(Block.of(Kind.PARAGRAPH, msg("report.doc.no-narrative")));
    }
    blocks.add(Block.of(Kind.HEADING, msg("report.doc.part2")));
    for (ReportView.Figure f : reports.figures(r)) {
      blocks.add(
          Block.of(
              Kind.PARAGRAPH,
              msg(
                  "report.doc.figure",
                  f.name(),
                  number(f.value()),
                  f.unit() == null ? "" : f.unit(),
                  f.target() == null ? msg("report.no-target") : number(f.target()),
                  f.reporting())));
    }
    blocks.add(Block.of(Kind.HEADING, msg("report.doc.part3")));
    List<ReportView.BoardRow> board = reports.board(actor, m.id(), r.year());
    List<String> late = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    int sent = 0;
    for (ReportView.BoardRow row : board) {
      if (row.status() == ReportView.Status.SUBMITTED
          || row.status() == ReportView.Status.ACCEPTED) {
        sent++;
        if (row.late()) {
          late.add(row.organizationName());
        }
      } else {
        missing.add(row.organizationName());
      }
    }
    blocks.add(Block.of(Kind.PARAGRAPH, msg("report.doc.sent", sent, board.size())));
    if (!late.isEmpty()) {
      blocks.add(Block.of(Kind.PARAGRAPH, msg("report.doc.late", String.join("; ", late))));
    }
    if (!missing.isEmpty()) {
      blocks.add(Block.of(Kind.PARAGRAPH, msg("report.doc.missing", String.join("; ", missing))));
    }
    PlanDocument.Issuer issuer = plan.issuer();
    PlanDocument.Signer signer = plan.signer();
    List<String> signature = new ArrayList<>();
    signature.add(msg("report.doc.on-behalf", issuer == null ? "" : upper(issuer.name())));
    signature.add(upper(signer == null || signer.title() == null ? "" : signer.title()));
    StateDocument doc =
        new StateDocument(
            issuer == null ? null : upper(issuer.parent()),
            issuer == null ? upper(m.unitName()) : upper(issuer.name()),
            msg("report.doc.number"),
            msg("report.doc.place-date", plan.place() == null ? "" : plan.place(), r.year()),
            blocks,
            List.of(msg("report.doc.recipient.above"), msg("report.doc.recipient.archive")),
            new StateDocument.Signature(signature, signer == null ? "" : signer.name()),
            List.of());
    return StateDocxWriter.write(doc);
  }

  private static String upper(String s) {
    return s == null ? null : VietnameseText.upper(s);
  }

  @Transactional(readOnly = true)
  public byte[] xlsx(Actor actor, long reportId) {
    ReportView r = rollup(actor, reportId);
    MovementView m = reports.plan(actor, r.movementId());
    List<ReportView.Figure> totals = reports.figures(r);
    List<String> headers = new ArrayList<>();
    headers.add(msg("common.number"));
    headers.add(msg("registration.organization"));
    headers.add(msg("common.status"));
    headers.add(msg("registration.late"));
    for (ReportView.Figure f : totals) {
      headers.add(f.name() + (f.unit() == null ? "" : " (" + f.unit() + ")"));
    }
    Map<Long, Map<String, BigDecimal>> values = reports.unitValues(m, r.year());
    List<List<Object>> rows = new ArrayList<>();
    int n = 1;
    for (ReportView.BoardRow row : reports.board(actor, m.id(), r.year())) {
      List<Object> cells = new ArrayList<>();
      cells.add(n++);
      cells.add(row.organizationName());
      cells.add(msg("report.status." + (row.status() == null ? "NONE" : row.status().name())));
      cells.add(row.late());
      Map<String, BigDecimal> v = values.getOrDefault(row.organizationId(), Map.of());
      for (ReportView.Figure f : totals) {
        cells.add(v.get(f.code()));
      }
      rows.add(cells);
    }
    List<Object> total = new ArrayList<>();
    total.add(null);
    total.add(msg("report.total"));
    total.add(null);
    total.add(null);
    for (ReportView.Figure f : totals) {
      total.add(f.value());
    }
    rows.add(total);
    List<Object> target = new ArrayList<>();
    target.add(null);
    target.add(msg("report.target", r.year()));
    target.add(null);
    target.add(null);
    for (ReportView.Figure f : totals) {
      target.add(f.target());
    }
    rows.add(target);
    return Spreadsheets.write(msg("report.sheet"), headers, rows, List.of());
  }
}
