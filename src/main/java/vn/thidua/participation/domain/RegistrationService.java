package vn.thidua.participation.domain;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.StateChange;
import vn.thidua.kernel.StateChanges;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.Plans;
import vn.thidua.organization.Actor;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.Permission;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.participation.RegistrationCommand;
import vn.thidua.participation.RegistrationView;
import vn.thidua.participation.RegistrationView.Status;

/**
 * Registrations (đăng ký thi đua): a unit registers for a plan and year with the titles it aims at
 * and its commitments; the plan's standing office accepts it or returns it with a reason.
 * Registrations after the window the office set are accepted but marked late.
 */
@Service
public class RegistrationService {

  /** Titles and forms a unit may aim at (catalogue codes of the contract). */
  private final JdbcClient jdbc;

  private final StateChanges changes;
  private final Plans plans;
  private final OrganizationDirectory organizations;
  private final UnitDirectory units;
  private final ObjectMapper json;
  private final AuditTrail audit;
  private final Clock clock;

  RegistrationService(
      JdbcClient jdbc,
      Plans plans,
      OrganizationDirectory organizations,
      UnitDirectory units,
      ObjectMapper json,
      AuditTrail audit,
      StateChanges changes,
      Clock clock) {
    this.jdbc = jdbc;
    this.changes = changes;
    this.plans = plans;
    this.organizations = organizations;
    this.units = units;
    this.json = json;
    this.audit = audit;
    this.clock = clock;
  }

  /** The plan, if the actor may read it. */
  public MovementView plan(Actor actor, long movementId) {
    return plans.readable(actor, movementId).orElseThrow(() -> new NotFound("movement.not-found"));
  }

  /** The path of the plan's administrative unit: every registrant is under it. */
  String planPath(MovementView m) {
    return units.unit(m.unitCode()).map(UnitDirectory.Unit::path).orElseThrow();
  }

  /** Creates or changes a draft or returned registration of a unit in the actor's scope. */
  @Transactional
  public RegistrationView save(Actor actor, long movementId, RegistrationCommand command) {
    MovementView m = plan(actor, movementId);
    if (command.organizationId() == null) {
      throw BusinessRuleViolation.onField("organizationId", "person.organization-required");
    }
    OrganizationView org =
        organizations
            .organization(command.organizationId())
            .filter(OrganizationView::active)
            .orElseThrow(() ->
                BusinessRuleViolation.onField("organizationId", "person.organization-unknown"));
    if (!actor.may(Permission.RECORD_VALUES, org.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    if (!org.path().startsWith(planPath(m))) {
      throw BusinessRuleViolation.onField(
          "organizationId", "registration.outside-plan", org.name(), m.unitName());
    }
    // Every field's error at once (issue 12).
    vn.thidua.kernel.FieldChecks checks = new vn.thidua.kernel.FieldChecks();
    Integer year = command.year();
    checks.reject(
        year == null
            || (m.periodFrom() != null && year < m.periodFrom())
            || (m.periodTo() != null && year > m.periodTo()),
        "year",
        "registration.year-invalid");
    // A village registers only for what the rulebook opens to villages; no other collective for
    // the villages' own titles.
    boolean village = org.type() == vn.thidua.organization.OrganizationType.VILLAGE;
    List<String> offered = vn.thidua.rulebook.AwardNames.registrationCodes(village);
    for (String t : command.titles()) {
      if (offered.contains(t)) {
        continue;
      }
      if (!vn.thidua.rulebook.AwardNames.known(t)) {
        checks.reject(true, "titles", "registration.title-unknown", t);
        continue;
      }
      String name = vn.thidua.rulebook.AwardNames.shortName(t);
      if (village) {
        checks.reject(true, "titles", "registration.title-not-for-village", name);
      } else if (vn.thidua.rulebook.AwardNames.opensToCollective(t, true)) {
        checks.reject(true, "titles", "registration.title-only-villages", name);
      } else {
        checks.reject(true, "titles", "registration.title-unknown", name);
      }
    }
    checks.check();
    List<RegistrationView.Commitment> commitments = new ArrayList<>();
    for (RegistrationView.Commitment c : command.commitments()) {
      String text = VietnameseText.cleanOrNull(c.commitment());
      if (text != null) {
        commitments.add(
            new RegistrationView.Commitment(VietnameseText.cleanOrNull(c.item()), text));
      }
    }
    Optional<RegistrationView> existing = find(movementId, org.id(), year);
    if (existing.isPresent()
        && existing.get().status() != Status.DRAFT
        && existing.get().status() != Status.RETURNED) {
      throw new BusinessRuleViolation("registration.not-editable", existing.get().status().name());
    }
    long id;
    if (existing.isEmpty()) {
      id =
          jdbc.sql(
                  """
                  insert into registration (movement_id, organization_id, unit_code, path, year, status, titles, commitments, created_by, updated_by)
                  values (:m, :o, :u, :p, :y, 'DRAFT', :t, :c, :who, :who) returning id
                  """)
              .param("m", movementId)
              .param("o", org.id())
              .param("u", org.unitCode())
              .param("p", org.path())
              .param("y", year)
              .param("t", json.writeValueAsString(command.titles()))
              .param("c", json.writeValueAsString(commitments))
              .param("who", actor.getUsername())
              .query(Long.class)
              .single();
    } else {
      id = existing.get().id();
      jdbc.sql(
              "update registration set titles = :t, commitments = :c, version = version + 1, updated_at = now(), updated_by = :who where id = :id")
          .param("t", json.writeValueAsString(command.titles()))
          .param("c", json.writeValueAsString(commitments))
          .param("who", actor.getUsername())
          .param("id", id)
          .update();
    }
    RegistrationView after = get(id);
    if (existing.isEmpty()) {
      changes.record(
          RegistrationWorkflow.TRACKED,
          id,
          RegistrationWorkflow.Action.CREATE.name(),
          null,
          Status.DRAFT.name(),
          actor.getUsername(),
          null,
          null,
          after);
    } else {
      audit.record("registration.edit", "registration", id, existing.get(), after);
    }
    return after;
  }

  @Transactional
  public RegistrationView submit(Actor actor, long id, long version) {
    RegistrationView r = reachable(actor, id);
    requireUnit(actor, r);
    LocalDate today = LocalDate.now(clock.withZone(VietnameseDates.ZONE));
    boolean late = window(r.movementId(), r.year()).map(today::isAfter).orElse(false);
    return move(
        actor,
        r,
        version,
        RegistrationWorkflow.Action.SUBMIT,
        null,
        Map.of("late", late, "submitted_at", Timestamp.from(clock.instant())));
  }

  @Transactional
  public RegistrationView accept(Actor actor, long id, long version) {
    RegistrationView r = reachable(actor, id);
    requireOffice(actor, r);
    return move(
        actor,
        r,
        version,
        RegistrationWorkflow.Action.ACCEPT,
        null,
        Map.of("decided_at", Timestamp.from(clock.instant())));
  }

  @Transactional
  public RegistrationView giveBack(Actor actor, long id, long version, String reason) {
    RegistrationView r = reachable(actor, id);
    requireOffice(actor, r);
    StateChange.requireVersion(version, r.version(), "registration");
    RegistrationWorkflow.TABLE.transition(r.status(), RegistrationWorkflow.Action.RETURN);
    if (reason == null || reason.isBlank()) {
      throw BusinessRuleViolation.onField("reason", "movement.reason-required");
    }
    return move(
        actor,
        r,
        version,
        RegistrationWorkflow.Action.RETURN,
        VietnameseText.clean(reason),
        Map.of("decided_at", Timestamp.from(clock.instant())));
  }

  /** Sets the day after which this year's registrations are marked late. */
  @Transactional
  public void setWindow(Actor actor, long movementId, int year, LocalDate closesOn) {
    MovementView m = plan(actor, movementId);
    if (!actor.may(Permission.MANAGE_PLANS, planPath(m))) {
      throw new AccessDeniedException("error.forbidden");
    }
    jdbc.sql(
            """
            insert into registration_window (movement_id, year, closes_on, set_by) values (:m, :y, :d, :who)
            on conflict (movement_id, year) do update set closes_on = excluded.closes_on, set_by = excluded.set_by, set_at = now()
            """)
        .param("m", movementId)
        .param("y", year)
        .param("d", Date.valueOf(closesOn))
        .param("who", actor.getUsername())
        .update();
    audit.record(
        "registration.window",
        "movement",
        movementId,
        null,
        Map.of("year", year, "closesOn", closesOn.toString()));
  }

  /**
   * Every active organisation under the plan's unit (in the actor's scope) with its registration.
   */
  @Transactional(readOnly = true)
  public List<RegistrationView.BoardRow> board(Actor actor, long movementId, int year) {
    MovementView m = plan(actor, movementId);
    String path = planPath(m);
    List<RegistrationView.BoardRow> rows =
        jdbc.sql(
                """
                select o.id, o.name, o.type, o.path, r.status, r.late, r.id as rid, r.titles
                from organization o
                left join registration r on r.organization_id = o.id and r.movement_id = :m and r.year = :y
                where o.active and o.path like :p
                order by o.sort_key
                """)
            .param("m", movementId)
            .param("y", year)
            .param("p", path.replace("%", "\\%").replace("_", "\\_") + "%")
            .query((rs, i) ->
                actor.may(Permission.VIEW_ORGANIZATIONS, rs.getString("path"))
                    ? new RegistrationView.BoardRow(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("type"),
                        rs.getString("status") == null
                            ? null
                            : Status.valueOf(rs.getString("status")),
                        rs.getBoolean("late"),
                        rs.getObject("rid", Long.class),
                        actor.may(Permission.RECORD_VALUES, rs.getString("path")),
                        rs.getString("titles") == null
                            ? List.of()
                            : json.readValue(
                                rs.getString("titles"), new TypeReference<List<String>>() {}))
                    : null)
            .list();
    return rows.stream().filter(java.util.Objects::nonNull).toList();
  }

  /**
   * A registration within the actor's reach: another commune's answers the same 404 as an id that
   * does not exist, before any permission or version check.
   */
  private RegistrationView reachable(Actor actor, long id) {
    RegistrationView r = get(id);
    OrganizationView org = organizations.organization(r.organizationId()).orElseThrow();
    if (!actor.reaches(org.path())) {
      throw new vn.thidua.kernel.NotFound("registration.not-found");
    }
    return r;
  }

  @Transactional(readOnly = true)
  public RegistrationView view(Actor actor, long id) {
    RegistrationView r = reachable(actor, id);
    OrganizationView org = organizations.organization(r.organizationId()).orElseThrow();
    if (!actor.may(Permission.VIEW_ORGANIZATIONS, org.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    return r;
  }

  private void requireUnit(Actor actor, RegistrationView r) {
    OrganizationView org = organizations.organization(r.organizationId()).orElseThrow();
    if (!actor.may(Permission.RECORD_VALUES, org.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  /** Whether the actor decides on registrations of this plan (the issuing unit's office). */
  public boolean mayDecide(Actor actor, MovementView m) {
    return actor.may(Permission.MANAGE_PLANS, planPath(m));
  }

  /** Whether the actor may draft and submit the registration of this organisation. */
  public boolean mayRegister(Actor actor, long organizationId) {
    return organizations
        .organization(organizationId)
        .map(o -> actor.may(Permission.RECORD_VALUES, o.path()))
        .orElse(false);
  }

  /** The registration of an organisation for a plan and year, if one was started. */
  @Transactional(readOnly = true)
  public Optional<RegistrationView> registrationOf(
      Actor actor, long movementId, long organizationId, int year) {
    return find(movementId, organizationId, year).map(r -> view(actor, r.id()));
  }

  /** The closing day of registrations for a plan and year, if one was set. */
  @Transactional(readOnly = true)
  public Optional<LocalDate> window(long movementId, int year) {
    return jdbc.sql(
            "select closes_on from registration_window where movement_id = :m and year = :y")
        .param("m", movementId)
        .param("y", year)
        .query(Date.class)
        .optional()
        .map(Date::toLocalDate);
  }

  /** The level above: the standing office of the plan's unit. */
  private void requireOffice(Actor actor, RegistrationView r) {
    MovementView m = plans.readable(actor, r.movementId()).orElseThrow();
    if (!actor.may(Permission.MANAGE_PLANS, planPath(m))) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  /** One step of the table: version, state, then the shared state change. */
  private RegistrationView move(
      Actor actor,
      RegistrationView r,
      long version,
      RegistrationWorkflow.Action action,
      String reason,
      Map<String, Object> extra) {
    StateChange.requireVersion(version, r.version(), "registration");
    Status to = RegistrationWorkflow.TABLE.transition(r.status(), action).to();
    return changes.move(
        new StateChange(
            RegistrationWorkflow.TRACKED,
            r.id(),
            version,
            r.status().name(),
            to.name(),
            action.name(),
            actor.getUsername(),
            reason,
            extra),
        r,
        () -> get(r.id()));
  }

  /** The history of a registration, oldest first. */
  @Transactional(readOnly = true)
  public List<StateChanges.Entry> history(Actor actor, long id) {
    view(actor, id);
    return changes.history(RegistrationWorkflow.TRACKED, id);
  }

  private Optional<RegistrationView> find(long movementId, long organizationId, int year) {
    return jdbc.sql(
            "select id from registration where movement_id = :m and organization_id = :o and year = :y")
        .param("m", movementId)
        .param("o", organizationId)
        .param("y", year)
        .query(Long.class)
        .optional()
        .map(this::get);
  }

  RegistrationView get(long id) {
    return jdbc.sql(
            """
            select r.*, o.name as organization_name from registration r join organization o on o.id = r.organization_id where r.id = :id
            """)
        .param("id", id)
        .query((rs, i) -> {
          Timestamp submitted = rs.getTimestamp("submitted_at");
          return new RegistrationView(
              rs.getLong("id"),
              rs.getLong("movement_id"),
              rs.getLong("organization_id"),
              rs.getString("organization_name"),
              rs.getInt("year"),
              Status.valueOf(rs.getString("status")),
              json.readValue(rs.getString("titles"), new TypeReference<List<String>>() {}),
              json.readValue(
                  rs.getString("commitments"),
                  new TypeReference<List<RegistrationView.Commitment>>() {}),
              rs.getBoolean("late"),
              rs.getString("reason"),
              submitted == null ? null : submitted.toInstant(),
              rs.getLong("version"));
        })
        .optional()
        .orElseThrow(() -> new NotFound("registration.not-found"));
  }
}
