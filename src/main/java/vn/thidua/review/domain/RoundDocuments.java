package vn.thidua.review.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.document.StateDocument;
import vn.thidua.document.StateDocument.Block;
import vn.thidua.document.StateDocument.Kind;
import vn.thidua.document.StateDocxWriter;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.Plans;
import vn.thidua.organization.Actor;
import vn.thidua.review.RoundView;
import vn.thidua.review.RoundView.Figure;

/**
 * The round report (báo cáo sơ kết, tổng kết) in the state format (Nghị định 30/2020/NĐ-CP): the
 * level's committee as issuer (as its plan names it), results per theme and indicator against the
 * targets of the period's last year from the frozen snapshot, registrations and reports, the
 * initiatives and models of the period, then the office's difficulties, lessons and next tasks.
 */
@Component
public class RoundDocuments {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final ReviewService rounds;
  private final Plans plans;
  private final MessageSource messages;

  RoundDocuments(ReviewService rounds, Plans plans, MessageSource messages) {
    this.rounds = rounds;
    this.plans = plans;
    this.messages = messages;
  }

  private String msg(String key, Object... args) {
    return messages.getMessage(key, args, key, VI);
  }

  @Transactional(readOnly = true)
  public byte[] report(Actor actor, long id) {
    RoundView r = rounds.get(actor, id);
    PlanDocument plan = plans.currentDocument(r.movementId());
    RoundView.Snapshot s = r.snapshot();
    RoundView.Report rep = r.report();
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.of(Kind.DOCUMENT_TYPE, msg("round.doc.type")));
    blocks.add(Block.of(Kind.TITLE, r.title()));
    paragraphs(blocks, rep.overview());

    blocks.add(Block.of(Kind.HEADING, msg("round.doc.results", String.valueOf(r.toYear()))));
    int n = 0;
    for (Map.Entry<Integer, List<Figure>> e : s.byTheme(r.toYear()).entrySet()) {
      String theme = s.themeTitle(e.getKey());
      Integer percent = s.themePercent(e.getValue());
      blocks.add(
          Block.of(
              Kind.HEADING,
              (++n)
                  + ". "
                  + (theme == null ? msg("round.theme.none") : msg("round.theme", theme))
                  + (percent == null ? "" : " " + msg("round.theme.percent", percent))));
      List<List<String>> rows = new ArrayList<>();
      int i = 0;
      for (Figure f : e.getValue()) {
        rows.add(
            List.of(
                String.valueOf(++i),
                f.name(),
                f.unit(),
                f.targetText(),
                f.valueText(),
                f.percent() == null ? "—" : f.percent() + "%"));
      }
      blocks.add(
          Block.table(
              List.of(
                  msg("common.number"),
                  msg("round.col.indicator"),
                  msg("round.col.unit"),
                  msg("round.col.target", String.valueOf(r.toYear())),
                  msg("round.col.result"),
                  msg("round.col.percent")),
              rows));
    }

    blocks.add(Block.of(Kind.HEADING, msg("round.doc.activity")));
    List<List<String>> act = new ArrayList<>();
    for (RoundView.Activity a : s.activity()) {
      act.add(
          List.of(
              String.valueOf(a.year()),
              String.valueOf(a.registrations()),
              String.valueOf(a.reportsSent()),
              String.valueOf(a.reportsOnTime())));
    }
    blocks.add(
        Block.table(
            List.of(
                msg("round.col.year"),
                msg("round.col.registrations"),
                msg("round.col.reports"),
                msg("round.col.on-time")),
            act));

    blocks.add(Block.of(Kind.HEADING, msg("round.doc.initiatives.heading")));
    if (s.initiatives().isEmpty() && s.models().isEmpty()) {
      blocks.add(Block.of(Kind.PARAGRAPH, msg("round.doc.no-initiatives")));
    }
    for (RoundView.Initiative i : s.initiatives()) {
      blocks.add(
          Block.of(
              Kind.PARAGRAPH,
              "- "
                  + msg(
                      "round.doc.initiative",
                      i.title(),
                      i.unit(),
                      msg("initiative.scope." + i.scope()),
                      i.decisionDate() == null
                          ? "…"
                          : VietnameseDates.shortForm(i.decisionDate()))));
    }
    for (String m : s.models()) {
      blocks.add(Block.of(Kind.PARAGRAPH, "- " + msg("round.doc.model", m)));
    }

    blocks.add(Block.of(Kind.HEADING, msg("round.doc.honours")));
    if (s.honours().isEmpty()) {
      blocks.add(Block.of(Kind.PARAGRAPH, msg("round.doc.no-honours")));
    } else {
      List<List<String>> rows = new ArrayList<>();
      int k = 0;
      for (vn.thidua.review.PeriodHonours.Count h : s.honours()) {
        rows.add(
            List.of(
                String.valueOf(++k),
                h.awardName(),
                String.valueOf(h.individuals()),
                String.valueOf(h.collectives())));
      }
      blocks.add(
          Block.table(
              List.of(
                  msg("common.number"),
                  msg("round.col.award"),
                  msg("round.col.individuals"),
                  msg("round.col.collectives")),
              rows));
    }
    blocks.add(Block.of(Kind.HEADING, msg("round.doc.difficulties")));
    paragraphs(blocks, rep.difficulties());
    blocks.add(Block.of(Kind.HEADING, msg("round.doc.lessons")));
    paragraphs(blocks, rep.lessons());
    blocks.add(Block.of(Kind.HEADING, msg("round.doc.next-tasks")));
    paragraphs(blocks, rep.nextTasks());

    PlanDocument.Issuer issuer = plan.issuer();
    String parent = issuer == null ? null : issuer.parent();
    String name =
        issuer == null || issuer.name() == null
            ? VietnameseText.upper(msg("round.doc.issuer", r.unitName()))
            : issuer.name();
    String place = plan.place() == null ? r.unitName() : plan.place();
    PlanDocument.Signer signer = plan.signer();
    StateDocument doc =
        new StateDocument(
            parent,
            name,
            msg("round.doc.number"),
            msg("round.doc.place-date", place, String.valueOf(r.toYear())),
            blocks,
            List.of(
                msg("round.doc.recipient.upper"),
                msg("round.doc.recipient.council"),
                msg("round.doc.recipient.archive")),
            new StateDocument.Signature(
                List.of(
                    VietnameseText.upper(msg("round.doc.on-behalf")),
                    VietnameseText.upper(
                        signer == null || signer.title() == null
                            ? msg("round.doc.chairman")
                            : signer.title())),
                signer == null || signer.name() == null ? "" : signer.name()),
            List.of());
    return StateDocxWriter.write(doc);
  }

  private static void paragraphs(List<Block> blocks, String text) {
    boolean any = false;
    for (String line : (text == null ? "" : text).split("\\R")) {
      if (!line.isBlank()) {
        blocks.add(Block.of(Kind.PARAGRAPH, line.strip()));
        any = true;
      }
    }
    if (!any) {
      blocks.add(Block.of(Kind.PARAGRAPH, "…"));
    }
  }
}
