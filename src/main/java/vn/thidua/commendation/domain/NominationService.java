package vn.thidua.commendation.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.commendation.NominationCommand;
import vn.thidua.commendation.NominationView;
import vn.thidua.commendation.NominationView.Status;
import vn.thidua.commendation.domain.NominationWorkflow.Action;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.MessageKey;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.StateChange;
import vn.thidua.kernel.StateChanges;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.Plans;
import vn.thidua.organization.Actor;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.Permission;
import vn.thidua.organization.PersonCard;
import vn.thidua.organization.PersonView;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.rulebook.EligibilityAnswer;
import vn.thidua.rulebook.FormRule;
import vn.thidua.rulebook.Rulebook;

/**
 * Nominations from proposal to appraisal (docs: workflows, "Nomination"), on the rulebook: a unit
 * proposes a form the rulebook opens to the subject and the plan offers for the occasion; the
 * dossier holds what the rulebook lists for each level; the level's office receives, returns or
 * appraises — eligibility is judged from the records and a failed hard check blocks with its
 * article. Notice, council, decision and forwarding are in {@link NoticeService}, {@link
 * CouncilService} and {@link DecisionService}. Every state change goes through the shared component
 * (version, history, audit, event).
 */
@Service
public class NominationService {

  public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
  private static final java.util.Set<String> OCCASIONS =
      java.util.Set.of("ANNUAL", "INTERIM", "FINAL", "THEMATIC", "AD_HOC");
  private static final java.util.Set<String> KINDS =
      java.util.Set.of("INDIVIDUAL", "COLLECTIVE", "HOUSEHOLD");

  /** Kinds of upload a user may add; the others are drafted by the system. */
  public static final List<String> UPLOADABLE =
      List.of("MINH_CHUNG", "XAC_NHAN_SANG_KIEN", "Y_KIEN_TINH_UY", "BAO_CAO_THANH_TICH");

  private final JdbcClient jdbc;
  private final NominationRepository rows;
  private final NominationAccess access;
  private final NominationLevels levels;
  private final Rulebook rulebook;
  private final OrganizationDirectory organizations;
  private final UnitDirectory units;
  private final Plans plans;
  private final StateChanges changes;
  private final AuditTrail audit;
  private final Clock clock;
  private final ObjectMapper json;
  private final ObjectProvider<NominationEligibility> eligibility;
  private final ObjectProvider<RecordService> records;
  private final NominationLeads leads;
  private final vn.thidua.review.Rounds rounds;

  NominationService(
      JdbcClient jdbc,
      NominationRepository rows,
      NominationAccess access,
      NominationLevels levels,
      Rulebook rulebook,
      OrganizationDirectory organizations,
      UnitDirectory units,
      Plans plans,
      StateChanges changes,
      AuditTrail audit,
      Clock clock,
      ObjectMapper json,
      ObjectProvider<NominationEligibility> eligibility,
      ObjectProvider<RecordService> records,
      NominationLeads leads,
      vn.thidua.review.Rounds rounds) {
    this.leads = leads;
    this.rounds = rounds;
    this.jdbc = jdbc;
    this.rows = rows;
    this.access = access;
    this.levels = levels;
    this.rulebook = rulebook;
    this.organizations = organizations;
    this.units = units;
    this.plans = plans;
    this.changes = changes;
    this.audit = audit;
    this.clock = clock;
    this.json = json;
    this.eligibility = eligibility;
    this.records = records;
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(VietnameseDates.ZONE));
  }

  /** The province whose parameters apply to a nomination held at a level. */
  String province(NominationView n) {
    return province(n.levelUnitCode());
  }

  String province(String unitCode) {
    UnitDirectory.Unit u = units.unit(unitCode).orElseThrow();
    return switch (u.level()) {
      case COMMUNE -> u.parentCode();
      case PROVINCE -> u.code();
      case NATION -> null;
    };
  }

  /** The form as the rulebook has it today for this nomination's province. */
  public FormRule form(NominationView n) {
    return form(n, today());
  }

  public FormRule form(NominationView n, LocalDate on) {
    return rulebook
        .form(n.award(), on, province(n))
        .orElseThrow(() -> new NotFound("commendation.award-not-found"));
  }

  // ----------------------------------------------------------------------- propose and edit

  @Transactional
  public NominationView propose(Actor actor, NominationCommand c) {
    // Every field's error at once (issue 12).
    vn.thidua.kernel.FieldChecks checks = new vn.thidua.kernel.FieldChecks();
    String kind = c.subjectKind() == null ? "" : c.subjectKind().strip();
    checks.reject(!KINDS.contains(kind), "subjectKind", "nomination.subject-kind");
    checks.reject(
        c.award() == null || !rulebook.known(c.award()),
        "award",
        "nomination.award-unknown",
        String.valueOf(c.award()));
    checks.reject(
        c.occasion() == null || !OCCASIONS.contains(c.occasion()),
        "occasion",
        "nomination.occasion-unknown");
    checks.reject(
        c.year() == null || c.year() < 2000 || c.year() > today().getYear() + 1,
        "year",
        "nomination.year-invalid");
    vn.thidua.oversight.Field field = checks.get(() -> field(c.field()));
    Subject s =
        KINDS.contains(kind)
            ? checks.get(() -> subject(kind, c.personId(), c.organizationId()))
            : null;
    checks.check();
    if (!actor.may(Permission.RECORD_VALUES, s.path())
        && !actor.may(Permission.MANAGE_NOMINATIONS, s.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    FormRule form = rulebook.form(c.award(), today(), province(s.unitCode())).orElseThrow();
    if (!form.opensTo(kind)) {
      throw BusinessRuleViolation.onField(
          "award",
          "nomination.form-not-for-subject",
          form.name(),
          new MessageKey("nomination.kind." + kind));
    }
    if ("COLLECTIVE".equals(kind) && !opensTo(form, s.organizationId())) {
      throw BusinessRuleViolation.onField(
          "award",
          village(s.organizationId())
              ? "nomination.form-not-for-village"
              : "nomination.form-only-villages",
          form.name());
    }
    if (form.decidedBy().isEmpty()) {
      throw BusinessRuleViolation.onField("award", "nomination.form-level-unknown", form.name());
    }
    Long roundId = inRound(c, s, form);
    if (roundId == null) {
      checkOffered(actor, c, form);
    } else if (!"AD_HOC".equals(c.occasion())) {
      readablePlan(actor, c.movementId())
          .orElseThrow(
              () -> BusinessRuleViolation.onField("movementId", "nomination.plan-unknown"));
    }
    NominationLevels.Level level = levels.start(s.path(), s.unitCode());
    Long id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into nomination (occasion, movement_id, year, award, subject_kind, person_id, organization_id,
                    subject_name, subject_unit, path, level_unit_code, level_organization_id, level_path, achievement,
                    status, created_by, updated_by, round_id)
                  values (:occ, :mv, :y, :award, :kind, :person, :org, :name, :unit, :path, :level, :levelOrg,
                    :levelPath, :ach, 'DRAFT', :who, :who, :round)
                  returning id
                  """)
              .param("occ", c.occasion())
              .param("mv", c.movementId())
              .param("y", c.year())
              .param("award", form.code())
              .param("kind", kind)
              .param("person", s.personId())
              .param("org", s.organizationId())
              .param("name", s.name())
              .param("unit", s.unitName())
              .param("path", s.path())
              .param("level", level.unitCode())
              .param("levelOrg", level.organizationId())
              .param("levelPath", level.path())
              .param("ach", VietnameseText.clean(c.achievement() == null ? "" : c.achievement()))
              .param("who", actor.getUsername())
              .param("round", roundId)
              .query(Long.class)
              .single();
    } catch (org.springframework.dao.DuplicateKeyException e) {
      throw BusinessRuleViolation.onField("award", "nomination.duplicate", s.name());
    }
    leads.name(id, field);
    NominationView after = rows.get(id);
    changes.record(
        NominationWorkflow.TRACKED,
        id,
        Action.PROPOSE.name(),
        null,
        Status.DRAFT.name(),
        actor.getUsername(),
        null,
        null,
        after);
    return after;
  }

  /** The field a proposal names (blank: none); an unknown one is refused on the field. */
  private static vn.thidua.oversight.Field field(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return vn.thidua.oversight.Field.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw BusinessRuleViolation.onField("field", "nomination.field-unknown");
    }
  }

  /**
   * A nomination made in a review round asks only for the forms the round opens, on the round's
   * occasion and for its last year, within the round's level, while the round takes nominations and
   * within a form's quota; đột xuất awards stay open. Returns the round's id, or null outside one.
   */
  private Long inRound(NominationCommand c, Subject s, FormRule form) {
    if (c.roundId() == null) {
      return null;
    }
    vn.thidua.review.Rounds.Terms round =
        rounds
            .terms(c.roundId())
            .filter(r -> s.path().startsWith(r.path()))
            .orElseThrow(
                () -> BusinessRuleViolation.onField("roundId", "round.nomination.unknown"));
    if (!round.takesNominations()) {
      throw BusinessRuleViolation.onField("roundId", "round.nomination.closed", round.title());
    }
    if ("AD_HOC".equals(c.occasion())) {
      return round.id();
    }
    if (!round.occasion().equals(c.occasion())) {
      throw BusinessRuleViolation.onField(
          "occasion",
          "round.nomination.occasion",
          new MessageKey("nomination.occasion." + round.occasion()),
          round.title());
    }
    if (c.year() == null || c.year() != round.toYear()) {
      throw BusinessRuleViolation.onField(
          "year", "round.nomination.year", String.valueOf(round.toYear()), round.title());
    }
    if (c.movementId() == null || c.movementId() != round.movementId()) {
      throw BusinessRuleViolation.onField("movementId", "round.nomination.plan", round.title());
    }
    if (!round.forms().contains(form.code())) {
      throw BusinessRuleViolation.onField(
          "award",
          "round.nomination.form",
          form.name(),
          round.title(),
          String.join(", ", round.forms().stream().map(rulebook::shortName).toList()));
    }
    Integer quota = round.quotas().get(form.code());
    if (quota != null) {
      int used =
          jdbc.sql(
                  "select count(*) from nomination where round_id = :r and award = :a and status not in ('REJECTED', 'REVOKED', 'VOTED_AGAINST')")
              .param("r", round.id())
              .param("a", form.code())
              .query(Integer.class)
              .single();
      if (used >= quota) {
        throw BusinessRuleViolation.onField(
            "award", "round.nomination.quota", form.name(), quota, round.title());
      }
    }
    return round.id();
  }

  /**
   * The forms offered are those of the plan for the occasion (annual, sơ kết, tổng kết, chuyên đề);
   * a movement's occasion needs its plan; đột xuất awards stay open.
   */
  private void checkOffered(Actor actor, NominationCommand c, FormRule form) {
    if (c.movementId() == null) {
      if (!"ANNUAL".equals(c.occasion()) && !"AD_HOC".equals(c.occasion())) {
        throw BusinessRuleViolation.onField("movementId", "nomination.plan-required");
      }
      return;
    }
    MovementView plan =
        readablePlan(actor, c.movementId())
            .orElseThrow(
                () -> BusinessRuleViolation.onField("movementId", "nomination.plan-unknown"));
    if ("AD_HOC".equals(c.occasion())) {
      return;
    }
    PlanDocument doc = plans.currentDocument(plan.id());
    List<String> offered = new ArrayList<>();
    for (PlanDocument.Award a : doc.awards()) {
      if (a.occasion().name().equals(c.occasion())) {
        offered.addAll(a.forms());
      }
    }
    boolean ok =
        offered.contains(form.code())
            || (form.code().startsWith("HUAN_CHUONG_LAO_DONG")
                && offered.contains("HUAN_CHUONG_LAO_DONG"))
            || (offered.contains("CO_THI_DUA_CAC_CAP") && form.code().startsWith("CO_THI_DUA"));
    if (!ok) {
      throw BusinessRuleViolation.onField(
          "award",
          "nomination.form-not-offered",
          form.name(),
          new MessageKey("nomination.occasion." + c.occasion()),
          plan.name());
    }
  }

  @Transactional
  public NominationView editAchievement(Actor actor, long id, long version, String achievement) {
    NominationView n = access.readable(actor, id);
    access.requireAuthor(actor, n);
    StateChange.requireVersion(version, n.version(), "nomination");
    if (n.status() != Status.DRAFT && n.status() != Status.RETURNED) {
      throw new BusinessRuleViolation("nomination.not-editable");
    }
    String text = VietnameseText.clean(achievement == null ? "" : achievement);
    if (text.length() > 20_000) {
      throw BusinessRuleViolation.onField("achievement", "common.too-long", 20_000);
    }
    int changed =
        jdbc.sql(
                "update nomination set achievement = :a, version = version + 1, updated_at = now(), updated_by = :who where id = :id and version = :v")
            .param("a", text)
            .param("who", actor.getUsername())
            .param("id", id)
            .param("v", version)
            .update();
    if (changed == 0) {
      throw new vn.thidua.kernel.ConcurrentChange("nomination");
    }
    NominationView after = rows.get(id);
    audit.record("nomination.edit", "nomination", id, n, after);
    return after;
  }

  /** The subject of a proposal: a person, a collective, or a household (its head). */
  record Subject(
      Long personId,
      long organizationId,
      String name,
      String unitName,
      String path,
      String unitCode) {}

  private Subject subject(String kind, Long personId, Long organizationId) {
    if ("COLLECTIVE".equals(kind)) {
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
    PersonCard p =
        organizations
            .person(personId)
            .filter(PersonCard::active)
            .orElseThrow(
                () -> BusinessRuleViolation.onField("personId", "nomination.person-unknown"));
    String name =
        "HOUSEHOLD".equals(kind)
            ? VietnameseText.clean(
                (p.gender() == PersonView.Gender.FEMALE ? "Hộ bà " : "Hộ ông ") + p.fullName())
            : p.fullName();
    return new Subject(
        p.id(), p.organizationId(), name, p.organizationName(), p.path(), p.unitCode());
  }

  /** The name and unit of a subject, for the proposal form ("Trần Thị An — Phòng Văn hóa …"). */
  @Transactional(readOnly = true)
  public Optional<String> subjectLabel(Actor actor, Long personId, Long organizationId) {
    try {
      Subject s =
          personId != null
              ? subject("INDIVIDUAL", personId, null)
              : subject("COLLECTIVE", null, organizationId);
      if (!actor.covers(s.path())) {
        return Optional.empty();
      }
      return Optional.of(s.name() + " — " + s.unitName());
    } catch (BusinessRuleViolation e) {
      return Optional.empty();
    }
  }

  /** Issued plans the actor may name (the movement whose review the nomination belongs to). */
  public List<MovementView> plans(Actor actor) {
    return plans.issuedReadable(actor);
  }

  /** A plan the actor may read; another unit's plan is as unknown as a missing one. */
  private Optional<MovementView> readablePlan(Actor actor, long id) {
    try {
      return plans.readable(actor, id);
    } catch (AccessDeniedException | NotFound e) {
      return Optional.empty();
    }
  }

  private boolean village(long organizationId) {
    return organizations
        .organization(organizationId)
        .map(o -> o.type() == vn.thidua.organization.OrganizationType.VILLAGE)
        .orElse(false);
  }

  /** A village only what the rulebook opens to villages; another collective not their titles. */
  private boolean opensTo(FormRule form, long organizationId) {
    return vn.thidua.rulebook.AwardNames.opensToCollective(form.code(), village(organizationId));
  }

  /** The forms an organisation may be proposed for as a collective (the rulebook today). */
  @Transactional(readOnly = true)
  public List<FormRule> formsForOrganization(long organizationId) {
    return formsFor("COLLECTIVE").stream().filter(f -> opensTo(f, organizationId)).toList();
  }

  /** The forms a subject kind may be proposed for (the rulebook today), catalogue order. */
  @Transactional(readOnly = true)
  public List<FormRule> formsFor(String subjectKind) {
    return rulebook.forms(today(), null).stream()
        .filter(f -> subjectKind == null || f.opensTo(subjectKind))
        .filter(f -> !f.decidedBy().isEmpty())
        .toList();
  }

  // ----------------------------------------------------------------------- dossier

  /**
   * What the rulebook requires of this level's dossier and whether it holds it: the documents of
   * the proposal, each council's minutes of the levels it passed and its own, and the documents
   * this level must add before deciding or forwarding.
   */
  @Transactional(readOnly = true)
  public List<NominationView.Requirement> requirements(NominationView n) {
    FormRule form = form(n);
    NominationLevels.Level here = access.level(n);
    List<NominationLevels.Level> below = new ArrayList<>();
    NominationView cursor = n;
    while (cursor.parentId() != null) {
      cursor = rows.get(cursor.parentId());
      below.add(access.level(cursor));
    }
    List<NominationView.Requirement> out = new ArrayList<>();
    for (FormRule.DossierItem item : form.dossier()) {
      if (item.levels().isEmpty()) {
        boolean present =
            n.documents().stream().anyMatch(d -> d.code().equals(item.item()))
                || alternative(n, item);
        out.add(requirement(item, present, null));
        continue;
      }
      for (NominationLevels.Level l : below) {
        if (item.levels().contains(l.councilLevel())) {
          boolean present =
              n.documents().stream()
                  .anyMatch(d -> d.code().equals(item.item()) && l.key().equals(d.levelKey()));
          out.add(requirement(item, present, l));
        }
      }
      if (item.levels().contains(here.councilLevel())) {
        boolean present =
            n.documents().stream()
                .anyMatch(d -> d.code().equals(item.item()) && here.key().equals(d.levelKey()));
        out.add(requirement(item, present, here));
      }
    }
    return out;
  }

  private NominationView.Requirement requirement(
      FormRule.DossierItem item, boolean present, NominationLevels.Level level) {
    String name = level == null ? item.name() : item.name() + " — " + level.name();
    return new NominationView.Requirement(
        item.item(),
        name,
        item.generated(),
        present,
        item.required(),
        item.stage(),
        level == null ? null : level.key(),
        item.citation());
  }

  /** A fact of the records that stands in for a document (the year's excellent rating). */
  private boolean alternative(NominationView n, FormRule.DossierItem item) {
    if (!"EXCELLENT_RATING".equals(item.alternative()) || n.personId() == null) {
      return false;
    }
    return records
        .getObject()
        .rating(n.personId(), n.year())
        .map("EXCELLENT"::equals)
        .orElse(false);
  }

  /** Required documents of a stage still missing, named in Vietnamese. */
  List<String> missing(NominationView n, String stage) {
    return requirements(n).stream()
        .filter(r -> r.required() && !r.present() && (stage == null || stage.equals(r.stage())))
        .map(NominationView.Requirement::name)
        .toList();
  }

  /**
   * Uploads a document of the dossier, replacing an earlier one of the same kind of the same level:
   * the proposer while the nomination is a draft or returned, the level's office for its own
   * documents while it holds the nomination.
   */
  @Transactional
  public NominationView upload(
      Actor actor, long id, String docCode, String fileName, String contentType, byte[] content) {
    NominationView n = access.readable(actor, id);
    String code = docCode == null ? "" : docCode.strip().toUpperCase(Locale.ROOT);
    if (!UPLOADABLE.contains(code)) {
      throw BusinessRuleViolation.onField("docCode", "nomination.doc-code");
    }
    String levelKey;
    boolean draft = n.status() == Status.DRAFT || n.status() == Status.RETURNED;
    if (draft && access.mayAuthor(actor, n)) {
      levelKey =
          n.parentId() == null ? access.level(n).key() : access.level(rows.get(n.parentId())).key();
    } else if (access.mayOffice(actor, n)
        && java.util.EnumSet.of(
                Status.RECEIVED,
                Status.APPRAISED,
                Status.ON_NOTICE,
                Status.AT_COUNCIL,
                Status.VOTED_FOR)
            .contains(n.status())) {
      levelKey = access.level(n).key();
    } else if (access.mayAuthor(actor, n) || access.mayOffice(actor, n)) {
      throw new BusinessRuleViolation("nomination.not-editable");
    } else {
      throw new AccessDeniedException("error.forbidden");
    }
    vn.thidua.document.Uploads.Checked file =
        vn.thidua.document.Uploads.check(
            fileName,
            content,
            MAX_FILE_BYTES,
            vn.thidua.document.Uploads.DOCUMENTS,
            "report.file-type");
    rows.store(
        id,
        code,
        levelKey,
        file.fileName(),
        file.contentType(),
        content,
        false,
        actor.getUsername());
    rows.bump(id, actor.getUsername());
    audit.record(
        "nomination.upload",
        "nomination",
        id,
        null,
        Map.of("doc", code, "fileName", file.fileName()));
    return rows.get(id);
  }

  /** Removes an uploaded document while the nomination is still a draft or returned. */
  @Transactional
  public NominationView removeDocument(Actor actor, long id, long documentId) {
    NominationView n = access.readable(actor, id);
    access.requireAuthor(actor, n);
    if (n.status() != Status.DRAFT && n.status() != Status.RETURNED) {
      throw new BusinessRuleViolation("nomination.not-editable");
    }
    NominationView.Document d =
        n.documents().stream()
            .filter(x -> x.id() == documentId)
            .findFirst()
            .orElseThrow(() -> new NotFound("nomination.not-found"));
    jdbc.sql("delete from nomination_document where id = :d and nomination_id = :id")
        .param("d", documentId)
        .param("id", id)
        .update();
    rows.bump(id, actor.getUsername());
    audit.record(
        "nomination.remove-document",
        "nomination",
        id,
        Map.of("doc", d.code(), "fileName", d.fileName()),
        null);
    return rows.get(id);
  }

  /** A dossier document: name, type, bytes. */
  public record File(String fileName, String contentType, byte[] content) {}

  @Transactional(readOnly = true)
  public File document(Actor actor, long id, long documentId) {
    access.readable(actor, id);
    NominationRepository.File f =
        rows.document(id, documentId).orElseThrow(() -> new NotFound("nomination.not-found"));
    return new File(f.fileName(), f.contentType(), f.content());
  }

  // ----------------------------------------------------------------------- transitions

  /**
   * One step of the table: version (409), state (422), then the shared state change (history,
   * audit, event). The caller has read the nomination and checked who acts.
   */
  NominationView move(
      Actor actor,
      NominationView n,
      long version,
      Action action,
      String reason,
      Map<String, Object> columns) {
    StateChange.requireVersion(version, n.version(), "nomination");
    Status to = NominationWorkflow.TABLE.transition(n.status(), action).to();
    return changes.move(
        new StateChange(
            NominationWorkflow.TRACKED,
            n.id(),
            version,
            n.status().name(),
            to.name(),
            action.name(),
            actor == null ? "system" : actor.getUsername(),
            reason,
            columns),
        n,
        () -> rows.get(n.id()));
  }

  /** Refuses an action before any rule of the step when the version or the state is wrong. */
  static void expect(NominationView n, long version, Action action) {
    StateChange.requireVersion(version, n.version(), "nomination");
    NominationWorkflow.TABLE.transition(n.status(), action);
  }

  @Transactional
  public NominationView submit(Actor actor, long id, long version) {
    NominationView n = access.readable(actor, id);
    access.requireAuthor(actor, n);
    expect(n, version, Action.SUBMIT);
    return move(actor, n, version, Action.SUBMIT, null, Map.of());
  }

  /**
   * The office receives a submitted nomination — unless the plan names a lead body of its field
   * within this level: then only once that body has selected it (issue 13).
   */
  @Transactional(noRollbackFor = vn.thidua.kernel.ConflictOfInterest.class)
  public NominationView receive(Actor actor, long id, long version) {
    NominationView n = access.readable(actor, id);
    access.requireOffice(actor, n);
    expect(n, version, Action.RECEIVE);
    if (n.status() == Status.SUBMITTED) {
      Optional<vn.thidua.oversight.ThemeLead> lead = leads.leadFor(n);
      if (lead.isPresent()) {
        throw new BusinessRuleViolation("nomination.awaiting-selection", lead.get().body());
      }
    }
    return move(actor, n, version, Action.RECEIVE, null, Map.of());
  }

  /** The lead body of the field selects the nomination for the level's office (issue 13). */
  @Transactional(noRollbackFor = vn.thidua.kernel.ConflictOfInterest.class)
  public NominationView select(Actor actor, long id, long version, String note) {
    NominationView n = access.readable(actor, id);
    access.requireSelector(actor, n);
    expect(n, version, Action.SELECT);
    String text = VietnameseText.cleanOrNull(note);
    if (text != null && text.length() > 2000) {
      throw BusinessRuleViolation.onField("note", "common.too-long", 2000);
    }
    return move(actor, n, version, Action.SELECT, text, Map.of());
  }

  /** The lead body does not select it: back to the proposer with the reason (issue 13). */
  @Transactional(noRollbackFor = vn.thidua.kernel.ConflictOfInterest.class)
  public NominationView notSelected(Actor actor, long id, long version, String reason) {
    NominationView n = access.readable(actor, id);
    access.requireSelector(actor, n);
    expect(n, version, Action.NOT_SELECTED);
    return move(actor, n, version, Action.NOT_SELECTED, required(reason), Map.of());
  }

  /** The field a nomination names, or null (for its page and the API). */
  public vn.thidua.oversight.Field fieldOf(NominationView n) {
    return leads.field(n.id()).orElse(null);
  }

  /** The body that selects the nomination before the office receives it, or null. */
  public String selectionLead(NominationView n) {
    return leads.leadFor(n).map(vn.thidua.oversight.ThemeLead::body).orElse(null);
  }

  public boolean maySelect(Actor actor, NominationView n) {
    return access.maySelect(actor, n);
  }

  /** Submitted nominations waiting for the actor's body to select them ("Hồ sơ chờ lựa chọn"). */
  @Transactional(readOnly = true)
  public List<NominationView> awaitingSelection(Actor actor) {
    return leads.submittedWithField().stream()
        .map(rows::get)
        .filter(n -> access.maySelect(actor, n))
        .toList();
  }

  @Transactional(noRollbackFor = vn.thidua.kernel.ConflictOfInterest.class)
  public NominationView giveBack(Actor actor, long id, long version, String reason) {
    NominationView n = access.readable(actor, id);
    access.requireOffice(actor, n);
    expect(n, version, Action.RETURN);
    return move(actor, n, version, Action.RETURN, required(reason), Map.of());
  }

  /**
   * Appraisal: the dossier holds every document of the proposal, and the eligibility judged from
   * the records has no failed hard check (the article is named); the judgement is kept.
   */
  @Transactional(noRollbackFor = vn.thidua.kernel.ConflictOfInterest.class)
  public NominationView appraise(Actor actor, long id, long version, String note) {
    NominationView n = access.readable(actor, id);
    access.requireOffice(actor, n);
    expect(n, version, Action.APPRAISE);
    List<String> missing = missing(n, "PROPOSAL");
    if (!missing.isEmpty()) {
      throw new BusinessRuleViolation("nomination.dossier-incomplete", String.join("; ", missing));
    }
    NominationEligibility.Judgement j = eligibility.getObject().judge(n, today());
    EligibilityAnswer.Check failed = j.firstHardFailure();
    if (failed != null) {
      throw new BusinessRuleViolation("nomination.ineligible", failed.message(), failed.citation());
    }
    return move(
        actor,
        n,
        version,
        Action.APPRAISE,
        VietnameseText.cleanOrNull(note),
        Map.of("appraisal", json.writeValueAsString(j.answer())));
  }

  @Transactional(noRollbackFor = vn.thidua.kernel.ConflictOfInterest.class)
  public NominationView reject(Actor actor, long id, long version, String reason) {
    NominationView n = access.readable(actor, id);
    if (!access.mayOffice(actor, n) && !access.mayLead(actor, n)) {
      throw new AccessDeniedException("error.forbidden");
    }
    access.requireImpartial(
        actor,
        n,
        access.mayOffice(actor, n) ? Permission.MANAGE_NOMINATIONS : Permission.DECIDE_AWARDS);
    expect(n, version, Action.REJECT);
    return move(actor, n, version, Action.REJECT, required(reason), Map.of());
  }

  static String required(String reason) {
    String r = VietnameseText.cleanOrNull(reason);
    if (r == null) {
      throw BusinessRuleViolation.onField("reason", "movement.reason-required");
    }
    if (r.length() > 2000) {
      throw BusinessRuleViolation.onField("reason", "common.too-long", 2000);
    }
    return r;
  }

  // ----------------------------------------------------------------------- reads

  @Transactional(readOnly = true)
  public NominationView view(Actor actor, long id) {
    return access.readable(actor, id);
  }

  /** A nomination by id, without a read check (for the other services of this module). */
  public NominationView get(long id) {
    return rows.get(id);
  }

  /** Nominations held at a level (unit code) in a year, those the actor may read. */
  @Transactional(readOnly = true)
  public List<NominationView> list(Actor actor, String unitCode, Integer year) {
    UnitDirectory.Unit unit =
        units.unit(unitCode).orElseThrow(() -> new NotFound("unit.not-found"));
    return rows.idsAtLevel(unit.code(), year).stream()
        .map(rows::get)
        .filter(n -> access.mayRead(actor, n))
        .toList();
  }

  /** Nominations on public notice now: name, unit and form only (public page). */
  @Transactional(readOnly = true)
  public List<NominationView> onNotice() {
    return rows.idsOnNotice().stream().map(rows::get).toList();
  }

  /** A certificate by its verification code, whatever its case (public page). */
  @Transactional(readOnly = true)
  public Optional<NominationView> byCertificate(String code) {
    // As people type or copy it: any case, spaces or dashes between the groups.
    String typed = code == null ? "" : code.replaceAll("[\\s\\u00A0-]", "");
    if (!typed.matches("[A-Za-z0-9]{6,40}")) {
      return Optional.empty();
    }
    return rows.idByCertificate(typed).map(rows::get);
  }

  @Transactional(readOnly = true)
  public List<StateChanges.Entry> history(Actor actor, long id) {
    access.readable(actor, id);
    return changes.history(NominationWorkflow.TRACKED, id);
  }

  public boolean mayAuthor(Actor actor, NominationView n) {
    return access.mayAuthor(actor, n);
  }

  public boolean mayOffice(Actor actor, NominationView n) {
    return access.mayOffice(actor, n);
  }

  public boolean mayLead(Actor actor, NominationView n) {
    return access.mayLead(actor, n);
  }

  public boolean mayVote(Actor actor, NominationView n) {
    return access.mayVote(actor, n);
  }

  /** Whether the actor is the subject (then another member must act). */
  public boolean conflicted(Actor actor, NominationView n) {
    return access.conflicted(actor, n);
  }

  /** The name of a level's authority that may decide the nomination's form, or null. */
  public String authorityHere(NominationView n) {
    return NominationLevels.authority(form(n), n.level());
  }

  /** Whether a council must vote at this level (the rulebook). */
  public boolean councilHere(NominationView n) {
    return form(n).councilAt(access.level(n).councilLevel()).isPresent();
  }

  /** Whether the public notice is held at this level (the rulebook). */
  public boolean noticeHere(NominationView n) {
    return form(n).noticeAt(access.level(n).councilLevel());
  }
}
