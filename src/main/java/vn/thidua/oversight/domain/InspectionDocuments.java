package vn.thidua.oversight.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.document.StateDocument;
import vn.thidua.document.StateDocument.Block;
import vn.thidua.document.StateDocument.Kind;
import vn.thidua.document.StateDocxWriter;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.organization.Actor;
import vn.thidua.oversight.InspectionView;
import vn.thidua.oversight.RecommendationView;

/**
 * The conclusion of an inspection as a document in the state format (Nghị định 30/2020/NĐ-CP): the
 * council of the level as issuer, the findings per target, the recommendations with owner and due
 * date, signed by the team lead.
 */
@Component
public class InspectionDocuments {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final InspectionService inspections;
  private final MessageSource messages;

  InspectionDocuments(InspectionService inspections, MessageSource messages) {
    this.inspections = inspections;
    this.messages = messages;
  }

  private String msg(String key, Object... args) {
    return messages.getMessage(key, args, key, VI);
  }

  @Transactional(readOnly = true)
  public byte[] conclusion(Actor actor, long id) {
    InspectionView i = inspections.view(actor, id);
    if (i.partial()) {
      throw new AccessDeniedException("error.forbidden");
    }
    if (i.status() != InspectionView.Status.REPORTED
        && i.status() != InspectionView.Status.CLOSED) {
      throw new BusinessRuleViolation("oversight.inspection.no-conclusion");
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.of(Kind.DOCUMENT_TYPE, msg("inspection.doc.type")));
    blocks.add(Block.of(Kind.TITLE, msg("inspection.doc.title", i.title())));
    blocks.add(
        Block.of(
            Kind.PARAGRAPH,
            msg(
                "inspection.doc.intro",
                i.startsOn() == null ? "…" : VietnameseDates.shortForm(i.startsOn()),
                i.endsOn() == null ? "…" : VietnameseDates.shortForm(i.endsOn()),
                String.join(
                    "; ", i.targets().stream().map(InspectionView.Target::name).toList()))));
    blocks.add(Block.of(Kind.HEADING, msg("inspection.doc.team")));
    List<List<String>> team = new ArrayList<>();
    int n = 0;
    for (InspectionView.Member m : i.members()) {
      team.add(
          List.of(
              String.valueOf(++n),
              m.displayName(),
              msg(m.field().labelKey()),
              m.lead() ? msg("inspection.lead") : msg("inspection.member")));
    }
    blocks.add(
        Block.table(
            List.of(
                msg("common.number"),
                msg("inspection.member"),
                msg("inspection.field"),
                msg("inspection.role")),
            team));
    blocks.add(Block.of(Kind.HEADING, msg("inspection.doc.findings")));
    int t = 0;
    for (InspectionView.Target target : i.targets()) {
      blocks.add(Block.of(Kind.HEADING, ++t + ". " + target.name()));
      for (InspectionView.Finding f : i.findings()) {
        if (f.targetId() == target.id()) {
          blocks.add(Block.of(Kind.PARAGRAPH, "- " + f.text()));
          if (f.answer() != null) {
            blocks.add(Block.of(Kind.PARAGRAPH, msg("inspection.doc.answer", f.answer())));
          }
        }
      }
    }
    blocks.add(Block.of(Kind.HEADING, msg("inspection.doc.conclusion")));
    for (String line : (i.conclusion() == null ? "" : i.conclusion()).split("\\R")) {
      if (!line.isBlank()) {
        blocks.add(Block.of(Kind.PARAGRAPH, line.strip()));
      }
    }
    blocks.add(Block.of(Kind.HEADING, msg("inspection.doc.recommendations")));
    if (i.recommendations().isEmpty()) {
      blocks.add(Block.of(Kind.PARAGRAPH, msg("inspection.doc.no-recommendations")));
    } else {
      List<List<String>> rows = new ArrayList<>();
      int r = 0;
      for (RecommendationView rec : i.recommendations()) {
        rows.add(
            List.of(
                String.valueOf(++r),
                rec.text(),
                rec.ownerName(),
                rec.dueOn() == null ? "" : VietnameseDates.shortForm(rec.dueOn()),
                msg("recommendation.status." + rec.status().name())));
      }
      blocks.add(
          Block.table(
              List.of(
                  msg("common.number"),
                  msg("recommendation.text"),
                  msg("recommendation.owner"),
                  msg("recommendation.due"),
                  msg("common.status")),
              rows));
    }
    InspectionView.Member lead =
        i.members().stream().filter(InspectionView.Member::lead).findFirst().orElse(null);
    String unit = i.unitName();
    String place = unit.replaceFirst("^(Thành phố|Tỉnh|Xã|Phường|Đặc khu)\\s+", "");
    StateDocument doc =
        new StateDocument(
            VietnameseText.upper("Ủy ban nhân dân " + lower(unit)),
            VietnameseText.upper(msg("inspection.doc.issuer")),
            msg("inspection.doc.number"),
            msg(
                "inspection.doc.place-date",
                place,
                i.concludedOn() == null ? "…" : VietnameseDates.longForm(i.concludedOn())),
            blocks,
            List.of(
                msg("inspection.doc.recipient.targets"),
                msg("inspection.doc.recipient.council"),
                msg("inspection.doc.recipient.archive")),
            new StateDocument.Signature(
                List.of(
                    VietnameseText.upper(msg("inspection.doc.on-behalf")),
                    VietnameseText.upper(msg("inspection.lead"))),
                lead == null ? "" : lead.displayName()),
            List.of());
    return StateDocxWriter.write(doc);
  }

  private static String lower(String unitName) {
    return unitName.isEmpty()
        ? unitName
        : Character.toLowerCase(unitName.charAt(0)) + unitName.substring(1);
  }
}
