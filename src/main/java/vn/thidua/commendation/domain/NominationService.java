package vn.thidua.commendation.domain;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.commendation.NominationCommand;
import vn.thidua.commendation.NominationView;
import vn.thidua.commendation.NominationView.Status;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.ConcurrentChange;
import vn.thidua.kernel.FileTooLarge;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.organization.Actor;
import vn.thidua.organization.AdministrativeLevel;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.Permission;
import vn.thidua.organization.UnitDirectory;

/**
 * Nominations across levels (workflows.md, "Nomination"): a unit proposes, the dossier is built and
 * submitted, the level's standing office receives, returns or appraises it, puts it on public
 * notice and on a council session's agenda, the council's ballot passes or fails it, and the
 * leadership decides it within the level's authority or forwards it to the level above, where a
 * linked nomination starts as submitted. A decision issues the certificate and enters the award in
 * the subject's record; a revocation keeps the record and marks it revoked. Every transition checks
 * the version the user saw, writes a history row and an audit entry.
 */
@Service
public class NominationService {

  public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
  private static final Set<String> FILE_TYPES =
      Set.of("pdf", "docx", "doc", "xlsx", "xls", "jpg", "jpeg", "png");
  private static final Set<String> OCCASIONS =
      Set.of("ANNUAL", "INTERIM", "FINAL", "THEMATIC", "AD_HOC");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final JdbcClient jdbc;
  private final OrganizationDirectory organizations;
  private final UnitDirectory units;
  private final AuditTrail audit;
  private final Clock clock;
  private final org.springframework.beans.factory.ObjectProvider<NominationDocuments> documents;
  private final vn.thidua.organization.WorkingCalendar calendar;

  NominationService(
      JdbcClient jdbc,
      OrganizationDirectory organizations,
      UnitDirectory units,
      AuditTrail audit,
      Clock clock,
      org.springframework.beans.factory.ObjectProvider<NominationDocuments> documents,
      vn.thidua.organization.WorkingCalendar calendar) {
    this.documents = documents;
    this.calendar = calendar;
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.units = units;
    this.audit = audit;
    this.clock = clock;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(VietnameseDates.ZONE));
  }

  // ----- propose and edit

  @Transactional
  public NominationView propose(Actor actor, NominationCommand c) {
    FormRules.Rule rule =
        FormRules.of(c.award())
            .orElseThrow(() ->
                BusinessRuleViolation.onField(
                    "award", "nomination.award-unknown", String.valueOf(c.award())));
    if (c.occasion() == null || !OCCASIONS.contains(c.occasion())) {
      throw BusinessRuleViolation.onField("occasion", "nomination.occasion-unknown");
    }
    if (c.year() == null || c.year() < 2000 || c.year() > 2100) {
      throw BusinessRuleViolation.onField("year", "nomination.year-invalid");
    }
    boolean collective = "COLLECTIVE".equals(c.subjectKind());
    if (!collective && !"INDIVIDUAL".equals(c.subjectKind())) {
      throw BusinessRuleViolation.onField("subjectKind", "nomination.subject-kind");
    }
    if ((collective ? rule.collective() : rule.individual()) == null) {
      throw BusinessRuleViolation.onField(
          "award", collective ? "nomination.form-individual-only" : "nomination.form-collective");
    }
    Subject s = subject(collective, c.personId(), c.organizationId());
    if (!actor.may(Permission.RECORD_VALUES, s.path())
        && !actor.may(Permission.MANAGE_NOMINATIONS, s.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    UnitDirectory.Unit level = units.unit(s.unitCode()).orElseThrow();
    Long id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into nomination (occasion, movement_id, year, award, subject_kind, person_id, organization_id,
                    subject_name, subject_unit, path, level_unit_code, level_path, achievement, status, created_by, updated_by)
                  values (:occ, :mv, :y, :award, :kind, :person, :org, :name, :unit, :path, :level, :levelPath, :ach, 'DRAFT', :who, :who)
                  returning id
                  """)
              .param("occ", c.occasion())
              .param("mv", c.movementId())
              .param("y", c.year())
              .param("award", rule.award())
              .param("kind", collective ? "COLLECTIVE" : "INDIVIDUAL")
              .param("person", s.personId())
              .param("org", s.organizationId())
              .param("name", s.name())
              .param("unit", s.unitName())
              .param("path", s.path())
              .param("level", level.code())
              .param("levelPath", level.path())
              .param("ach", VietnameseText.clean(c.achievement() == null ? "" : c.achievement()))
              .param("who", actor.getUsername())
              .query(Long.class)
              .single();
    } catch (org.springframework.dao.DuplicateKeyException e) {
      throw BusinessRuleViolation.onField("award", "nomination.duplicate", s.name());
    }
    history(id, "PROPOSE", null, Status.DRAFT, null, actor);
    NominationView after = get(id);
    audit.record("nomination.propose", "nomination", id, null, after);
    return after;
  }

  @Transactional
  public NominationView editAchievement(Actor actor, long id, long version, String achievement) {
    NominationView n = current(id, version);
    requireAuthor(actor, n);
    if (n.status() != Status.DRAFT && n.status() != Status.RETURNED) {
      throw new BusinessRuleViolation("nomination.not-editable");
    }
    int changed =
        jdbc.sql(
                "update nomination set achievement = :a, version = version + 1, updated_at = now(), updated_by = :who where id = :id and version = :v")
            .param("a", VietnameseText.clean(achievement == null ? "" : achievement))
            .param("who", actor.getUsername())
            .param("id", id)
            .param("v", version)
            .update();
    if (changed == 0) {
      throw new ConcurrentChange("nomination");
    }
    NominationView after = get(id);
    audit.record("nomination.edit", "nomination", id, n, after);
    return after;
  }

  private record Subject(
      Long personId,
      long organizationId,
      String name,
      String unitName,
      String path,
      String unitCode) {}

  private Subject subject(boolean collective, Long personId, Long organizationId) {
    if (collective) {
      if (organizationId == null) {
        throw BusinessRuleViolation.onField("organizationId", "person.organization-required");
      }
      OrganizationView o =
          organizations
              .organization(organizationId)
              .filter(OrganizationView::active)
              .orElseThrow(() ->
                  BusinessRuleViolation.onField("organizationId", "person.organization-unknown"));
      String unitName = units.unit(o.unitCode()).map(UnitDirectory.Unit::name).orElse("");
      return new Subject(null, o.id(), o.name(), unitName, o.path(), o.unitCode());
    }
    if (personId == null) {
      throw BusinessRuleViolation.onField("personId", "nomination.person-required");
    }
    return jdbc.sql(
            """
            select p.id, p.full_name, o.id as org_id, o.name as org_name, p.path, o.unit_code
            from person p join organization o on o.id = p.organization_id where p.id = :id and p.active
            """)
        .param("id", personId)
        .query((rs, i) ->
            new Subject(
                rs.getLong("id"),
                rs.getLong("org_id"),
                rs.getString("full_name"),
                rs.getString("org_name"),
                rs.getString("path"),
                rs.getString("unit_code")))
        .optional()
        .orElseThrow(() -> BusinessRuleViolation.onField("personId", "nomination.person-unknown"));
  }

  /** The name and unit of a subject, for the proposal form ("Trần Thị An — Phòng Văn hóa …"). */
  @Transactional(readOnly = true)
  public Optional<String> subjectLabel(Long personId, Long organizationId) {
    try {
      Subject s =
          personId != null ? subject(false, personId, null) : subject(true, null, organizationId);
      return Optional.of(s.name() + " — " + s.unitName());
    } catch (BusinessRuleViolation e) {
      return Optional.empty();
    }
  }

  /** Issued plans a nomination can name (the movement whose review it belongs to). */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> plans() {
    return jdbc.sql(
            "select id, name, unit_code from movement where status = 'ISSUED' order by level, unit_code, id")
        .query()
        .listOfRows();
  }

  // ----- dossier

  /** The documents the form requires and whether the dossier holds each. */
  @Transactional(readOnly = true)
  public List<NominationView.Requirement> requirements(NominationView n) {
    FormRules.Rule rule = FormRules.of(n.award()).orElseThrow();
    List<NominationView.Requirement> out = new ArrayList<>();
    boolean decides = decidesHere(n);
    for (String code : rule.documents()) {
      // The council's minutes come from this level's ballot; the evidence is the deciding level's.
      if ((n.parentId() == null && code.equals("BIEN_BAN_HOI_DONG"))
          || (!decides && code.equals("MINH_CHUNG"))) {
        continue;
      }
      boolean present = n.documents().stream().anyMatch(d -> d.code().equals(code));
      out.add(new NominationView.Requirement(code, FormRules.GENERATED.contains(code), present));
    }
    return out;
  }

  /** Uploads a document of the dossier (replacing an earlier one of the same kind). */
  @Transactional
  public NominationView upload(
      Actor actor, long id, String docCode, String fileName, String contentType, byte[] content) {
    NominationView n = get(id);
    requireAuthor(actor, n);
    if (n.status() != Status.DRAFT && n.status() != Status.RETURNED) {
      throw new BusinessRuleViolation("nomination.not-editable");
    }
    String code = docCode == null ? "" : docCode.strip().toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z_]{2,40}")) {
      throw BusinessRuleViolation.onField("docCode", "nomination.doc-code");
    }
    String name = VietnameseText.cleanOrNull(fileName);
    if (name == null || content == null || content.length == 0) {
      throw BusinessRuleViolation.onField("file", "import.file-empty");
    }
    if (content.length > MAX_FILE_BYTES) {
      throw new FileTooLarge(MAX_FILE_BYTES / (1024 * 1024));
    }
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (!FILE_TYPES.contains(ext)) {
      throw BusinessRuleViolation.onField("file", "report.file-type", name);
    }
    store(id, code, name, contentType, content, false, actor);
    bump(id, actor);
    audit.record(
        "nomination.upload", "nomination", id, null, Map.of("doc", code, "fileName", name));
    return get(id);
  }

  void store(
      long id,
      String code,
      String name,
      String contentType,
      byte[] content,
      boolean generated,
      Actor actor) {
    jdbc.sql("delete from nomination_document where nomination_id = :id and doc_code = :c")
        .param("id", id)
        .param("c", code)
        .update();
    jdbc.sql(
            """
            insert into nomination_document (nomination_id, doc_code, file_name, content_type, size_bytes, content, generated, uploaded_by)
            values (:id, :c, :n, :t, :s, :b, :g, :who)
            """)
        .param("id", id)
        .param("c", code)
        .param("n", name)
        .param(
            "t",
            contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType)
        .param("s", content.length)
        .param("b", content)
        .param("g", generated)
        .param("who", actor == null ? "system" : actor.getUsername())
        .update();
  }

  private void bump(long id, Actor actor) {
    jdbc.sql(
            "update nomination set version = version + 1, updated_at = now(), updated_by = :who where id = :id")
        .param("who", actor.getUsername())
        .param("id", id)
        .update();
  }

  /** A dossier document: name, type, bytes. */
  public record File(String fileName, String contentType, byte[] content) {}

  @Transactional(readOnly = true)
  public File document(Actor actor, long id, long documentId) {
    view(actor, id);
    return jdbc.sql(
            "select file_name, content_type, content from nomination_document where id = :d and nomination_id = :id")
        .param("d", documentId)
        .param("id", id)
        .query((rs, i) -> new File(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .optional()
        .orElseThrow(() -> new NotFound("nomination.not-found"));
  }

  // ----- transitions

  @Transactional
  public NominationView submit(Actor actor, long id, long version) {
    NominationView n = current(id, version);
    requireAuthor(actor, n);
    expect(n, Status.DRAFT, Status.RETURNED);
    return move(actor, n, version, Status.SUBMITTED, "SUBMIT", null, Map.of());
  }

  @Transactional
  public NominationView receive(Actor actor, long id, long version) {
    NominationView n = current(id, version);
    requireOffice(actor, n);
    expect(n, Status.SUBMITTED);
    return move(actor, n, version, Status.RECEIVED, "RECEIVE", null, Map.of());
  }

  @Transactional
  public NominationView giveBack(Actor actor, long id, long version, String reason) {
    NominationView n = current(id, version);
    requireOffice(actor, n);
    expect(n, Status.SUBMITTED, Status.RECEIVED);
    return move(actor, n, version, Status.RETURNED, "RETURN", required(reason), Map.of());
  }

  /** Appraisal: the dossier must be complete; the verdict is recorded with the office's note. */
  @Transactional
  public NominationView appraise(Actor actor, long id, long version, String note) {
    NominationView n = current(id, version);
    requireOffice(actor, n);
    expect(n, Status.RECEIVED);
    List<String> missing =
        requirements(n).stream()
            .filter(r -> !r.present())
            .map(NominationView.Requirement::code)
            .toList();
    if (!missing.isEmpty()) {
      throw new BusinessRuleViolation("nomination.dossier-incomplete", String.join(", ", missing));
    }
    return move(
        actor,
        n,
        version,
        Status.APPRAISED,
        "APPRAISE",
        VietnameseText.cleanOrNull(note),
        Map.of());
  }

  /**
   * Public notice for the given number of working days (weekends, holidays and corrections out).
   */
  @Transactional
  public NominationView notice(Actor actor, long id, long version, int workingDays) {
    NominationView n = current(id, version);
    requireOffice(actor, n);
    expect(n, Status.APPRAISED);
    if (workingDays < 1 || workingDays > 60) {
      throw BusinessRuleViolation.onField("days", "nomination.notice-days");
    }
    LocalDate until = calendar.addWorkingDays(today(), workingDays);
    return move(
        actor,
        n,
        version,
        Status.ON_NOTICE,
        "NOTICE",
        null,
        Map.of("notice_until", Date.valueOf(until)));
  }

  /** A comment on a list on public notice (no sign-in). */
  @Transactional
  public void comment(long id, String author, String text) {
    NominationView n = get(id);
    if (n.status() != Status.ON_NOTICE) {
      throw new NotFound("nomination.not-found");
    }
    String a = VietnameseText.cleanOrNull(author);
    String t = VietnameseText.cleanOrNull(text);
    if (a == null || t == null) {
      throw BusinessRuleViolation.onField("text", "nomination.comment-required");
    }
    jdbc.sql("insert into nomination_comment (nomination_id, author, text) values (:id, :a, :t)")
        .param("id", id)
        .param("a", a.length() > 200 ? a.substring(0, 200) : a)
        .param("t", t.length() > 2000 ? t.substring(0, 2000) : t)
        .update();
  }

  /** A council session of the level. */
  public record Session(
      long id, String unitCode, LocalDate heldOn, int members, int present, String chair) {}

  @Transactional
  public Session openSession(
      Actor actor, String unitCode, LocalDate heldOn, int members, int present, String chair) {
    UnitDirectory.Unit unit =
        units
            .unit(unitCode)
            .orElseThrow(() -> BusinessRuleViolation.onField("unitCode", "unit.not-found"));
    if (!actor.may(Permission.MANAGE_NOMINATIONS, unit.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    if (members < 1 || present < 0 || present > members) {
      throw BusinessRuleViolation.onField("present", "nomination.session-numbers");
    }
    long id =
        jdbc.sql(
                """
                insert into council_session (unit_code, path, held_on, members, present, chair, created_by)
                values (:u, :p, :d, :m, :pr, :c, :who) returning id
                """)
            .param("u", unit.code())
            .param("p", unit.path())
            .param("d", Date.valueOf(heldOn == null ? today() : heldOn))
            .param("m", members)
            .param("pr", present)
            .param("c", VietnameseText.cleanOrNull(chair))
            .param("who", actor.getUsername())
            .query(Long.class)
            .single();
    audit.record("council.session", "council_session", id, null, Map.of("members", members));
    return session(id);
  }

  @Transactional(readOnly = true)
  public Session session(long id) {
    return jdbc.sql(
            "select id, unit_code, held_on, members, present, chair from council_session where id = :id")
        .param("id", id)
        .query((rs, i) ->
            new Session(
                rs.getLong(1),
                rs.getString(2),
                rs.getDate(3).toLocalDate(),
                rs.getInt(4),
                rs.getInt(5),
                rs.getString(6)))
        .optional()
        .orElseThrow(() -> new NotFound("nomination.session-not-found"));
  }

  @Transactional
  public NominationView agenda(Actor actor, long id, long version, long sessionId) {
    NominationView n = current(id, version);
    requireOffice(actor, n);
    expect(n, Status.APPRAISED, Status.ON_NOTICE);
    Session s = session(sessionId);
    if (!s.unitCode().equals(n.levelUnitCode())) {
      throw BusinessRuleViolation.onField("sessionId", "nomination.session-other-level");
    }
    if (n.status() == Status.ON_NOTICE
        && n.noticeUntil() != null
        && !today().isAfter(n.noticeUntil())) {
      throw new BusinessRuleViolation(
          "nomination.notice-running", VietnameseDates.shortForm(n.noticeUntil()));
    }
    return move(
        actor, n, version, Status.AT_COUNCIL, "AGENDA", null, Map.of("session_id", sessionId));
  }

  /** The secret ballot's count for a nominee: quorum, then the form's threshold of all members. */
  @Transactional
  public NominationView ballot(
      Actor actor, long id, long version, int inFavour, int against, int abstain) {
    NominationView n = current(id, version);
    if (!actor.may(Permission.VOTE_AWARDS, levelPath(n))) {
      throw new AccessDeniedException("error.forbidden");
    }
    expect(n, Status.AT_COUNCIL);
    Session s = session(n.sessionId());
    if (inFavour < 0 || against < 0 || abstain < 0 || inFavour + against + abstain > s.present()) {
      throw BusinessRuleViolation.onField(
          "inFavour", "nomination.ballot-count", inFavour + against + abstain, s.present());
    }
    int quorum = (int) Math.ceil(s.members() * 2.0 / 3.0);
    if (s.present() < quorum) {
      throw new BusinessRuleViolation("nomination.no-quorum", s.present(), s.members(), quorum);
    }
    FormRules.Rule rule = FormRules.of(n.award()).orElseThrow();
    boolean passed = FormRules.passes(rule, s.members(), inFavour);
    NominationView after =
        move(
            actor,
            n,
            version,
            passed ? Status.VOTED_FOR : Status.VOTED_AGAINST,
            "BALLOT",
            null,
            Map.of("votes_for", inFavour, "votes_against", against, "votes_abstain", abstain));
    store(
        id,
        "BIEN_BAN_HOI_DONG",
        "bien-ban-hoi-dong-" + id + ".docx",
        NominationDocuments.DOCX,
        documents.getObject().minutes(after, s),
        true,
        actor);
    return get(id);
  }

  /** Whether this level decides the form (after 1/7/2025). */
  public boolean decidesHere(NominationView n) {
    AdministrativeLevel level = units.unit(n.levelUnitCode()).orElseThrow().level();
    return FormRules.of(n.award()).orElseThrow().decidedAt() == level;
  }

  private boolean ballotNeeded(NominationView n) {
    return units.unit(n.levelUnitCode()).orElseThrow().level() == AdministrativeLevel.COMMUNE;
  }

  /** Voted for, or appraised where no ballot is needed (above the commune). */
  public boolean decidable(NominationView n) {
    return n.status() == Status.VOTED_FOR || (n.status() == Status.APPRAISED && !ballotNeeded(n));
  }

  private void expectDecidable(NominationView n) {
    if (!decidable(n)) {
      throw new BusinessRuleViolation("movement.wrong-state", n.status().name());
    }
  }

  /** The decision of the level: number, date, signer; the certificate is issued with it. */
  @Transactional
  public NominationView decide(
      Actor actor,
      long id,
      long version,
      String number,
      LocalDate date,
      String signer,
      String signerTitle) {
    NominationView n = current(id, version);
    requireLeadership(actor, n);
    expectDecidable(n);
    if (!decidesHere(n)) {
      throw new BusinessRuleViolation("nomination.not-this-level");
    }
    if (VietnameseText.cleanOrNull(number) == null) {
      throw BusinessRuleViolation.onField("number", "nomination.decision-number");
    }
    if (VietnameseText.cleanOrNull(signer) == null) {
      throw BusinessRuleViolation.onField("signer", "nomination.decision-signer");
    }
    LocalDate on = date == null ? today() : date;
    FormRules.Rule rule = FormRules.of(n.award()).orElseThrow();
    BigDecimal bonus = FormRules.bonus(rule, "COLLECTIVE".equals(n.subjectKind()), on);
    NominationView decided =
        move(
            actor,
            n,
            version,
            Status.DECIDED,
            "DECIDE",
            null,
            Map.of(
                "decision_number", VietnameseText.clean(number),
                "decision_date", Date.valueOf(on),
                "decision_signer", VietnameseText.clean(signer),
                "signer_title", VietnameseText.clean(signerTitle == null ? "" : signerTitle),
                "bonus", bonus == null ? BigDecimal.ZERO : bonus));
    String code = certificateCode();
    NominationView awarded =
        move(
            actor,
            decided,
            decided.version(),
            Status.AWARDED,
            "CERTIFICATE",
            null,
            Map.of("certificate_code", code));
    jdbc.sql(
            """
            insert into award_record (person_id, organization_id, subject_kind, award, occasion, year,
              decision_number, decision_date, deciding_unit, bonus, nomination_id)
            values (:p, :o, :k, :a, :occ, :y, :num, :d, :u, :b, :n)
            """)
        .param("p", awarded.personId())
        .param("o", awarded.organizationId())
        .param("k", awarded.subjectKind())
        .param("a", awarded.award())
        .param("occ", awarded.occasion())
        .param("y", awarded.year())
        .param("num", awarded.decisionNumber())
        .param("d", Date.valueOf(on))
        .param("u", awarded.levelUnitCode())
        .param("b", bonus)
        .param("n", awarded.id())
        .update();
    return awarded;
  }

  private static String certificateCode() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      sb.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
    }
    return sb.toString();
  }

  /**
   * Forwards to the level above with the dossier: this nomination becomes FORWARDED and a linked
   * one starts SUBMITTED at the province (or the nation).
   */
  @Transactional
  public NominationView forward(Actor actor, long id, long version) {
    NominationView n = current(id, version);
    requireLeadership(actor, n);
    expectDecidable(n);
    if (decidesHere(n)) {
      throw new BusinessRuleViolation("nomination.decide-here");
    }
    UnitDirectory.Unit here = units.unit(n.levelUnitCode()).orElseThrow();
    store(
        id,
        "TO_TRINH",
        "to-trinh-" + id + ".docx",
        NominationDocuments.DOCX,
        documents.getObject().proposal(n),
        true,
        actor);
    UnitDirectory.Unit above =
        units
            .unit(here.parentCode())
            .orElseThrow(() -> new BusinessRuleViolation("nomination.no-level-above"));
    long upper;
    try {
      upper = insertAbove(id, above, actor);
    } catch (org.springframework.dao.DuplicateKeyException e) {
      throw new BusinessRuleViolation("nomination.duplicate", n.subjectName());
    }
    jdbc.sql(
            """
            insert into nomination_document (nomination_id, doc_code, file_name, content_type, size_bytes, content, generated, uploaded_by)
            select :upper, doc_code, file_name, content_type, size_bytes, content, generated, uploaded_by
            from nomination_document where nomination_id = :id
            """)
        .param("upper", upper)
        .param("id", id)
        .update();
    history(upper, "FORWARDED_IN", null, Status.SUBMITTED, null, actor);
    audit.record("nomination.forwarded-in", "nomination", upper, null, get(upper));
    return move(
        actor, n, version, Status.FORWARDED, "FORWARD", null, Map.of("forwarded_to", upper));
  }

  private long insertAbove(long id, UnitDirectory.Unit above, Actor actor) {
    return jdbc.sql(
            """
            insert into nomination (occasion, movement_id, year, award, subject_kind, person_id, organization_id,
              subject_name, subject_unit, path, level_unit_code, level_path, achievement, status, parent_id,
              votes_for, votes_against, votes_abstain, created_by, updated_by)
            select occasion, movement_id, year, award, subject_kind, person_id, organization_id, subject_name,
              subject_unit, path, :level, :levelPath, achievement, 'SUBMITTED', id,
              votes_for, votes_against, votes_abstain, :who, :who
            from nomination where id = :id returning id
            """)
        .param("level", above.code())
        .param("levelPath", above.path())
        .param("who", actor.getUsername())
        .param("id", id)
        .query(Long.class)
        .single();
  }

  @Transactional
  public NominationView reject(Actor actor, long id, long version, String reason) {
    NominationView n = current(id, version);
    if (!actor.may(Permission.MANAGE_NOMINATIONS, levelPath(n))
        && !actor.may(Permission.DECIDE_AWARDS, levelPath(n))) {
      throw new AccessDeniedException("error.forbidden");
    }
    if (Set.of(Status.DECIDED, Status.AWARDED, Status.REVOKED, Status.FORWARDED, Status.REJECTED)
        .contains(n.status())) {
      throw new BusinessRuleViolation("movement.wrong-state", n.status().name());
    }
    return move(actor, n, version, Status.REJECTED, "REJECT", required(reason), Map.of());
  }

  /** Revocation (Luật Thi đua, khen thưởng, Chương VII): the record stays, marked revoked. */
  @Transactional
  public NominationView revoke(Actor actor, long id, long version, String reason) {
    NominationView n = current(id, version);
    requireLeadership(actor, n);
    expect(n, Status.AWARDED);
    String why = required(reason);
    NominationView after =
        move(
            actor,
            n,
            version,
            Status.REVOKED,
            "REVOKE",
            why,
            Map.of("revoked_at", Timestamp.from(clock.instant()), "revoke_reason", why));
    jdbc.sql("update award_record set revoked = true where nomination_id = :id")
        .param("id", id)
        .update();
    return after;
  }

  // ----- reads

  @Transactional(readOnly = true)
  public NominationView view(Actor actor, long id) {
    NominationView n = get(id);
    if (!mayRead(actor, n)) {
      throw new AccessDeniedException("error.forbidden");
    }
    return n;
  }

  private boolean mayRead(Actor actor, NominationView n) {
    return actor.may(Permission.VIEW_ORGANIZATIONS, pathOf(n))
        || actor.may(Permission.MANAGE_NOMINATIONS, levelPath(n))
        || actor.may(Permission.DECIDE_AWARDS, levelPath(n))
        || actor.may(Permission.VOTE_AWARDS, levelPath(n))
        || (n.parentId() != null && mayAuthor(actor, n));
  }

  private String pathOf(NominationView n) {
    return jdbc.sql("select path from nomination where id = :id")
        .param("id", n.id())
        .query(String.class)
        .single();
  }

  private String levelPath(NominationView n) {
    return units.unit(n.levelUnitCode()).orElseThrow().path();
  }

  /** Nominations held at a level (or proposed below it) for a year, in the actor's scope. */
  @Transactional(readOnly = true)
  public List<NominationView> list(Actor actor, String unitCode, Integer year) {
    UnitDirectory.Unit unit =
        units.unit(unitCode).orElseThrow(() -> new NotFound("unit.not-found"));
    return jdbc
        .sql(
            "select id from nomination where level_unit_code = :u and (cast(:y as int) is null or year = cast(:y as int)) order by id")
        .param("u", unit.code())
        .param("y", year)
        .query(Long.class)
        .list()
        .stream()
        .map(this::get)
        .filter(n -> mayRead(actor, n))
        .toList();
  }

  /** Nominations on public notice now: name, unit and form only (public page). */
  @Transactional(readOnly = true)
  public List<NominationView> onNotice() {
    return jdbc
        .sql("select id from nomination where status = 'ON_NOTICE' order by level_unit_code, id")
        .query(Long.class)
        .list()
        .stream()
        .map(this::get)
        .toList();
  }

  /** A certificate by its verification code (public page). */
  @Transactional(readOnly = true)
  public Optional<NominationView> byCertificate(String code) {
    if (code == null || !code.matches("[A-Z0-9]{6,40}")) {
      return Optional.empty();
    }
    return jdbc.sql("select id from nomination where certificate_code = :c")
        .param("c", code)
        .query(Long.class)
        .optional()
        .map(this::get);
  }

  /** What a subject was awarded (the records the eligibility engine reads). */
  public record Award(
      String award,
      String occasion,
      int year,
      String decisionNumber,
      LocalDate decisionDate,
      BigDecimal bonus,
      boolean revoked) {}

  /** A person's awards, if the actor may see the person. */
  @Transactional(readOnly = true)
  public List<Award> awardsOfPerson(Actor actor, long personId) {
    String path =
        jdbc.sql("select path from person where id = :id")
            .param("id", personId)
            .query(String.class)
            .optional()
            .orElseThrow(() -> new NotFound("person.not-found"));
    if (!actor.may(Permission.VIEW_PEOPLE, path)) {
      throw new AccessDeniedException("error.forbidden");
    }
    return awardsOfPerson(personId);
  }

  @Transactional(readOnly = true)
  public List<Award> awardsOfPerson(long personId) {
    return jdbc.sql(
            "select award, occasion, year, decision_number, decision_date, bonus, revoked from award_record where person_id = :p order by year, id")
        .param("p", personId)
        .query((rs, i) ->
            new Award(
                rs.getString(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getDate(5).toLocalDate(),
                rs.getBigDecimal(6),
                rs.getBoolean(7)))
        .list();
  }

  @Transactional(readOnly = true)
  public List<Map<String, Object>> history(Actor actor, long id) {
    view(actor, id);
    return jdbc.sql(
            "select action, from_status, to_status, reason, actor, at from nomination_history where nomination_id = :id order by id")
        .param("id", id)
        .query()
        .listOfRows();
  }

  @Transactional(readOnly = true)
  public List<Map<String, Object>> comments(long id) {
    return jdbc.sql(
            "select author, text, at from nomination_comment where nomination_id = :id order by id")
        .param("id", id)
        .query()
        .listOfRows();
  }

  // ----- permissions

  /** The unit that proposed it (or, for a forwarded one, the office of the level below). */
  public boolean mayAuthor(Actor actor, NominationView n) {
    if (n.parentId() != null) {
      NominationView lower = get(n.parentId());
      return actor.may(Permission.MANAGE_NOMINATIONS, levelPath(lower));
    }
    String path = pathOf(n);
    return actor.may(Permission.RECORD_VALUES, path)
        || actor.may(Permission.MANAGE_NOMINATIONS, path);
  }

  public boolean mayOffice(Actor actor, NominationView n) {
    return actor.may(Permission.MANAGE_NOMINATIONS, levelPath(n));
  }

  public boolean mayLead(Actor actor, NominationView n) {
    return actor.may(Permission.DECIDE_AWARDS, levelPath(n));
  }

  public boolean mayVote(Actor actor, NominationView n) {
    return actor.may(Permission.VOTE_AWARDS, levelPath(n));
  }

  private void requireAuthor(Actor actor, NominationView n) {
    if (!mayAuthor(actor, n)) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  private void requireOffice(Actor actor, NominationView n) {
    if (!mayOffice(actor, n)) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  private void requireLeadership(Actor actor, NominationView n) {
    if (!mayLead(actor, n)) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  private static void expect(NominationView n, Status... allowed) {
    for (Status s : allowed) {
      if (n.status() == s) {
        return;
      }
    }
    throw new BusinessRuleViolation("movement.wrong-state", n.status().name());
  }

  private static String required(String reason) {
    String r = VietnameseText.cleanOrNull(reason);
    if (r == null) {
      throw BusinessRuleViolation.onField("reason", "movement.reason-required");
    }
    return r;
  }

  private NominationView move(
      Actor actor,
      NominationView n,
      long version,
      Status to,
      String action,
      String reason,
      Map<String, Object> extra) {
    StringBuilder set =
        new StringBuilder(
            "status = :to, reason = :reason, version = version + 1, updated_at = now(), updated_by = :who");
    extra.keySet().forEach(k -> set.append(", ").append(k).append(" = :").append(k));
    var spec =
        jdbc.sql("update nomination set " + set + " where id = :id and version = :version")
            .param("to", to.name())
            .param("reason", reason)
            .param("who", actor == null ? "system" : actor.getUsername())
            .param("id", n.id())
            .param("version", version);
    for (var e : extra.entrySet()) {
      spec = spec.param(e.getKey(), e.getValue());
    }
    if (spec.update() == 0) {
      throw new ConcurrentChange("nomination");
    }
    history(n.id(), action, n.status(), to, reason, actor);
    NominationView after = get(n.id());
    audit.record("nomination." + action.toLowerCase(Locale.ROOT), "nomination", n.id(), n, after);
    return after;
  }

  private void history(long id, String action, Status from, Status to, String reason, Actor actor) {
    jdbc.sql(
            "insert into nomination_history (nomination_id, action, from_status, to_status, reason, actor) values (:id, :a, :f, :t, :r, :who)")
        .param("id", id)
        .param("a", action)
        .param("f", from == null ? null : from.name())
        .param("t", to.name())
        .param("r", reason)
        .param("who", actor == null ? "system" : actor.getUsername())
        .update();
  }

  /**
   * The nomination as the user saw it: a newer version means someone else acted first, and the user
   * is told (409) before any other check.
   */
  private NominationView current(long id, long version) {
    NominationView n = get(id);
    if (n.version() != version) {
      throw new ConcurrentChange("nomination");
    }
    return n;
  }

  /** A nomination by id, without a read check (for the other services of this module). */
  public NominationView get(long id) {
    NominationView n =
        jdbc.sql(
                """
                select n.*, u.name as level_name from nomination n
                join administrative_unit u on u.code = n.level_unit_code where n.id = :id
                """)
            .param("id", id)
            .query((rs, i) -> {
              Date notice = rs.getDate("notice_until");
              Date decided = rs.getDate("decision_date");
              return new NominationView(
                  rs.getLong("id"),
                  rs.getString("occasion"),
                  rs.getObject("movement_id", Long.class),
                  rs.getInt("year"),
                  rs.getString("award"),
                  rs.getString("subject_kind"),
                  rs.getObject("person_id", Long.class),
                  rs.getLong("organization_id"),
                  rs.getString("subject_name"),
                  rs.getString("subject_unit"),
                  rs.getString("level_unit_code"),
                  rs.getString("level_name"),
                  rs.getString("achievement"),
                  Status.valueOf(rs.getString("status")),
                  rs.getString("reason"),
                  rs.getObject("parent_id", Long.class),
                  rs.getObject("forwarded_to", Long.class),
                  rs.getObject("session_id", Long.class),
                  rs.getObject("votes_for", Integer.class),
                  rs.getObject("votes_against", Integer.class),
                  rs.getObject("votes_abstain", Integer.class),
                  notice == null ? null : notice.toLocalDate(),
                  rs.getString("decision_number"),
                  decided == null ? null : decided.toLocalDate(),
                  rs.getString("decision_signer"),
                  rs.getString("signer_title"),
                  rs.getBigDecimal("bonus"),
                  rs.getString("certificate_code"),
                  rs.getTimestamp("revoked_at") != null,
                  rs.getLong("version"),
                  List.of());
            })
            .optional()
            .orElseThrow(() -> new NotFound("nomination.not-found"));
    List<NominationView.Document> docs =
        jdbc.sql(
                "select id, doc_code, file_name, generated, size_bytes from nomination_document where nomination_id = :id order by id")
            .param("id", id)
            .query((rs, i) ->
                new NominationView.Document(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBoolean(4),
                    rs.getInt(5)))
            .list();
    return new NominationView(
        n.id(),
        n.occasion(),
        n.movementId(),
        n.year(),
        n.award(),
        n.subjectKind(),
        n.personId(),
        n.organizationId(),
        n.subjectName(),
        n.subjectUnit(),
        n.levelUnitCode(),
        n.levelUnitName(),
        n.achievement(),
        n.status(),
        n.reason(),
        n.parentId(),
        n.forwardedTo(),
        n.sessionId(),
        n.votesFor(),
        n.votesAgainst(),
        n.votesAbstain(),
        n.noticeUntil(),
        n.decisionNumber(),
        n.decisionDate(),
        n.decisionSigner(),
        n.signerTitle(),
        n.bonus(),
        n.certificateCode(),
        n.revoked(),
        n.version(),
        docs);
  }
}
