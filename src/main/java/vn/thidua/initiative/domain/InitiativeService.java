package vn.thidua.initiative.domain;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.initiative.AuthorRecord;
import vn.thidua.initiative.CouncilView;
import vn.thidua.initiative.InitiativeCommand;
import vn.thidua.initiative.InitiativeFilter;
import vn.thidua.initiative.InitiativeView;
import vn.thidua.initiative.InitiativeView.Scope;
import vn.thidua.initiative.InitiativeView.Status;
import vn.thidua.initiative.RecognitionCommand;
import vn.thidua.initiative.RecognitionView;
import vn.thidua.initiative.ReviewCommand;
import vn.thidua.initiative.ReviewView;
import vn.thidua.initiative.SimilarInitiative;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.ConcurrentChange;
import vn.thidua.kernel.ConflictOfInterest;
import vn.thidua.kernel.FieldChecks;
import vn.thidua.kernel.MessageKey;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.StateChange;
import vn.thidua.kernel.StateChanges;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.Plans;
import vn.thidua.organization.Accounts;
import vn.thidua.organization.Actor;
import vn.thidua.organization.AdministrativeLevel;
import vn.thidua.organization.Impartiality;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.Permission;
import vn.thidua.organization.UnitDirectory;

/**
 * Initiatives: filed with their authors and shares by a unit or a person, reviewed by the council
 * of the level (each reviewer scores the rubric after declaring no conflict of interest),
 * recognised by the leadership with a decision and a scope of effect, later widened by a higher
 * level with the earlier decisions kept. Likely duplicates are found among the initiatives of the
 * same province by trigram similarity of the folded titles.
 */
@Service
public class InitiativeService implements vn.thidua.initiative.InitiativeRecords {

  /** Largest evidence file. */
  public static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

  /** Evidence types: documents, spreadsheets and photographs. */

  /**
   * Trigram similarity of folded titles from which an initiative is shown as a likely duplicate.
   * Tuned on the acceptance example (0.75) against unrelated titles of the same vocabulary (at most
   * 0.34): see InitiativeIT.
   */
  public static final double DUPLICATE_THRESHOLD = 0.45;

  private final JdbcClient jdbc;
  private final OrganizationDirectory organizations;
  private final UnitDirectory units;
  private final Plans plans;
  private final AuditTrail audit;
  private final StateChanges changes;
  private final Clock clock;
  private final Impartiality impartiality;
  private final Accounts accounts;
  private final MessageSource messages;
  private final vn.thidua.kernel.TextLimits limits;

  InitiativeService(
      JdbcClient jdbc,
      OrganizationDirectory organizations,
      UnitDirectory units,
      Plans plans,
      AuditTrail audit,
      StateChanges changes,
      Clock clock,
      Impartiality impartiality,
      Accounts accounts,
      MessageSource messages,
      vn.thidua.kernel.TextLimits limits) {
    this.limits = limits;
    this.impartiality = impartiality;
    this.accounts = accounts;
    this.messages = messages;
    this.changes = changes;
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.units = units;
    this.plans = plans;
    this.audit = audit;
    this.clock = clock;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(VietnameseDates.ZONE));
  }

  // ----- filing

  /** Files a new initiative as a draft. */
  @Transactional
  public InitiativeView create(Actor actor, InitiativeCommand command) {
    OrganizationView org = organizationFor(actor, command.organizationId());
    Clean c = clean(actor, command);
    long id =
        jdbc.sql(
                """
                insert into initiative (title, title_folded, text_folded, field, movement_id, theme, organization_id,
                  unit_code, path, year, applied_on, problem, solution, novelty, effect, status, created_by, updated_by)
                values (:title, :tf, :xf, :field, :m, :theme, :o, :u, :p, :y, :applied, :problem, :solution, :novelty,
                  :effect, 'DRAFT', :who, :who) returning id
                """)
            .params(c.params())
            .param("o", org.id())
            .param("u", org.unitCode())
            .param("p", org.path())
            .param("y", today().getYear())
            .param("who", actor.getUsername())
            .query(Long.class)
            .single();
    writeAuthors(id, c.authors());
    InitiativeView after = get(id);
    changes.record(
        InitiativeWorkflow.TRACKED,
        id,
        InitiativeWorkflow.Action.CREATE.name(),
        null,
        Status.DRAFT.name(),
        actor.getUsername(),
        null,
        null,
        after);
    return after;
  }

  /** Edits a draft or returned initiative. */
  @Transactional
  public InitiativeView update(Actor actor, long id, InitiativeCommand command) {
    InitiativeView before = view(actor, id);
    requireFiler(actor, before);
    if (!before.open()) {
      throw new BusinessRuleViolation("initiative.not-editable");
    }
    if (command.version() != null && command.version() != before.version()) {
      throw new ConcurrentChange("initiative");
    }
    OrganizationView org =
        command.organizationId() == null || command.organizationId() == before.organizationId()
            ? organizations.organization(before.organizationId()).orElseThrow()
            : organizationFor(actor, command.organizationId());
    Clean c = clean(actor, command);
    int changed =
        jdbc.sql(
                """
                update initiative set title = :title, title_folded = :tf, text_folded = :xf, field = :field,
                  movement_id = :m, theme = :theme, organization_id = :o, unit_code = :u, path = :p,
                  applied_on = :applied, problem = :problem, solution = :solution, novelty = :novelty, effect = :effect,
                  version = version + 1, updated_at = now(), updated_by = :who
                where id = :id and version = :v
                """)
            .params(c.params())
            .param("o", org.id())
            .param("u", org.unitCode())
            .param("p", org.path())
            .param("who", actor.getUsername())
            .param("id", id)
            .param("v", before.version())
            .update();
    if (changed == 0) {
      throw new ConcurrentChange("initiative");
    }
    jdbc.sql("delete from initiative_author where initiative_id = :id").param("id", id).update();
    writeAuthors(id, c.authors());
    InitiativeView after = get(id);
    audit.record("initiative.edit", "initiative", id, before, after);
    return after;
  }

  private OrganizationView organizationFor(Actor actor, Long organizationId) {
    if (organizationId == null) {
      throw BusinessRuleViolation.onField("organizationId", "person.organization-required");
    }
    OrganizationView org =
        organizations
            .organization(organizationId)
            .filter(OrganizationView::active)
            .orElseThrow(() ->
                BusinessRuleViolation.onField("organizationId", "person.organization-unknown"));
    if (!actor.may(Permission.FILE_INITIATIVES, org.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    return org;
  }

  private record Clean(Map<String, Object> params, List<InitiativeView.Author> authors) {}

  private Clean clean(Actor actor, InitiativeCommand command) {
    // Every field's error at once (issue 12).
    FieldChecks checks = new FieldChecks();
    String title = VietnameseText.cleanOrNull(command.title());
    checks.reject(title == null, "title", "initiative.title-required");
    limits.check(checks, "title", title, "initiative", "title");
    checks.reject(command.field() == null, "field", "initiative.field-required");
    String theme = VietnameseText.cleanOrNull(command.theme());
    limits.check(checks, "theme", theme, "initiative", "theme");
    if (command.movementId() != null) {
      MovementView m = plans.readable(actor, command.movementId()).orElse(null);
      checks.reject(m == null, "movementId", "movement.not-found");
      if (m != null && theme != null) {
        List<String> themes =
            plans.currentDocument(m.id()).themes().stream()
                .map(PlanDocument.Theme::title)
                .filter(t -> t != null)
                .toList();
        checks.reject(
            !themes.isEmpty() && !themes.contains(theme), "theme", "report.theme-unknown", theme);
      }
    }
    checks.reject(
        command.appliedOn() != null && command.appliedOn().isAfter(today()),
        "appliedOn",
        "initiative.applied-in-future");
    String problem = checks.get(() -> longText(command.problem(), "problem"));
    String solution = checks.get(() -> longText(command.solution(), "solution"));
    String novelty = checks.get(() -> longText(command.novelty(), "novelty"));
    String effect = checks.get(() -> longText(command.effect(), "effect"));
    List<InitiativeView.Author> authors = checks.get(() -> authors(actor, command.authors()));
    checks.check();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("title", title);
    p.put("tf", VietnameseText.fold(title));
    p.put(
        "xf",
        VietnameseText.fold(
            String.join(
                " ",
                title,
                problem == null ? "" : problem,
                solution == null ? "" : solution,
                novelty == null ? "" : novelty)));
    p.put("field", command.field().name());
    p.put("m", command.movementId());
    p.put("theme", theme);
    p.put("applied", command.appliedOn() == null ? null : Date.valueOf(command.appliedOn()));
    p.put("problem", problem);
    p.put("solution", solution);
    p.put("novelty", novelty);
    p.put("effect", effect);
    return new Clean(p, authors);
  }

  private static String longText(String text, String field) {
    String t = text == null ? null : VietnameseText.nfc(text).strip();
    if (t == null || t.isEmpty()) {
      return null;
    }
    if (t.length() > InitiativeCommand.LONG_TEXT) {
      throw BusinessRuleViolation.onField(
          field, "error.text-too-long", InitiativeCommand.LONG_TEXT, t.length());
    }
    return t;
  }

  /**
   * Authors must be named once each, with shares above zero adding up to exactly 100 %. A person
   * named as author must be someone the filer may name: in the commune (or organisation) of one of
   * the filer's scopes, or the filer themselves; anyone else answers like an unknown id, so that no
   * name or organisation of another commune is revealed.
   */
  private List<InitiativeView.Author> authors(
      Actor actor, List<InitiativeCommand.AuthorCommand> given) {
    List<InitiativeView.Author> out = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (InitiativeCommand.AuthorCommand a :
        given == null ? List.<InitiativeCommand.AuthorCommand>of() : given) {
      if (a == null || (a.personId() == null && VietnameseText.cleanOrNull(a.fullName()) == null)) {
        continue;
      }
      if (a.share() == null
          || a.share().signum() <= 0
          || a.share().compareTo(BigDecimal.valueOf(100)) > 0) {
        throw BusinessRuleViolation.onField("authors", "initiative.share-invalid");
      }
      String name;
      String orgName = null;
      if (a.personId() != null) {
        if (!seen.add(a.personId())) {
          throw BusinessRuleViolation.onField("authors", "initiative.author-twice");
        }
        Person p =
            person(a.personId())
                .filter(Person::active)
                .filter(x -> mayName(actor, x))
                .orElseThrow(
                    () -> BusinessRuleViolation.onField("authors", "initiative.author-unknown"));
        name = p.fullName();
        orgName = p.organizationName();
      } else {
        name = VietnameseText.clean(a.fullName());
      }
      out.add(new InitiativeView.Author(a.personId(), name, orgName, a.share()));
      sum = sum.add(a.share());
    }
    if (out.isEmpty()) {
      throw BusinessRuleViolation.onField("authors", "initiative.authors-required");
    }
    if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
      throw BusinessRuleViolation.onField(
          "authors", "initiative.shares-not-100", sum.stripTrailingZeros().toPlainString());
    }
    return out;
  }

  private void writeAuthors(long id, List<InitiativeView.Author> authors) {
    int i = 0;
    for (InitiativeView.Author a : authors) {
      jdbc.sql(
              "insert into initiative_author (initiative_id, position, person_id, full_name, organization_name, share) values (:id, :pos, :p, :n, :o, :s)")
          .param("id", id)
          .param("pos", i++)
          .param("p", a.personId())
          .param("n", a.fullName())
          .param("o", a.organizationName())
          .param("s", a.share())
          .update();
    }
  }

  /** A person of the directory, as far as this module needs one. */
  record Person(
      long id,
      String fullName,
      long organizationId,
      String organizationName,
      String path,
      boolean active) {}

  Optional<Person> person(long id) {
    return jdbc.sql(
            "select p.id, p.full_name, p.organization_id, o.name, p.path, p.active from person p join organization o on o.id = p.organization_id where p.id = :id")
        .param("id", id)
        .query((rs, i) ->
            new Person(
                rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                rs.getBoolean(6)))
        .optional();
  }

  /** Whether the filer may name this person as an author (see {@link #authorChoices}). */
  private static boolean mayName(Actor actor, Person p) {
    if (actor.personId() != null && actor.personId() == p.id()) {
      return true;
    }
    return actor.scopesFor(Permission.FILE_INITIATIVES).stream()
        .anyMatch(scope -> p.path().startsWith(communePathOf(scope)));
  }

  /** People an author may be chosen from: those under the actor's filing scopes, at most 500. */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> authorChoices(Actor actor) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String scope : actor.scopesFor(Permission.FILE_INITIATIVES)) {
      String communePath = communePathOf(scope);
      out.addAll(
          jdbc.sql(
                  """
                  select p.id, p.full_name, o.name as organization from person p join organization o on o.id = p.organization_id
                  where p.active and p.path like :p order by p.sort_key limit 500
                  """)
              .param("p", like(communePath))
              .query()
              .listOfRows());
    }
    return out.stream().distinct().toList();
  }

  /** Organisations the actor may file for (id and name), in order, at most 500. */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> filingOrganizations(Actor actor) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String scope : actor.scopesFor(Permission.FILE_INITIATIVES)) {
      out.addAll(
          jdbc.sql(
                  "select id, name from organization where active and path like :p order by sort_key limit 500")
              .param("p", like(scope))
              .query()
              .listOfRows());
    }
    return out.stream().distinct().toList();
  }

  /**
   * The path of the administrative unit a scope lies in ("/VN/31/10816/o1001/" → "/VN/31/10816/").
   */
  private static String communePathOf(String scope) {
    int o = scope.indexOf("/o");
    return o < 0 ? scope : scope.substring(0, o + 1);
  }

  private static String like(String path) {
    return path.replace("%", "\\%").replace("_", "\\_") + "%";
  }

  // ----- evidence

  /**
   * Files a new initiative with its evidence at once (the filer attaches before the first save):
   * one transaction, so a refused file leaves no initiative behind.
   */
  @Transactional
  public InitiativeView create(
      Actor actor, InitiativeCommand command, String fileName, String contentType, byte[] content) {
    InitiativeView created = create(actor, command);
    if (content == null || content.length == 0) {
      return created;
    }
    return attach(actor, created.id(), fileName, contentType, content);
  }

  /** Adds an evidence file while the initiative is a draft or returned. */
  @Transactional
  public InitiativeView attach(
      Actor actor, long id, String fileName, String contentType, byte[] content) {
    InitiativeView i = view(actor, id);
    requireFiler(actor, i);
    if (!i.open()) {
      throw new BusinessRuleViolation("initiative.not-editable");
    }
    vn.thidua.document.Uploads.Checked file =
        vn.thidua.document.Uploads.check(
            fileName,
            content,
            MAX_ATTACHMENT_BYTES,
            vn.thidua.document.Uploads.DOCUMENTS,
            "report.file-type");
    String name = file.fileName();
    long a =
        jdbc.sql(
                """
                insert into initiative_attachment (initiative_id, file_name, content_type, size_bytes, content, uploaded_by)
                values (:i, :n, :t, :s, :c, :who) returning id
                """)
            .param("i", id)
            .param("n", name)
            .param("t", file.contentType())
            .param("s", content.length)
            .param("c", content)
            .param("who", actor.getUsername())
            .query(Long.class)
            .single();
    jdbc.sql("update initiative set version = version + 1, updated_at = now() where id = :id")
        .param("id", id)
        .update();
    audit.record(
        "initiative.attach", "initiative", id, null, Map.of("attachment", a, "fileName", name));
    return get(id);
  }

  /**
   * Removes an evidence file while the initiative is still the filer's (a draft, or returned to be
   * fixed); once sent, its files are part of the record and stay.
   */
  @Transactional
  public InitiativeView detach(Actor actor, long id, long attachmentId) {
    InitiativeView i = view(actor, id);
    requireFiler(actor, i);
    if (!i.open()) {
      throw new BusinessRuleViolation("initiative.not-editable");
    }
    String name =
        jdbc.sql(
                "delete from initiative_attachment where id = :a and initiative_id = :i returning file_name")
            .param("a", attachmentId)
            .param("i", id)
            .query(String.class)
            .optional()
            .orElseThrow(() -> new vn.thidua.kernel.NotFound("error.not-found"));
    jdbc.sql("update initiative set version = version + 1, updated_at = now() where id = :id")
        .param("id", id)
        .update();
    audit.record(
        "initiative.detach",
        "initiative",
        id,
        Map.of("attachment", attachmentId, "fileName", name),
        null);
    return get(id);
  }

  /** An evidence file: name, type and bytes. */
  public record File(String fileName, String contentType, byte[] content) {}

  @Transactional(readOnly = true)
  public File attachment(Actor actor, long id, long attachmentId) {
    view(actor, id);
    return jdbc.sql(
            "select file_name, content_type, content from initiative_attachment where id = :a and initiative_id = :i")
        .param("a", attachmentId)
        .param("i", id)
        .query((rs, n) -> new File(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .optional()
        .orElseThrow(() -> new NotFound("initiative.not-found"));
  }

  // ----- workflow

  /** Sends a draft or returned initiative for review. */
  @Transactional
  public InitiativeView submit(Actor actor, long id, long version) {
    InitiativeView i = view(actor, id);
    requireFiler(actor, i);
    StateChange.requireVersion(version, i.version(), "initiative");
    InitiativeWorkflow.TABLE.transition(i.status(), InitiativeWorkflow.Action.SUBMIT);
    if (i.solution() == null) {
      throw BusinessRuleViolation.onField("solution", "initiative.solution-required");
    }
    if (i.effect() == null) {
      throw BusinessRuleViolation.onField("effect", "initiative.effect-required");
    }
    return move(
        actor,
        i,
        version,
        InitiativeWorkflow.Action.SUBMIT,
        null,
        Map.of("submitted_at", Timestamp.from(clock.instant())));
  }

  /** The standing office of the level opens the council's review. */
  @Transactional
  public InitiativeView startReview(Actor actor, long id, long version) {
    InitiativeView i = view(actor, id);
    requireManager(actor, i);
    return move(actor, i, version, InitiativeWorkflow.Action.START_REVIEW, null, Map.of());
  }

  /** The standing office returns the initiative to its authors with a reason. */
  @Transactional
  public InitiativeView giveBack(Actor actor, long id, long version, String reason) {
    InitiativeView i = view(actor, id);
    requireManager(actor, i);
    StateChange.requireVersion(version, i.version(), "initiative");
    InitiativeWorkflow.TABLE.transition(i.status(), InitiativeWorkflow.Action.RETURN);
    String r = required(reason);
    return move(actor, i, version, InitiativeWorkflow.Action.RETURN, r, Map.of());
  }

  /** The leadership decides not to recognise it, with a reason. */
  @Transactional(noRollbackFor = ConflictOfInterest.class)
  public InitiativeView refuse(Actor actor, long id, long version, String reason) {
    InitiativeView i = view(actor, id);
    if (!actor.may(Permission.DECIDE_INITIATIVES, levelPath(i, Scope.BASE))) {
      throw new AccessDeniedException("error.forbidden");
    }
    StateChange.requireVersion(version, i.version(), "initiative");
    InitiativeWorkflow.TABLE.transition(i.status(), InitiativeWorkflow.Action.REFUSE);
    refuseIfConflicted(actor, i, "REFUSE", caseOf(i, false), deciders(actor, i, Scope.BASE));
    String r = required(reason);
    return move(actor, i, version, InitiativeWorkflow.Action.REFUSE, r, Map.of());
  }

  private static String required(String reason) {
    String r = VietnameseText.cleanOrNull(reason);
    if (r == null) {
      throw BusinessRuleViolation.onField("reason", "movement.reason-required");
    }
    return r;
  }

  /**
   * Records a recognition decision: the first one (from review, after the council's minimum of
   * scores), or a wider scope for an initiative already recognised. Each scope needs a decider of
   * its level: the commune (or agency) for BASE, the province for PROVINCE, the nation for
   * NATIONAL. Earlier decisions are kept.
   */
  @Transactional(noRollbackFor = ConflictOfInterest.class)
  public InitiativeView recognise(Actor actor, long id, RecognitionCommand command) {
    InitiativeView i = view(actor, id);
    if (!actor.may(Permission.DECIDE_INITIATIVES)) {
      throw new AccessDeniedException("error.forbidden");
    }
    if (command.scope() == null) {
      throw BusinessRuleViolation.onField("scope", "initiative.scope-required");
    }
    if (!actor.may(Permission.DECIDE_INITIATIVES, levelPath(i, command.scope()))) {
      throw new AccessDeniedException("error.forbidden");
    }
    InitiativeWorkflow.Action action =
        i.status() == Status.RECOGNISED
            ? InitiativeWorkflow.Action.WIDEN
            : InitiativeWorkflow.Action.RECOGNISE;
    long version = command.version() == null ? i.version() : command.version();
    StateChange.requireVersion(version, i.version(), "initiative");
    InitiativeWorkflow.TABLE.transition(i.status(), action);
    if (i.status() == Status.RECOGNISED && command.scope().compareTo(i.scope()) <= 0) {
      throw BusinessRuleViolation.onField("scope", "initiative.scope-not-wider");
    }
    refuseIfConflicted(
        actor, i, "RECOGNISE", caseOf(i, false), deciders(actor, i, command.scope()));
    if (i.status() == Status.UNDER_REVIEW) {
      int needed = council(i.unitCode()).minReviews();
      long scored = memberScores(i);
      if (scored < needed) {
        throw new BusinessRuleViolation("initiative.reviews-missing", scored, needed);
      }
    }
    String number = VietnameseText.cleanOrNull(command.decisionNumber());
    if (number == null) {
      throw BusinessRuleViolation.onField("decisionNumber", "initiative.decision-required");
    }
    String signer = VietnameseText.cleanOrNull(command.signer());
    if (signer == null) {
      throw BusinessRuleViolation.onField("signer", "initiative.signer-required");
    }
    if (command.decisionDate() == null) {
      throw BusinessRuleViolation.onField("decisionDate", "initiative.decision-date-required");
    }
    if (command.decisionDate().isAfter(today())) {
      throw BusinessRuleViolation.onField("decisionDate", "initiative.date-in-future");
    }
    LocalDate countsFrom =
        command.countsFrom() == null ? command.decisionDate() : command.countsFrom();
    if (i.decisionDate() != null && command.decisionDate().isBefore(i.decisionDate())) {
      throw BusinessRuleViolation.onField("decisionDate", "initiative.decision-before-earlier");
    }
    jdbc.sql(
            """
            insert into initiative_recognition (initiative_id, scope, decision_number, decision_date, signer, counts_from, recorded_by)
            values (:i, :s, :n, :d, :g, :c, :who)
            """)
        .param("i", id)
        .param("s", command.scope().name())
        .param("n", number)
        .param("d", Date.valueOf(command.decisionDate()))
        .param("g", signer)
        .param("c", Date.valueOf(countsFrom))
        .param("who", actor.getUsername())
        .update();
    Map<String, Object> set = new LinkedHashMap<>();
    set.put("scope", command.scope().name());
    set.put("decision_number", number);
    set.put("decision_date", Date.valueOf(command.decisionDate()));
    set.put("signer", signer);
    set.put("counts_from", Date.valueOf(countsFrom));
    return move(actor, i, version, action, number, set);
  }

  /** The path a decider of this scope must hold: the unit, its province, or the nation. */
  private String levelPath(InitiativeView i, Scope scope) {
    UnitDirectory.Unit unit = units.unit(i.unitCode()).orElseThrow();
    return switch (scope) {
      case BASE -> unit.path();
      case PROVINCE ->
          unit.level() == AdministrativeLevel.COMMUNE
              ? units.unit(unit.parentCode()).map(UnitDirectory.Unit::path).orElse(unit.path())
              : unit.path();
      case NATIONAL -> "/VN/";
    };
  }

  /** One step of the table: version, state, then the shared state change. */
  private InitiativeView move(
      Actor actor,
      InitiativeView i,
      long version,
      InitiativeWorkflow.Action action,
      String reason,
      Map<String, Object> set) {
    StateChange.requireVersion(version, i.version(), "initiative");
    Status to = InitiativeWorkflow.TABLE.transition(i.status(), action).to();
    return changes.move(
        new StateChange(
            InitiativeWorkflow.TRACKED,
            i.id(),
            version,
            i.status().name(),
            to.name(),
            action.name(),
            actor.getUsername(),
            reason,
            set),
        i,
        () -> get(i.id()));
  }

  /** What was done to an initiative, oldest first. */
  @Transactional(readOnly = true)
  public List<StateChanges.Entry> history(Actor actor, long id) {
    view(actor, id);
    return changes.history(InitiativeWorkflow.TRACKED, id);
  }

  @Override
  @Transactional(readOnly = true)
  public List<vn.thidua.initiative.InitiativeRecords.PublicInitiative> recognised() {
    return jdbc.sql(
            """
            select i.id, i.title, o.name as unit, u.name as place, i.scope, i.year,
              i.decision_number, i.decision_date
            from initiative i
            join organization o on o.id = i.organization_id
            join administrative_unit u on u.code = i.unit_code
            where i.status = 'RECOGNISED' and i.decision_date is not null
            order by i.decision_date desc, i.id desc
            """)
        .query((rs, n) ->
            new vn.thidua.initiative.InitiativeRecords.PublicInitiative(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getInt(6),
                rs.getString(7),
                rs.getDate(8).toLocalDate()))
        .list();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<vn.thidua.initiative.InitiativeRecords.Counted> counted(long initiativeId) {
    return jdbc.sql(
            """
            select i.id, i.organization_id, extract(year from i.decision_date)::int
            from initiative i
            where i.id = :id and i.status = 'RECOGNISED' and i.decision_date is not null
            """)
        .param("id", initiativeId)
        .query((rs, n) ->
            new vn.thidua.initiative.InitiativeRecords.Counted(
                rs.getLong(1), rs.getLong(2), rs.getInt(3)))
        .optional();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<vn.thidua.initiative.InitiativeRecords.ModelCounted> modelCounted(long modelId) {
    Optional<Long> org =
        jdbc.sql("select organization_id from exemplary_model where id = :id")
            .param("id", modelId)
            .query(Long.class)
            .optional();
    if (org.isEmpty()) {
      return Optional.empty();
    }
    java.util.Set<Integer> years =
        new java.util.HashSet<>(
            jdbc.sql(
                    """
                    select extract(year from published_at at time zone 'Asia/Ho_Chi_Minh')::int
                    from exemplary_model where id = :id and published_at is not null
                    union
                    select extract(year from coalesce(started_on,
                      (recorded_at at time zone 'Asia/Ho_Chi_Minh')::date))::int
                    from exemplary_model_replication where model_id = :id
                    """)
                .param("id", modelId)
                .query(Integer.class)
                .list());
    return Optional.of(
        new vn.thidua.initiative.InitiativeRecords.ModelCounted(modelId, org.get(), years));
  }

  @Override
  @Transactional(readOnly = true)
  public int publishedModelCount(long organizationId, int year) {
    return jdbc.sql(
            """
            select count(*) from exemplary_model m
            where m.organization_id = :o and m.status = 'PUBLISHED' and m.published_at is not null
              and extract(year from m.published_at at time zone 'Asia/Ho_Chi_Minh') = :y
            """)
        .param("o", organizationId)
        .param("y", year)
        .query(Integer.class)
        .single();
  }

  @Override
  @Transactional(readOnly = true)
  public int replicationCount(long organizationId, int year) {
    return jdbc.sql(
            """
            select count(*) from exemplary_model_replication r
            join exemplary_model m on m.id = r.model_id
            where m.organization_id = :o and m.status in ('APPROVED', 'PUBLISHED')
              and extract(year from coalesce(r.started_on,
                (r.recorded_at at time zone 'Asia/Ho_Chi_Minh')::date)) = :y
            """)
        .param("o", organizationId)
        .param("y", year)
        .query(Integer.class)
        .single();
  }

  @Override
  @Transactional(readOnly = true)
  public int recognisedCount(long organizationId, int year) {
    return jdbc.sql(
            """
            select count(*) from initiative i
            where i.organization_id = :o and i.status = 'RECOGNISED' and i.decision_date is not null
              and extract(year from i.decision_date) = :y
            """)
        .param("o", organizationId)
        .param("y", year)
        .query(Integer.class)
        .single();
  }

  @Override
  @Transactional(readOnly = true)
  public vn.thidua.initiative.InitiativeRecords.Period period(
      String unitPath, int fromYear, int toYear) {
    List<vn.thidua.initiative.InitiativeRecords.PublicInitiative> recognised =
        jdbc.sql(
                """
                select i.id, i.title, o.name as unit, u.name as place, i.scope, i.year,
                  i.decision_number, i.decision_date
                from initiative i
                join organization o on o.id = i.organization_id
                join administrative_unit u on u.code = i.unit_code
                where i.status = 'RECOGNISED' and i.decision_date is not null
                  and i.path like :p
                  and extract(year from i.decision_date) between :f and :t
                order by i.decision_date, i.id
                """)
            .param("p", unitPath + "%")
            .param("f", fromYear)
            .param("t", toYear)
            .query((rs, n) ->
                new vn.thidua.initiative.InitiativeRecords.PublicInitiative(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getInt(6),
                    rs.getString(7),
                    rs.getDate(8).toLocalDate()))
            .list();
    List<String> models =
        jdbc.sql(
                """
                select m.title from exemplary_model m
                where m.status = 'PUBLISHED' and m.path like :p and m.published_at is not null
                  and extract(year from m.published_at at time zone 'Asia/Ho_Chi_Minh') between :f and :t
                order by m.published_at, m.id
                """)
            .param("p", unitPath + "%")
            .param("f", fromYear)
            .param("t", toYear)
            .query(String.class)
            .list();
    return new vn.thidua.initiative.InitiativeRecords.Period(recognised, models);
  }

  @Override
  @Transactional(readOnly = true)
  public java.util.Map<Long, List<vn.thidua.initiative.InitiativeRecords.Recognition>>
      recognitionsOfAuthors(java.util.Collection<Long> people) {
    java.util.Map<Long, List<vn.thidua.initiative.InitiativeRecords.Recognition>> out =
        new java.util.HashMap<>();
    if (people.isEmpty()) {
      return out;
    }
    jdbc.sql(
            """
            select a.person_id, r.initiative_id, i.title, r.scope, r.decision_number, r.decision_date,
              r.signer, r.counts_from
            from initiative_recognition r
            join initiative i on i.id = r.initiative_id
            join initiative_author a on a.initiative_id = r.initiative_id
            where a.person_id = any(:p) order by r.counts_from, r.id
            """)
        .param("p", people.toArray(new Long[0]))
        .query(rs -> {
          out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
              .add(
                  new vn.thidua.initiative.InitiativeRecords.Recognition(
                      rs.getLong(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getDate(6).toLocalDate(),
                      rs.getString(7),
                      rs.getDate(8).toLocalDate()));
        });
    return out;
  }

  @Override
  @Transactional(readOnly = true)
  public List<vn.thidua.initiative.InitiativeRecords.Recognition> recognitionsOfAuthor(
      long personId) {
    return jdbc.sql(
            """
            select r.initiative_id, i.title, r.scope, r.decision_number, r.decision_date, r.signer,
              r.counts_from
            from initiative_recognition r
            join initiative i on i.id = r.initiative_id
            join initiative_author a on a.initiative_id = r.initiative_id
            where a.person_id = :p order by r.counts_from, r.id
            """)
        .param("p", personId)
        .query((rs, n) ->
            new vn.thidua.initiative.InitiativeRecords.Recognition(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getDate(5).toLocalDate(),
                rs.getString(6),
                rs.getDate(7).toLocalDate()))
        .list();
  }

  /** Every recognition decision, oldest first. */
  @Transactional(readOnly = true)
  public List<RecognitionView> recognitions(Actor actor, long id) {
    view(actor, id);
    return jdbc.sql(
            "select scope, decision_number, decision_date, signer, counts_from, recorded_by, recorded_at from initiative_recognition where initiative_id = :id order by id")
        .param("id", id)
        .query((rs, n) ->
            new RecognitionView(
                Scope.valueOf(rs.getString(1)),
                rs.getString(2),
                rs.getDate(3).toLocalDate(),
                rs.getString(4),
                rs.getDate(5).toLocalDate(),
                rs.getString(6),
                rs.getTimestamp(7).toInstant()))
        .list();
  }

  // ----- review

  /**
   * A member of the level's council scores the initiative (or declares a conflict and does not
   * score). Someone who is not a member is refused, naming the members. An author, a relative an
   * author or the reviewer declared, a member of the filing organisation or a colleague of an
   * author's organisation is refused with the reason and the other members who may score, and the
   * recusal stays in the history. A reviewer who does not declare the absence of a conflict is
   * refused. A reviewer may change the scores until the decision.
   */
  @Transactional(noRollbackFor = ConflictOfInterest.class)
  public ReviewView review(Actor actor, long id, ReviewCommand command) {
    InitiativeView i = view(actor, id);
    if (!actor.may(Permission.REVIEW_INITIATIVES, i.unitPath())) {
      throw new AccessDeniedException("error.forbidden");
    }
    if (i.status() != Status.UNDER_REVIEW) {
      throw new BusinessRuleViolation("initiative.not-under-review");
    }
    CouncilView council = council(i.unitCode());
    if (council.members().stream().noneMatch(m -> m.username().equals(actor.getUsername()))) {
      throw new BusinessRuleViolation(
          "initiative.review.not-member", memberNames(council.members(), null));
    }
    Impartiality.Case reviewCase = caseOf(i, true);
    refuseIfConflicted(actor, i, "REVIEW", reviewCase, otherReviewers(actor, council, reviewCase));
    Map<String, Object> before =
        jdbc
            .sql(
                "select * from initiative_review where initiative_id = :i and reviewer_user_id = :u")
            .param("i", id)
            .param("u", actor.userId())
            .query()
            .listOfRows()
            .stream()
            .findFirst()
            .orElse(null);
    Integer n = null;
    Integer e = null;
    Integer r = null;
    BigDecimal total = null;
    if (!command.declaresConflict()) {
      if (!command.declaresNoConflict()) {
        throw BusinessRuleViolation.onField(
            "noConflictDeclared", "initiative.review.declaration-required");
      }
      n = score(command.novelty(), "novelty");
      e = score(command.effect(), "effect");
      r = score(command.replicability(), "replicability");
      CouncilView c = council(i.unitCode());
      total =
          ReviewPolicy.total(n, e, r, c.noveltyWeight(), c.effectWeight(), c.replicabilityWeight());
    }
    String comment =
        command.comment() == null ? null : VietnameseText.nfc(command.comment()).strip();
    jdbc.sql(
            """
            insert into initiative_review (initiative_id, reviewer_user_id, reviewer_name, reviewer_person_id, conflict,
              novelty, effect, replicability, total, comment)
            values (:i, :u, :name, :p, :c, :n, :e, :r, :t, :comment)
            on conflict (initiative_id, reviewer_user_id) do update set conflict = excluded.conflict,
              novelty = excluded.novelty, effect = excluded.effect, replicability = excluded.replicability,
              total = excluded.total, comment = excluded.comment, reviewed_at = now()
            """)
        .param("i", id)
        .param("u", actor.userId())
        .param("name", actor.displayName())
        .param("p", actor.personId())
        .param("c", command.declaresConflict())
        .param("n", n)
        .param("e", e)
        .param("r", r)
        .param("t", total)
        .param("comment", comment == null || comment.isEmpty() ? null : comment)
        .update();
    ReviewView after =
        reviews(id).stream()
            .filter(x -> x.reviewerName().equals(actor.displayName()))
            .reduce((a, b) -> b)
            .orElseThrow();
    changes.record(
        InitiativeWorkflow.TRACKED,
        id,
        (command.declaresConflict()
                ? InitiativeWorkflow.Action.CONFLICT
                : InitiativeWorkflow.Action.REVIEW)
            .name(),
        i.status().name(),
        i.status().name(),
        actor.getUsername(),
        null,
        before,
        after);
    return after;
  }

  private static int score(Integer value, String field) {
    if (value == null || value < 0 || value > ReviewPolicy.MAX_SCORE) {
      throw BusinessRuleViolation.onField(
          field, "initiative.review.score-range", ReviewPolicy.MAX_SCORE);
    }
    return value;
  }

  /** Whether the actor may score (role and no conflict). */
  public boolean mayReview(Actor actor, InitiativeView i) {
    return i.status() == Status.UNDER_REVIEW
        && actor.may(Permission.REVIEW_INITIATIVES, i.unitPath());
  }

  @Transactional(readOnly = true)
  public List<ReviewView> reviews(Actor actor, long id) {
    view(actor, id);
    return reviews(id);
  }

  private List<ReviewView> reviews(long id) {
    return jdbc.sql(
            "select id, reviewer_name, conflict, novelty, effect, replicability, total, comment, reviewed_at from initiative_review where initiative_id = :i order by id")
        .param("i", id)
        .query((rs, n) ->
            new ReviewView(
                rs.getLong(1),
                rs.getString(2),
                rs.getBoolean(3),
                rs.getObject(4, Integer.class),
                rs.getObject(5, Integer.class),
                rs.getObject(6, Integer.class),
                rs.getBigDecimal(7),
                rs.getString(8),
                rs.getTimestamp(9).toInstant()))
        .list();
  }

  // ----- councils

  /**
   * The council of a level: its rubric weights (default 40/40/20), minimum of reviews (2) and
   * members.
   */
  @Transactional(readOnly = true)
  public CouncilView council(String unitCode) {
    List<CouncilView.Member> members = members(unitCode);
    return jdbc.sql(
            "select unit_code, novelty_weight, effect_weight, replicability_weight, min_reviews, version from initiative_council where unit_code = :u")
        .param("u", unitCode)
        .query((rs, n) ->
            new CouncilView(
                rs.getString(1),
                rs.getInt(2),
                rs.getInt(3),
                rs.getInt(4),
                rs.getInt(5),
                rs.getLong(6),
                members))
        .optional()
        .orElse(new CouncilView(unitCode, 40, 40, 20, 2, 0, members));
  }

  /**
   * The council of a level as someone of that level (or below, or above) reads it; a level the
   * actor has nothing to do with answers like an unknown one.
   */
  @Transactional(readOnly = true)
  public CouncilView council(Actor actor, String unitCode) {
    return council(councilUnit(actor, unitCode).code());
  }

  private UnitDirectory.Unit councilUnit(Actor actor, String unitCode) {
    return units
        .unit(unitCode)
        .filter(u ->
            actor.grants().stream()
                .anyMatch(
                    g -> g.scopePath().startsWith(u.path()) || u.path().startsWith(g.scopePath())))
        .orElseThrow(() -> new NotFound("unit.not-found"));
  }

  private List<CouncilView.Member> members(String unitCode) {
    return jdbc.sql(
            "select username, display_name from initiative_council_member where unit_code = :u order by display_name, username")
        .param("u", unitCode)
        .query((rs, n) -> new CouncilView.Member(rs.getString(1), rs.getString(2)))
        .list();
  }

  /**
   * The standing office of the level adds a member: a user holding the review permission over the
   * level (a council member, or a leader or officer sitting on the council).
   */
  @Transactional
  public CouncilView addMember(Actor actor, String unitCode, String username) {
    UnitDirectory.Unit unit = councilUnit(actor, unitCode);
    if (!actor.may(Permission.MANAGE_INITIATIVES, unit.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    Actor member =
        accounts
            .findActor(name)
            .filter(Actor::isEnabled)
            .filter(a -> a.may(Permission.REVIEW_INITIATIVES, unit.path()))
            .orElseThrow(() ->
                BusinessRuleViolation.onField(
                    "username", "initiative.council.member-invalid", name));
    int added =
        jdbc.sql(
                """
                insert into initiative_council_member (unit_code, user_id, username, display_name, added_by)
                values (:u, :id, :name, :display, :who) on conflict do nothing
                """)
            .param("u", unit.code())
            .param("id", member.userId())
            .param("name", member.getUsername())
            .param("display", member.displayName())
            .param("who", actor.getUsername())
            .update();
    if (added > 0) {
      audit.record(
          "initiative.council-member-add",
          "initiative_council",
          unit.code(),
          null,
          Map.of("username", member.getUsername()));
    }
    return council(unit.code());
  }

  /** The standing office of the level removes a member: their scores no longer count. */
  @Transactional
  public CouncilView removeMember(Actor actor, String unitCode, String username) {
    UnitDirectory.Unit unit = councilUnit(actor, unitCode);
    if (!actor.may(Permission.MANAGE_INITIATIVES, unit.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    int removed =
        jdbc.sql("delete from initiative_council_member where unit_code = :u and username = :name")
            .param("u", unit.code())
            .param("name", username)
            .update();
    if (removed == 0) {
      throw new NotFound("initiative.council.member-not-found");
    }
    audit.record(
        "initiative.council-member-remove",
        "initiative_council",
        unit.code(),
        Map.of("username", username),
        null);
    return council(unit.code());
  }

  /** Whether the actor may manage the council of the level. */
  public boolean mayManageCouncil(Actor actor, String unitCode) {
    return units
        .unit(unitCode)
        .map(u -> actor.may(Permission.MANAGE_INITIATIVES, u.path()))
        .orElse(false);
  }

  /** Scores that count: not a declared conflict, by a current member of the level's council. */
  private long memberScores(InitiativeView i) {
    return jdbc.sql(
            """
            select count(*) from initiative_review r
            join initiative_council_member m on m.user_id = r.reviewer_user_id and m.unit_code = :u
            where r.initiative_id = :i and not r.conflict
            """)
        .param("u", i.unitCode())
        .param("i", i.id())
        .query(Long.class)
        .single();
  }

  // ----- conflict of interest

  /**
   * The initiative as a case of the conflict rule: its authors, its filing organisation and, for
   * the council's peer review, the organisations of its authors (colleagues do not score).
   */
  private Impartiality.Case caseOf(InitiativeView i, boolean withAuthorsOrganizations) {
    Set<Long> people = new HashSet<>();
    Set<Long> orgs = new HashSet<>();
    orgs.add(i.organizationId());
    for (InitiativeView.Author a : i.authors()) {
      if (a.personId() != null) {
        people.add(a.personId());
        if (withAuthorsOrganizations) {
          person(a.personId()).ifPresent(p -> orgs.add(p.organizationId()));
        }
      }
    }
    return new Impartiality.Case(people, orgs);
  }

  private static Object memberNames(List<CouncilView.Member> members, String except) {
    List<String> names =
        members.stream()
            .filter(m -> !m.username().equals(except))
            .map(m -> m.displayName() + " (" + m.username() + ")")
            .toList();
    return names.isEmpty() ? new MessageKey("conflict.nobody") : String.join(", ", names);
  }

  /** The other members of the council without a conflict: who may score instead. */
  private Object otherReviewers(Actor actor, CouncilView council, Impartiality.Case c) {
    List<String> free =
        impartiality.withoutConflict(
            council.members().stream()
                .map(CouncilView.Member::username)
                .filter(u -> !u.equals(actor.getUsername()))
                .toList(),
            c);
    return memberNames(
        council.members().stream().filter(m -> free.contains(m.username())).toList(), null);
  }

  /** The deciders of the scope's level without a conflict (the deputy, another leader). */
  private Object deciders(Actor actor, InitiativeView i, Scope scope) {
    return impartiality.whoMayActNamed(
        Permission.DECIDE_INITIATIVES,
        levelPath(i, scope == null ? Scope.BASE : scope),
        caseOf(i, false),
        actor.getUsername());
  }

  /**
   * Why the actor may not act on the initiative ({@code act}: REVIEW, RECOGNISE, REFUSE), naming
   * who may act instead; empty when there is no conflict.
   */
  private Optional<MessageKey> conflictMessage(
      Actor actor, String act, Impartiality.Case c, Object others) {
    return impartiality
        .conflict(actor, c)
        .map(conflict ->
            new MessageKey(
                "initiative.conflict-refusal",
                new MessageKey("initiative.conflict.act." + act),
                conflict.message(),
                others));
  }

  /**
   * Refuses a judge with a conflict of interest: the recusal is written to the initiative's history
   * and audit (kept although the request fails: {@code noRollbackFor}) and the refusal names the
   * reason and who may act instead.
   */
  private void refuseIfConflicted(
      Actor actor, InitiativeView i, String act, Impartiality.Case c, Object others) {
    Optional<MessageKey> refusal = conflictMessage(actor, act, c, others);
    if (refusal.isEmpty()) {
      return;
    }
    MessageKey m = refusal.get();
    String text =
        messages.getMessage(m.key(), m.args(), m.key(), java.util.Locale.forLanguageTag("vi"));
    changes.record(
        InitiativeWorkflow.TRACKED,
        i.id(),
        InitiativeWorkflow.Action.RECUSAL.name(),
        i.status().name(),
        i.status().name(),
        actor.getUsername(),
        text,
        null,
        Map.of("act", act, "reason", text));
    throw new ConflictOfInterest(m.key(), m.args());
  }

  /** Why the actor may not score this initiative (not a member, or a conflict), for the page. */
  @Transactional(readOnly = true)
  public Optional<MessageKey> reviewRefusal(Actor actor, InitiativeView i) {
    if (!mayReview(actor, i)) {
      return Optional.empty();
    }
    CouncilView council = council(i.unitCode());
    if (council.members().stream().noneMatch(m -> m.username().equals(actor.getUsername()))) {
      return Optional.of(
          new MessageKey("initiative.review.not-member", memberNames(council.members(), null)));
    }
    Impartiality.Case c = caseOf(i, true);
    return conflictMessage(actor, "REVIEW", c, otherReviewers(actor, council, c));
  }

  /** Why the actor may not decide on this initiative at the scope, for the page. */
  @Transactional(readOnly = true)
  public Optional<MessageKey> decideRefusal(Actor actor, InitiativeView i, Scope scope) {
    return conflictMessage(actor, "RECOGNISE", caseOf(i, false), deciders(actor, i, scope));
  }

  /** The standing office of the level sets its council's weights. */
  @Transactional
  public CouncilView setCouncil(Actor actor, String unitCode, CouncilView command) {
    UnitDirectory.Unit unit =
        units.unit(unitCode).orElseThrow(() -> new NotFound("unit.not-found"));
    if (!actor.may(Permission.MANAGE_INITIATIVES, unit.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    if (command.noveltyWeight() < 0
        || command.effectWeight() < 0
        || command.replicabilityWeight() < 0
        || command.noveltyWeight() + command.effectWeight() + command.replicabilityWeight() == 0) {
      throw BusinessRuleViolation.onField("noveltyWeight", "initiative.council.weights-invalid");
    }
    if (command.minReviews() < 1 || command.minReviews() > 50) {
      throw BusinessRuleViolation.onField("minReviews", "initiative.council.min-invalid");
    }
    CouncilView before = council(unitCode);
    if (command.version() != before.version()) {
      throw new ConcurrentChange("initiative_council");
    }
    jdbc.sql(
            """
            insert into initiative_council (unit_code, novelty_weight, effect_weight, replicability_weight, min_reviews, updated_by)
            values (:u, :n, :e, :r, :m, :who)
            on conflict (unit_code) do update set novelty_weight = excluded.novelty_weight, effect_weight = excluded.effect_weight,
              replicability_weight = excluded.replicability_weight, min_reviews = excluded.min_reviews,
              version = initiative_council.version + 1, updated_at = now(), updated_by = excluded.updated_by
            """)
        .param("u", unitCode)
        .param("n", command.noveltyWeight())
        .param("e", command.effectWeight())
        .param("r", command.replicabilityWeight())
        .param("m", command.minReviews())
        .param("who", actor.getUsername())
        .update();
    CouncilView after = council(unitCode);
    audit.record("initiative.council", "initiative_council", unitCode, before, after);
    return after;
  }

  // ----- duplicates

  /**
   * Initiatives filed (not drafts) in the same province whose folded title is close to the given
   * one by trigram similarity, closest first.
   */
  @Transactional(readOnly = true)
  public List<SimilarInitiative> similar(
      Actor actor, String title, String unitCode, Long exceptId) {
    String t = VietnameseText.cleanOrNull(title);
    if (t == null) {
      return List.of();
    }
    String province = provincePath(unitCode);
    return jdbc.sql(
            """
            select i.id, i.title, o.name, u.name as unit_name, i.status, i.year, i.path,
                   similarity(i.title_folded, :q) as sim
            from initiative i join organization o on o.id = i.organization_id
              join administrative_unit u on u.code = i.unit_code
            where i.title_folded % :q and similarity(i.title_folded, :q) >= :t
              and i.status <> 'DRAFT' and i.path like :p and i.id <> :except
            order by sim desc, i.id limit 10
            """)
        .param("q", VietnameseText.fold(t))
        .param("t", DUPLICATE_THRESHOLD)
        .param("p", like(province))
        .param("except", exceptId == null ? -1L : exceptId)
        .query((rs, n) ->
            new SimilarInitiative(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                Status.valueOf(rs.getString(5)),
                rs.getInt(6),
                Math.round(rs.getDouble(8) * 100) / 100.0,
                mayRead(actor, rs.getString(7), rs.getLong(1))))
        .list();
  }

  /** The likely duplicates of an initiative the actor may read. */
  @Transactional(readOnly = true)
  public List<SimilarInitiative> similarTo(Actor actor, long id) {
    InitiativeView i = view(actor, id);
    return similar(actor, i.title(), i.unitCode(), i.id());
  }

  private String provincePath(String unitCode) {
    UnitDirectory.Unit unit = units.unit(unitCode).orElse(null);
    if (unit == null) {
      return "/VN/";
    }
    if (unit.level() == AdministrativeLevel.COMMUNE) {
      return units.unit(unit.parentCode()).map(UnitDirectory.Unit::path).orElse(unit.path());
    }
    return unit.path();
  }

  // ----- reading

  /**
   * An initiative the actor may read: one of another commune answers the same 404 as an id that
   * does not exist, before anything else is checked.
   */
  @Transactional(readOnly = true)
  public InitiativeView view(Actor actor, long id) {
    InitiativeView i = get(id);
    if (!mayRead(actor, i.path(), id)) {
      throw new NotFound("initiative.not-found");
    }
    return i;
  }

  private boolean mayRead(Actor actor, String path, long id) {
    if (actor.covers(path)) {
      return true;
    }
    return actor.personId() != null
        && jdbc.sql(
                    "select count(*) from initiative_author where initiative_id = :i and person_id = :p")
                .param("i", id)
                .param("p", actor.personId())
                .query(Integer.class)
                .single()
            > 0;
  }

  public boolean mayFile(Actor actor, InitiativeView i) {
    return actor.may(Permission.FILE_INITIATIVES, i.path());
  }

  public boolean mayManage(Actor actor, InitiativeView i) {
    return actor.may(Permission.MANAGE_INITIATIVES, i.unitPath());
  }

  /** Whether the actor may decide at the given scope. */
  public boolean mayDecide(Actor actor, InitiativeView i, Scope scope) {
    return actor.may(Permission.DECIDE_INITIATIVES, levelPath(i, scope));
  }

  /** The scopes this actor may recognise the initiative at (wider than the current one). */
  public List<Scope> decidableScopes(Actor actor, InitiativeView i) {
    List<Scope> out = new ArrayList<>();
    for (Scope s : Scope.values()) {
      if ((i.scope() == null || s.compareTo(i.scope()) > 0) && mayDecide(actor, i, s)) {
        out.add(s);
      }
    }
    return out;
  }

  private void requireFiler(Actor actor, InitiativeView i) {
    if (!mayFile(actor, i)) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  private void requireManager(Actor actor, InitiativeView i) {
    if (!mayManage(actor, i)) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  /** Initiatives the actor may read, matching the filter, newest first (at most 1,000). */
  @Transactional(readOnly = true)
  public List<InitiativeView> search(Actor actor, InitiativeFilter f) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> p = new LinkedHashMap<>();
    List<String> scopes = new ArrayList<>();
    for (var g : actor.grants()) {
      scopes.add(g.scopePath());
    }
    StringBuilder visible = new StringBuilder("(false");
    for (int k = 0; k < scopes.size(); k++) {
      visible.append(" or i.path like :s").append(k);
      p.put("s" + k, like(scopes.get(k)));
    }
    if (actor.personId() != null) {
      visible.append(
          " or exists (select 1 from initiative_author a where a.initiative_id = i.id and a.person_id = :me)");
      p.put("me", actor.personId());
    }
    visible.append(")");
    where.append(" and ").append(visible);
    String q = VietnameseText.cleanOrNull(f.q());
    if (q != null) {
      where.append(" and (i.text_folded like :q or i.title_folded % :qf)");
      p.put("q", "%" + VietnameseText.fold(q).replace("%", "\\%").replace("_", "\\_") + "%");
      p.put("qf", VietnameseText.fold(q));
    }
    if (f.movementId() != null) {
      where.append(" and i.movement_id = :m");
      p.put("m", f.movementId());
    }
    if (VietnameseText.cleanOrNull(f.theme()) != null) {
      where.append(" and i.theme = :theme");
      p.put("theme", VietnameseText.clean(f.theme()));
    }
    if (f.field() != null) {
      where.append(" and i.field = :field");
      p.put("field", f.field().name());
    }
    if (VietnameseText.cleanOrNull(f.unit()) != null) {
      String path = units.unit(f.unit().strip()).map(UnitDirectory.Unit::path).orElse("/none/");
      where.append(" and i.path like :unit");
      p.put("unit", like(path));
    }
    if (f.level() != null) {
      where.append(" and u.level = :level");
      p.put("level", f.level().name());
    }
    if (f.year() != null) {
      where.append(" and coalesce(extract(year from i.counts_from)::int, i.year) = :year");
      p.put("year", f.year());
    }
    if (f.scope() != null) {
      where.append(" and i.scope = :scope");
      p.put("scope", f.scope().name());
    }
    if (f.status() != null) {
      where.append(" and i.status = :status");
      p.put("status", f.status().name());
    }
    List<Long> ids =
        jdbc.sql(
                "select i.id from initiative i join administrative_unit u on u.code = i.unit_code"
                    + where
                    + " order by i.id desc limit 1000")
            .params(p)
            .query(Long.class)
            .list();
    return ids.stream().map(this::get).toList();
  }

  /** Recognised initiatives of a person as author: the year each counts in and its scope. */
  @Transactional(readOnly = true)
  public List<AuthorRecord> recordOf(Actor actor, long personId) {
    Person p = person(personId).orElseThrow(() -> new NotFound("person.not-found"));
    boolean self = actor.personId() != null && actor.personId() == personId;
    if (!self && !actor.reaches(p.path())) {
      throw new NotFound("person.not-found");
    }
    if (!self && !actor.may(Permission.VIEW_PEOPLE, p.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    return jdbc.sql(
            """
            select i.id, i.title, extract(year from i.counts_from)::int as y, i.scope, i.decision_number, a.share
            from initiative_author a join initiative i on i.id = a.initiative_id
            where a.person_id = :p and i.status = 'RECOGNISED'
            order by i.counts_from desc, i.id desc
            """)
        .param("p", personId)
        .query((rs, n) ->
            new AuthorRecord(
                rs.getLong(1),
                rs.getString(2),
                rs.getInt(3),
                Scope.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getBigDecimal(6)))
        .list();
  }

  /** The person's name, for the record page (after {@link #recordOf}). */
  public String personName(long personId) {
    return person(personId).map(Person::fullName).orElse("");
  }

  /** An initiative by id, without a read check. */
  InitiativeView get(long id) {
    InitiativeView i =
        jdbc.sql(
                """
                select i.*, o.name as org_name, u.name as unit_name, u.path as unit_path
                from initiative i join organization o on o.id = i.organization_id
                  join administrative_unit u on u.code = i.unit_code where i.id = :id
                """)
            .param("id", id)
            .query((rs, n) -> map(rs))
            .optional()
            .orElseThrow(() -> new NotFound("initiative.not-found"));
    return i;
  }

  private InitiativeView map(ResultSet rs) throws SQLException {
    long id = rs.getLong("id");
    List<InitiativeView.Author> authors =
        jdbc.sql(
                "select person_id, full_name, organization_name, share from initiative_author where initiative_id = :i order by position")
            .param("i", id)
            .query((r, n) ->
                new InitiativeView.Author(
                    r.getObject(1, Long.class), r.getString(2), r.getString(3), r.getBigDecimal(4)))
            .list();
    List<InitiativeView.Attachment> attachments =
        jdbc.sql(
                "select id, file_name, size_bytes from initiative_attachment where initiative_id = :i order by id")
            .param("i", id)
            .query(
                (r, n) -> new InitiativeView.Attachment(r.getLong(1), r.getString(2), r.getInt(3)))
            .list();
    Date applied = rs.getDate("applied_on");
    Date decided = rs.getDate("decision_date");
    Date counts = rs.getDate("counts_from");
    Timestamp submitted = rs.getTimestamp("submitted_at");
    String scope = rs.getString("scope");
    return new InitiativeView(
        id,
        rs.getString("title"),
        InitiativeView.Field.valueOf(rs.getString("field")),
        rs.getObject("movement_id", Long.class),
        rs.getString("theme"),
        rs.getLong("organization_id"),
        rs.getString("org_name"),
        rs.getString("unit_code"),
        rs.getString("unit_name"),
        rs.getInt("year"),
        applied == null ? null : applied.toLocalDate(),
        rs.getString("problem"),
        rs.getString("solution"),
        rs.getString("novelty"),
        rs.getString("effect"),
        Status.valueOf(rs.getString("status")),
        rs.getString("reason"),
        scope == null ? null : Scope.valueOf(scope),
        rs.getString("decision_number"),
        decided == null ? null : decided.toLocalDate(),
        rs.getString("signer"),
        counts == null ? null : counts.toLocalDate(),
        submitted == null ? null : submitted.toInstant(),
        authors,
        attachments,
        rs.getLong("version"),
        rs.getString("path"),
        rs.getString("unit_path"));
  }
}
