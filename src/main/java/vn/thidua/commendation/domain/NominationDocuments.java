package vn.thidua.commendation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.commendation.NominationView;
import vn.thidua.document.StateDocument;
import vn.thidua.document.StateDocument.Block;
import vn.thidua.document.StateDocument.Kind;
import vn.thidua.document.StateDocxWriter;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.kernel.VietnameseNumbers;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.organization.Actor;
import vn.thidua.organization.AdministrativeLevel;
import vn.thidua.organization.UnitDirectory;

/**
 * The standard documents of a dossier in the state format (Nghị định 30/2020): the tờ trình, the
 * list of nominees, the achievement report (structure of ND 152/2025's appendix: unit, functions,
 * achievements, forms already received), the council's minutes with the ballot, and the decision.
 */
@Service
public class NominationDocuments {

  private static final Locale VI = Locale.forLanguageTag("vi");
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final NominationService nominations;
  private final UnitDirectory units;
  private final MessageSource messages;

  NominationDocuments(NominationService nominations, UnitDirectory units, MessageSource messages) {
    this.nominations = nominations;
    this.units = units;
    this.messages = messages;
  }

  private String msg(String key, Object... args) {
    return messages.getMessage(key, args, key, VI);
  }

  private String award(String code) {
    return msg("award." + code);
  }

  private static String upper(String s) {
    return s == null ? null : VietnameseText.upper(s);
  }

  /** "ỦY BAN NHÂN DÂN" above "XÃ HÀ BẮC", or the city's. */
  private String[] issuer(String unitCode) {
    UnitDirectory.Unit u = units.unit(unitCode).orElseThrow();
    return new String[] {msg("nomination.doc.committee"), upper(u.name())};
  }

  private String placeDate(String unitCode, java.time.LocalDate date) {
    UnitDirectory.Unit u = units.unit(unitCode).orElseThrow();
    String place =
        u.level() == AdministrativeLevel.COMMUNE
            ? u.name().replaceFirst("^(Xã|Phường|Đặc khu) ", "")
            : u.name().replaceFirst("^(Thành phố|Tỉnh) ", "");
    if (date == null) {
      return msg("nomination.doc.place-date-blank", place);
    }
    return msg(
        "nomination.doc.place-date",
        place,
        VietnameseDates.day(date.getDayOfMonth()),
        VietnameseDates.month(date.getMonthValue()),
        Integer.toString(date.getYear()));
  }

  private byte[] render(
      String unitCode,
      String numberLine,
      java.time.LocalDate date,
      List<Block> blocks,
      List<String> signature,
      String signer) {
    String[] who = issuer(unitCode);
    return StateDocxWriter.write(
        new StateDocument(
            who[0],
            who[1],
            numberLine,
            placeDate(unitCode, date),
            blocks,
            List.of(msg("nomination.doc.recipient.file")),
            new StateDocument.Signature(signature, signer == null ? "" : signer),
            List.of()));
  }

  /** Drafts the tờ trình, the list and the achievement report into the dossier. */
  @Transactional
  public NominationView generate(Actor actor, long id) {
    NominationView n = nominations.view(actor, id);
    if (!nominations.mayAuthor(actor, n)) {
      throw new AccessDeniedException("error.forbidden");
    }
    if (n.status() != NominationView.Status.DRAFT && n.status() != NominationView.Status.RETURNED) {
      throw new vn.thidua.kernel.BusinessRuleViolation("nomination.not-editable");
    }
    nominations.store(id, "TO_TRINH", "to-trinh-" + id + ".docx", DOCX, proposal(n), true, actor);
    nominations.store(id, "DANH_SACH", "danh-sach-" + id + ".docx", DOCX, list(n), true, actor);
    nominations.store(
        id,
        "BAO_CAO_THANH_TICH",
        "bao-cao-thanh-tich-" + id + ".docx",
        DOCX,
        achievementReport(n),
        true,
        actor);
    return nominations.get(id);
  }

  byte[] proposal(NominationView n) {
    List<Block> b = new ArrayList<>();
    b.add(Block.of(Kind.DOCUMENT_TYPE, msg("nomination.doc.proposal.type")));
    b.add(Block.of(Kind.TITLE, msg("nomination.doc.proposal.title", award(n.award()), n.year())));
    b.add(
        Block.of(
            Kind.PARAGRAPH,
            msg(
                "nomination.doc.proposal.body",
                n.subjectUnit(),
                award(n.award()),
                n.subjectName(),
                n.year())));
    b.add(Block.of(Kind.PARAGRAPH, msg("nomination.doc.proposal.attached")));
    return render(
        n.levelUnitCode(),
        msg("nomination.doc.proposal.number"),
        null,
        b,
        List.of(msg("nomination.doc.head")),
        "");
  }

  byte[] list(NominationView n) {
    List<Block> b = new ArrayList<>();
    b.add(Block.of(Kind.DOCUMENT_TYPE, msg("nomination.doc.list.type")));
    b.add(Block.of(Kind.TITLE, msg("nomination.doc.list.title", award(n.award()), n.year())));
    b.add(
        Block.of(
            Kind.PARAGRAPH,
            msg(
                "nomination.doc.list.row",
                1,
                n.subjectName(),
                n.subjectUnit(),
                award(n.award()),
                msg("nomination.occasion." + n.occasion()))));
    return render(n.levelUnitCode(), msg("nomination.doc.no-number"), null, b, List.of(), "");
  }

  byte[] achievementReport(NominationView n) {
    List<Block> b = new ArrayList<>();
    b.add(Block.of(Kind.DOCUMENT_TYPE, msg("nomination.doc.report.type")));
    b.add(
        Block.of(
            Kind.TITLE,
            msg(
                "COLLECTIVE".equals(n.subjectKind())
                    ? "nomination.doc.report.title.collective"
                    : "nomination.doc.report.title.individual",
                award(n.award()),
                n.year())));
    b.add(Block.of(Kind.HEADING, msg("nomination.doc.report.part1")));
    b.add(
        Block.of(
            Kind.PARAGRAPH,
            msg("nomination.doc.report.subject", n.subjectName(), n.subjectUnit())));
    b.add(Block.of(Kind.HEADING, msg("nomination.doc.report.part2")));
    for (String line : n.achievement().split("\\R")) {
      if (!line.isBlank()) {
        b.add(Block.of(Kind.PARAGRAPH, line.strip()));
      }
    }
    if (n.achievement().isBlank()) {
      b.add(Block.of(Kind.PARAGRAPH, msg("nomination.doc.report.empty")));
    }
    b.add(Block.of(Kind.HEADING, msg("nomination.doc.report.part3")));
    if (n.personId() != null) {
      List<NominationService.Award> past = nominations.awardsOfPerson(n.personId());
      if (past.isEmpty()) {
        b.add(Block.of(Kind.PARAGRAPH, msg("nomination.doc.report.no-awards")));
      }
      for (NominationService.Award a : past) {
        b.add(
            Block.of(
                Kind.PARAGRAPH,
                msg(
                    "nomination.doc.report.award",
                    a.year(),
                    award(a.award()),
                    a.decisionNumber(),
                    VietnameseDates.shortForm(a.decisionDate()))));
      }
    } else {
      b.add(Block.of(Kind.PARAGRAPH, msg("nomination.doc.report.no-awards")));
    }
    return render(
        n.levelUnitCode(),
        msg("nomination.doc.no-number"),
        null,
        b,
        List.of(msg("nomination.doc.head-of-unit")),
        n.subjectKind().equals("COLLECTIVE") ? "" : n.subjectName());
  }

  /** The council's minutes of one nominee's ballot (generated when the ballot is recorded). */
  byte[] minutes(NominationView n, NominationService.Session s) {
    List<Block> b = new ArrayList<>();
    b.add(Block.of(Kind.DOCUMENT_TYPE, msg("nomination.doc.minutes.type")));
    b.add(Block.of(Kind.TITLE, msg("nomination.doc.minutes.title", n.year())));
    b.add(
        Block.of(
            Kind.PARAGRAPH,
            msg(
                "nomination.doc.minutes.session",
                VietnameseDates.shortForm(s.heldOn()),
                s.members(),
                s.present(),
                s.chair() == null ? "" : s.chair())));
    b.add(
        Block.of(
            Kind.PARAGRAPH,
            msg(
                "nomination.doc.minutes.ballot",
                n.subjectName(),
                award(n.award()),
                n.votesFor(),
                n.votesAgainst(),
                n.votesAbstain(),
                s.members())));
    b.add(
        Block.of(
            Kind.PARAGRAPH,
            msg(
                n.status() == NominationView.Status.VOTED_FOR
                    ? "nomination.doc.minutes.passed"
                    : "nomination.doc.minutes.failed")));
    return render(
        n.levelUnitCode(),
        msg("nomination.doc.no-number"),
        s.heldOn(),
        b,
        List.of(msg("nomination.doc.chair")),
        s.chair());
  }

  /** The decision of the level, with the awardee, the form, the period and the bonus. */
  @Transactional(readOnly = true)
  public byte[] decision(Actor actor, long id) {
    NominationView n = nominations.view(actor, id);
    if (n.decisionNumber() == null) {
      throw new vn.thidua.kernel.BusinessRuleViolation("nomination.not-decided");
    }
    UnitDirectory.Unit u = units.unit(n.levelUnitCode()).orElseThrow();
    List<Block> b = new ArrayList<>();
    b.add(Block.of(Kind.DOCUMENT_TYPE, msg("nomination.doc.decision.type")));
    b.add(Block.of(Kind.TITLE, msg("nomination.doc.decision.title", award(n.award()))));
    b.add(
        Block.of(
            Kind.CENTERED,
            msg(
                u.level() == AdministrativeLevel.COMMUNE
                    ? "nomination.doc.decision.authority.commune"
                    : "nomination.doc.decision.authority.province",
                upper(u.name()))));
    b.add(Block.of(Kind.PARAGRAPH, msg("nomination.doc.decision.basis.law")));
    b.add(Block.of(Kind.PARAGRAPH, msg("nomination.doc.decision.basis.decree")));
    b.add(Block.of(Kind.PARAGRAPH, msg("nomination.doc.decision.basis.proposal")));
    b.add(Block.of(Kind.CENTERED, msg("nomination.doc.decision.decides")));
    b.add(
        Block.of(
            Kind.PARAGRAPH,
            msg(
                "nomination.doc.decision.article1",
                award(n.award()),
                n.subjectName(),
                n.subjectUnit(),
                n.year())));
    b.add(
        Block.of(
            Kind.PARAGRAPH,
            msg(
                "nomination.doc.decision.article2",
                n.bonus() == null ? "0" : VietnameseNumbers.format(n.bonus()))));
    b.add(Block.of(Kind.PARAGRAPH, msg("nomination.doc.decision.article3")));
    return render(
        n.levelUnitCode(),
        msg("nomination.doc.decision.number", n.decisionNumber()),
        n.decisionDate(),
        b,
        List.of(msg("nomination.doc.head"), upper(n.signerTitle())),
        n.decisionSigner());
  }
}
