package vn.thidua.commendation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.commendation.NominationView;
import vn.thidua.document.StateDocument;
import vn.thidua.document.StateDocument.Block;
import vn.thidua.document.StateDocument.Kind;
import vn.thidua.document.StateDocxWriter;
import vn.thidua.initiative.InitiativeRecords;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.kernel.VietnameseNumbers;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.organization.Actor;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.PersonCard;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.rulebook.FormRule;
import vn.thidua.rulebook.Rulebook;

/**
 * The standard documents of a dossier in the state format (Nghị định 30/2020): each level's tờ
 * trình, the list of nominees (a table), the achievement report (the nominee's details, signed by
 * the head of the proposing unit), the confirmation of recognised initiatives (Mẫu số 13, from the
 * initiative module's records), each council's minutes with the ballot and the public comments, and
 * the decision signed by the authority that took it. Award names come from the rulebook.
 */
@Service
public class NominationDocuments {

  private static final Locale VI = Locale.forLanguageTag("vi");
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final NominationRepository rows;
  private final NominationAccess access;
  private final NominationLevels levels;
  private final UnitDirectory units;
  private final OrganizationDirectory organizations;
  private final InitiativeRecords initiatives;
  private final RecordService records;
  private final Rulebook rulebook;
  private final MessageSource messages;
  private final org.springframework.beans.factory.ObjectProvider<NoticeService> notices;
  private final java.time.Clock clock;

  NominationDocuments(
      NominationRepository rows,
      NominationAccess access,
      NominationLevels levels,
      UnitDirectory units,
      OrganizationDirectory organizations,
      InitiativeRecords initiatives,
      RecordService records,
      Rulebook rulebook,
      MessageSource messages,
      org.springframework.beans.factory.ObjectProvider<NoticeService> notices,
      java.time.Clock clock) {
    this.clock = clock;
    this.rows = rows;
    this.access = access;
    this.levels = levels;
    this.units = units;
    this.organizations = organizations;
    this.initiatives = initiatives;
    this.records = records;
    this.rulebook = rulebook;
    this.messages = messages;
    this.notices = notices;
  }

  private String msg(String key, Object... args) {
    return messages.getMessage(key, args, key, VI);
  }

  private String award(String code) {
    return rulebook.name(code);
  }

  private static String upper(String s) {
    return s == null ? null : VietnameseText.upper(s);
  }

  /**
   * The issuing body of a level: "ỦY BAN NHÂN DÂN" above "XÃ HÀ BẮC"; for an agency, its province's
   * committee above the agency.
   */
  private String[] issuer(NominationLevels.Level level) {
    if (level.organizationId() != null) {
      UnitDirectory.Unit province = units.unit(level.unitCode()).orElseThrow();
      return new String[] {
        upper(msg("nomination.doc.committee.of", province.name())), upper(level.name())
      };
    }
    UnitDirectory.Unit u = units.unit(level.unitCode()).orElseThrow();
    return new String[] {msg("nomination.doc.committee"), upper(u.name())};
  }

  private String placeDate(NominationLevels.Level level, LocalDate date) {
    UnitDirectory.Unit u = units.unit(level.unitCode()).orElseThrow();
    String place = u.name().replaceFirst("^(Xã|Phường|Đặc khu|Thành phố|Tỉnh) ", "");
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
      NominationLevels.Level level,
      String numberLine,
      LocalDate date,
      List<Block> blocks,
      List<String> signature,
      String signer) {
    String[] who = issuer(level);
    return StateDocxWriter.write(
        new StateDocument(
            who[0],
            who[1],
            numberLine,
            placeDate(level, date),
            blocks,
            List.of(msg("nomination.doc.recipient.file")),
            new StateDocument.Signature(signature, signer == null ? "" : signer),
            List.of()));
  }

  /** The level where the dossier was put together (the proposer's, for a forwarded one). */
  private NominationLevels.Level proposingLevel(NominationView n) {
    NominationView cursor = n;
    while (cursor.parentId() != null) {
      cursor = rows.get(cursor.parentId());
    }
    return access.level(cursor);
  }

  /**
   * Drafts the proposer's tờ trình, the list, the achievement report and, when the records hold
   * recognised initiatives, the confirmation of Mẫu số 13, into the dossier.
   */
  @Transactional
  public NominationView generate(Actor actor, long id) {
    NominationView n = access.readable(actor, id);
    access.requireAuthor(actor, n);
    if (n.status() != NominationView.Status.DRAFT && n.status() != NominationView.Status.RETURNED) {
      throw new BusinessRuleViolation("nomination.not-editable");
    }
    NominationLevels.Level level = proposingLevel(n);
    String who = actor.getUsername();
    rows.store(
        id,
        "TO_TRINH",
        level.key(),
        "to-trinh-" + id + ".docx",
        DOCX,
        proposal(n, level),
        true,
        who);
    rows.store(
        id, "DANH_SACH", level.key(), "danh-sach-" + id + ".docx", DOCX, list(n, level), true, who);
    rows.store(
        id,
        "BAO_CAO_THANH_TICH",
        level.key(),
        "bao-cao-thanh-tich-" + id + ".docx",
        DOCX,
        achievementReport(n, level),
        true,
        who);
    byte[] confirmation = confirmation(n, level);
    if (confirmation != null) {
      rows.store(
          id,
          "XAC_NHAN_SANG_KIEN",
          level.key(),
          "xac-nhan-sang-kien-" + id + ".docx",
          DOCX,
          confirmation,
          true,
          who);
    }
    rows.bump(id, who);
    return rows.get(id);
  }

  /** The tờ trình of a level (the proposer's, or the forwarding level's to the level above). */
  byte[] proposal(NominationView n, NominationLevels.Level level) {
    List<Block> b = new ArrayList<>();
    b.add(Block.of(Kind.DOCUMENT_TYPE, msg("nomination.doc.proposal.type")));
    b.add(Block.of(Kind.TITLE, msg("nomination.doc.proposal.title", award(n.award()), n.year())));
    b.add(Block.of(Kind.CENTERED, msg("nomination.doc.proposal.to", recipientOf(n, level))));
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
        level, msg("nomination.doc.proposal.number"), null, b, List.of(signatureHead(level)), "");
  }

  /** To whom a level's tờ trình goes: the level above, or (a proposer's) its own authority. */
  private String recipientOf(NominationView n, NominationLevels.Level level) {
    if (level.key().equals(access.level(n).key()) && n.parentId() == null) {
      FormRule form =
          rulebook
              .form(n.award(), LocalDate.now(clock.withZone(VietnameseDates.ZONE)), null)
              .orElse(null);
      if (form != null && NominationLevels.authority(form, level.kind()) != null) {
        return rulebook.authorityName(NominationLevels.authority(form, level.kind()));
      }
    }
    return levels.above(level).map(NominationLevels.Level::name).orElse(level.name());
  }

  private String signatureHead(NominationLevels.Level level) {
    return level.organizationId() != null
        ? msg("nomination.doc.head-of-unit")
        : msg("nomination.doc.head");
  }

  byte[] list(NominationView n, NominationLevels.Level level) {
    List<Block> b = new ArrayList<>();
    b.add(Block.of(Kind.DOCUMENT_TYPE, msg("nomination.doc.list.type")));
    b.add(Block.of(Kind.TITLE, msg("nomination.doc.list.title", award(n.award()), n.year())));
    b.add(
        Block.table(
            List.of(
                msg("nomination.doc.list.col.no"),
                msg("nomination.doc.list.col.name"),
                msg("nomination.doc.list.col.unit"),
                msg("nomination.doc.list.col.form")),
            List.of(
                List.of(
                    "1",
                    n.subjectName(),
                    n.subjectUnit(),
                    rulebook.shortName(n.award())
                        + " ("
                        + msg("nomination.occasion." + n.occasion())
                        + ")"))));
    return render(
        level, msg("nomination.doc.list.number"), null, b, List.of(signatureHead(level)), "");
  }

  byte[] achievementReport(NominationView n, NominationLevels.Level level) {
    List<Block> b = new ArrayList<>();
    b.add(Block.of(Kind.DOCUMENT_TYPE, msg("nomination.doc.report.type")));
    b.add(
        Block.of(
            Kind.TITLE,
            msg(
                n.collective()
                    ? "nomination.doc.report.title.collective"
                    : "nomination.doc.report.title.individual",
                award(n.award()),
                n.year())));
    b.add(Block.of(Kind.HEADING, msg("nomination.doc.report.part1")));
    if (n.personId() != null) {
      PersonCard p = organizations.person(n.personId()).orElseThrow();
      b.add(Block.of(Kind.PARAGRAPH, msg("nomination.doc.report.name", n.subjectName())));
      if (p.gender() != null) {
        b.add(
            Block.of(
                Kind.PARAGRAPH,
                msg("nomination.doc.report.gender", msg("person.gender." + p.gender().name()))));
      }
      b.add(Block.of(Kind.PARAGRAPH, msg("nomination.doc.report.workplace", p.organizationName())));
      b.add(
          Block.of(
              Kind.PARAGRAPH,
              msg(
                  "nomination.doc.report.category",
                  msg("person.category." + p.category().name()))));
    } else {
      b.add(
          Block.of(
              Kind.PARAGRAPH,
              msg("nomination.doc.report.subject", n.subjectName(), n.subjectUnit())));
    }
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
    List<RecordService.Award> past =
        n.personId() != null && "INDIVIDUAL".equals(n.subjectKind())
            ? records.awardsOfPerson(n.personId())
            : List.of();
    if (past.isEmpty()) {
      b.add(Block.of(Kind.PARAGRAPH, msg("nomination.doc.report.no-awards")));
    }
    for (RecordService.Award a : past) {
      if (a.revoked()) {
        continue;
      }
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
    // Signed by the head of the proposing unit (who confirms it), never by the nominee.
    return render(
        level,
        msg("nomination.doc.report.number"),
        null,
        b,
        List.of(msg("nomination.doc.head-of-unit")),
        "");
  }

  /**
   * Mẫu số 13 (ND 152/2025 Đ33 k6): the confirmation of the nominee's initiatives recognised in the
   * records, or null when there is none.
   */
  byte[] confirmation(NominationView n, NominationLevels.Level level) {
    if (n.personId() == null || !"INDIVIDUAL".equals(n.subjectKind())) {
      return null;
    }
    List<InitiativeRecords.Recognition> recognised = initiatives.recognitionsOfAuthor(n.personId());
    if (recognised.isEmpty()) {
      return null;
    }
    List<Block> b = new ArrayList<>();
    b.add(Block.of(Kind.DOCUMENT_TYPE, msg("nomination.doc.confirmation.type")));
    b.add(Block.of(Kind.TITLE, msg("nomination.doc.confirmation.title", n.subjectName())));
    List<List<String>> table = new ArrayList<>();
    int i = 0;
    for (InitiativeRecords.Recognition r : recognised) {
      table.add(
          List.of(
              Integer.toString(++i),
              r.title(),
              msg("initiative.scope." + r.scope()),
              r.decisionNumber() + ", " + VietnameseDates.shortForm(r.decisionDate())));
    }
    b.add(
        Block.table(
            List.of(
                msg("nomination.doc.list.col.no"),
                msg("nomination.doc.confirmation.col.title"),
                msg("nomination.doc.confirmation.col.scope"),
                msg("nomination.doc.confirmation.col.decision")),
            table));
    b.add(Block.of(Kind.PARAGRAPH, msg("nomination.doc.confirmation.body")));
    return render(
        level,
        msg("nomination.doc.confirmation.number"),
        null,
        b,
        List.of(signatureHead(level)),
        "");
  }

  /**
   * A council's minutes of one nominee's ballot, with the public's comments approved by the office
   * (ND 152/2025 Đ44 k2) and the share of all members in favour (Đ33 k5).
   */
  byte[] minutes(NominationView n, CouncilSessions.Session s, FormRule.Council council) {
    NominationLevels.Level level = access.level(n);
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
                s.chair() == null ? "" : s.chair(),
                inSentence(level.name()))));
    if (n.noticeFrom() != null) {
      List<NoticeService.Comment> comments = notices.getObject().comments(n.id(), true);
      b.add(
          Block.of(
              Kind.PARAGRAPH,
              msg(
                  "nomination.doc.minutes.notice",
                  VietnameseDates.shortForm(n.noticeFrom()),
                  VietnameseDates.shortForm(n.noticeUntil()),
                  comments.size())));
      for (NoticeService.Comment c : comments) {
        b.add(
            Block.of(Kind.PARAGRAPH, msg("nomination.doc.minutes.comment", c.author(), c.text())));
      }
    }
    int percent = Math.round(100f * n.votesFor() / s.members());
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
                s.members(),
                percent)));
    b.add(
        Block.of(
            Kind.PARAGRAPH,
            msg(
                "nomination.doc.minutes.threshold",
                council.strictlyAbove()
                    ? msg("nomination.threshold.majority")
                    : msg("nomination.threshold.percent", Math.round(council.threshold() * 100)),
                council.citation())));
    b.add(
        Block.of(
            Kind.PARAGRAPH,
            msg(
                n.status() == NominationView.Status.VOTED_FOR
                    ? "nomination.doc.minutes.passed"
                    : "nomination.doc.minutes.failed")));
    return render(
        level,
        msg("nomination.doc.minutes.number"),
        s.heldOn(),
        b,
        List.of(msg("nomination.doc.chair")),
        s.chair());
  }

  /**
   * "Xã Hà Bắc" inside a sentence: "xã Hà Bắc" (Nghị định 30/2020 writes the kind in lower case).
   */
  static String inSentence(String unitName) {
    for (String kind : List.of("Xã ", "Phường ", "Đặc khu ", "Thành phố ", "Tỉnh ")) {
      if (unitName.startsWith(kind)) {
        return kind.toLowerCase(VI) + unitName.substring(kind.length());
      }
    }
    return unitName;
  }

  /** The decision of the level, signed by the authority that took it. */
  @Transactional(readOnly = true)
  public byte[] decision(Actor actor, long id) {
    NominationView n = access.readable(actor, id);
    if (n.decisionNumber() == null) {
      throw new BusinessRuleViolation("nomination.not-decided");
    }
    NominationLevels.Level level = access.level(n);
    List<Block> b = new ArrayList<>();
    b.add(Block.of(Kind.DOCUMENT_TYPE, msg("nomination.doc.decision.type")));
    b.add(Block.of(Kind.TITLE, msg("nomination.doc.decision.title", award(n.award()))));
    b.add(Block.of(Kind.CENTERED, authorityLine(n, level)));
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
        Block.table(
            List.of(
                msg("nomination.doc.list.col.no"),
                msg("nomination.doc.list.col.name"),
                msg("nomination.doc.list.col.unit"),
                msg("nomination.doc.list.col.form")),
            List.of(
                List.of("1", n.subjectName(), n.subjectUnit(), rulebook.shortName(n.award())))));
    b.add(
        Block.of(
            Kind.PARAGRAPH,
            msg(
                "nomination.doc.decision.article2",
                n.bonus() == null ? "0" : VietnameseNumbers.format(n.bonus()))));
    b.add(Block.of(Kind.PARAGRAPH, msg("nomination.doc.decision.article3")));
    return render(
        level,
        msg("nomination.doc.decision.number", n.decisionNumber()),
        n.decisionDate(),
        b,
        signature(n),
        n.decisionSigner());
  }

  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÀ BẮC", "GIÁM ĐỐC SỞ …": who decides, by the level. */
  private String authorityLine(NominationView n, NominationLevels.Level level) {
    if (level.organizationId() != null) {
      String name = level.name();
      String head =
          name.startsWith("Sở") || name.startsWith("Trung tâm")
              ? msg("nomination.doc.authority.director")
              : msg("nomination.doc.authority.head");
      return upper(head + " " + name);
    }
    return msg("nomination.doc.decision.authority.commune", upper(level.name()));
  }

  /**
   * The signature block: the chairman signs his own decision "CHỦ TỊCH"; a deputy signs "KT. CHỦ
   * TỊCH / PHÓ CHỦ TỊCH" (Nghị định 30/2020, Phụ lục I).
   */
  private List<String> signature(NominationView n) {
    String title = n.signerTitle() == null ? "" : n.signerTitle().strip();
    String folded = VietnameseText.fold(title);
    if (folded.startsWith("pho ")) {
      String chief = upper(title.substring(4));
      return List.of("KT. " + chief, upper(title));
    }
    return List.of(upper(title.isEmpty() ? "Chủ tịch" : title));
  }
}
