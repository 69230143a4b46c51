package vn.thidua.oversight.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.MessageKey;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.StateChange;
import vn.thidua.kernel.StateChanges;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.Plans;
import vn.thidua.organization.Accounts;
import vn.thidua.organization.Actor;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.Permission;
import vn.thidua.organization.Role;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.oversight.Field;
import vn.thidua.oversight.InspectionView;
import vn.thidua.oversight.InspectionView.Status;
import vn.thidua.oversight.RecommendationView;

/**
 * The council's yearly inspections: the office or a council member plans one (targets, dates, a
 * checklist drawn from the movement's criteria and indicators), assigns members by field with one
 * lead; the team records findings per target with evidence and recommendations with owner and due
 * date; the lead reports the conclusion (a document in the state format) and closes what was
 * answered. A target sees only its own findings and recommendations and answers them.
 */
@Service
public class InspectionService {

  private final JdbcClient jdbc;
  private final Plans plans;
  private final UnitDirectory units;
  private final OrganizationDirectory organizations;
  private final Accounts accounts;
  private final StateChanges changes;
  private final AuditTrail audit;
  private final OversightFiles files;
  private final Clock clock;

  InspectionService(
      JdbcClient jdbc,
      Plans plans,
      UnitDirectory units,
      OrganizationDirectory organizations,
      Accounts accounts,
      StateChanges changes,
      AuditTrail audit,
      OversightFiles files,
      Clock clock) {
    this.jdbc = jdbc;
    this.plans = plans;
    this.units = units;
    this.organizations = organizations;
    this.accounts = accounts;
    this.changes = changes;
    this.audit = audit;
    this.files = files;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(VietnameseDates.ZONE));
  }

  /** A new inspection of a level's council. */
  public record PlanCommand(
      String unitCode,
      Long movementId,
      Integer year,
      String title,
      LocalDate startsOn,
      LocalDate endsOn) {}

  // --- Planning -------------------------------------------------------------------------------

  @Transactional
  public InspectionView create(Actor actor, PlanCommand c) {
    UnitDirectory.Unit unit =
        units
            .unit(c.unitCode())
            .orElseThrow(() ->
                BusinessRuleViolation.onField(
                    "unitCode", "organization.unit-unknown", c.unitCode()));
    if (!Scopes.may(actor, Permission.OVERSEE, unit.path())
        && !Scopes.may(actor, Permission.INSPECT, unit.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    String title = VietnameseText.cleanOrNull(c.title());
    if (title == null) {
      throw BusinessRuleViolation.onField("title", "oversight.inspection.title-required");
    }
    if (c.year() == null || c.year() < 2000 || c.year() > 2100) {
      throw BusinessRuleViolation.onField("year", "oversight.inspection.year-required");
    }
    if (c.startsOn() != null && c.endsOn() != null && c.endsOn().isBefore(c.startsOn())) {
      throw BusinessRuleViolation.onField("endsOn", "oversight.inspection.dates");
    }
    PlanDocument document = null;
    if (c.movementId() != null) {
      var m =
          plans
              .readable(actor, c.movementId())
              .orElseThrow(() -> BusinessRuleViolation.onField("movementId", "movement.not-found"));
      if (!unit.path().startsWith(plans.pathOf(m.id()))
          && !plans.pathOf(m.id()).startsWith(unit.path())) {
        throw BusinessRuleViolation.onField("movementId", "oversight.inspection.plan-outside");
      }
      document = plans.currentDocument(m.id());
    }
    long id =
        jdbc.sql(
                """
                insert into inspection (unit_code, path, movement_id, year, title, starts_on, ends_on, status, created_by, updated_by)
                values (:unit, :path, :m, :year, :title, :from, :to, 'PLANNED', :who, :who) returning id
                """)
            .param("unit", unit.code())
            .param("path", unit.path())
            .param("m", c.movementId())
            .param("year", c.year())
            .param("title", title)
            .param("from", c.startsOn() == null ? null : Date.valueOf(c.startsOn()))
            .param("to", c.endsOn() == null ? null : Date.valueOf(c.endsOn()))
            .param("who", actor.getUsername())
            .query(Long.class)
            .single();
    if (document != null) {
      int position = 0;
      for (PlanDocument.Criterion criterion : document.criteria()) {
        for (String item : criterion.items()) {
          check(id, ++position, "CRITERION", criterion.heading() + ": " + item);
        }
      }
      for (PlanDocument.Indicator indicator : document.indicators()) {
        var target = indicator.targets().get(c.year());
        check(
            id,
            ++position,
            "INDICATOR",
            indicator.name()
                + (target == null
                    ? ""
                    : " — chỉ tiêu năm "
                        + c.year()
                        + ": "
                        + vn.thidua.kernel.VietnameseNumbers.format(target)
                        + (indicator.unit() == null ? "" : " " + indicator.unit())));
      }
    }
    InspectionView created = load(id);
    changes.record(
        InspectionWorkflow.TRACKED,
        id,
        InspectionWorkflow.Action.CREATE.name(),
        null,
        Status.PLANNED.name(),
        actor.getUsername(),
        null,
        null,
        created);
    return created;
  }

  private void check(long inspectionId, int position, String source, String text) {
    jdbc.sql(
            "insert into inspection_check (inspection_id, position, source, text) values (:i, :p, :s, :t)")
        .param("i", inspectionId)
        .param("p", position)
        .param("s", source)
        .param("t", text.length() > 2000 ? text.substring(0, 2000) : text)
        .update();
  }

  /**
   * Who may join an inspection's team, for the member picker: council members and standing offices
   * whose scope covers the inspection (the same rule {@link #assign} checks).
   */
  @Transactional(readOnly = true)
  public List<vn.thidua.kernel.Choice> memberChoices(
      Actor actor, long id, String query, int limit) {
    Head h = head(id);
    requirePlanner(actor, h);
    return accounts.pickHolders(
        java.util.EnumSet.of(Role.COUNCIL_MEMBER, Role.STANDING_OFFICE), h.path(), query, limit);
  }

  /** The council (or the office) assigns a member by field; one member leads the team. */
  @Transactional
  public InspectionView assign(Actor actor, long id, String username, Field field, boolean lead) {
    Head h = head(id);
    requirePlanner(actor, h);
    open(h);
    Actor member =
        accounts
            .findActor(username == null ? "" : username.strip())
            .orElseThrow(
                () -> BusinessRuleViolation.onField("username", "oversight.member-unknown"));
    boolean eligible =
        member.grants().stream()
            .anyMatch(g ->
                (g.role() == Role.COUNCIL_MEMBER || g.role() == Role.STANDING_OFFICE)
                    && h.path().startsWith(g.scopePath()));
    if (!eligible) {
      throw BusinessRuleViolation.onField(
          "username", "oversight.member-not-council", member.displayName());
    }
    if (lead) {
      jdbc.sql("update inspection_member set lead = false where inspection_id = :i")
          .param("i", id)
          .update();
    }
    jdbc.sql(
            """
            insert into inspection_member (inspection_id, username, display_name, field, lead, assigned_by)
            values (:i, :u, :n, :f, :l, :who)
            on conflict (inspection_id, username) do update set field = excluded.field, lead = excluded.lead
            """)
        .param("i", id)
        .param("u", member.getUsername())
        .param("n", member.displayName())
        .param("f", (field == null ? Field.GENERAL : field).name())
        .param("l", lead)
        .param("who", actor.getUsername())
        .update();
    bump(id);
    audit.record(
        "inspection.assign",
        "inspection",
        id,
        null,
        Map.of("member", member.getUsername(), "field", String.valueOf(field), "lead", lead));
    return load(id);
  }

  /** A target: a commune below the council's level, or an organisation of its subtree. */
  @Transactional
  public InspectionView addTarget(Actor actor, long id, String unitCode, Long organizationId) {
    Head h = head(id);
    requirePlanner(actor, h);
    open(h);
    String name;
    String path;
    String code;
    if (organizationId != null) {
      OrganizationView o =
          organizations
              .organization(organizationId)
              .filter(OrganizationView::active)
              .orElseThrow(() ->
                  BusinessRuleViolation.onField("organizationId", "oversight.target-outside"));
      name = o.name() + " (" + o.unitName() + ")";
      path = o.path();
      code = o.unitCode();
    } else {
      UnitDirectory.Unit u =
          units
              .unit(unitCode == null ? "" : unitCode.strip())
              .orElseThrow(() ->
                  BusinessRuleViolation.onField("unitCode", "organization.unit-unknown", unitCode));
      name = u.name();
      path = u.path();
      code = u.code();
    }
    if (!path.startsWith(h.path())) {
      throw BusinessRuleViolation.onField("unitCode", "oversight.target-outside");
    }
    jdbc.sql(
            """
            insert into inspection_target (inspection_id, unit_code, organization_id, name, path)
            values (:i, :u, :o, :n, :p) on conflict (inspection_id, path) do nothing
            """)
        .param("i", id)
        .param("u", code)
        .param("o", organizationId)
        .param("n", name)
        .param("p", path)
        .update();
    bump(id);
    audit.record("inspection.target", "inspection", id, null, Map.of("target", name));
    return load(id);
  }

  /** An item the team adds to the checklist. */
  @Transactional
  public InspectionView addCheck(Actor actor, long id, String text) {
    Head h = head(id);
    requirePlanner(actor, h);
    open(h);
    String t = VietnameseText.cleanOrNull(text);
    if (t == null) {
      throw BusinessRuleViolation.onField("text", "oversight.check-required");
    }
    int position =
        jdbc.sql(
                "select coalesce(max(position), 0) + 1 from inspection_check where inspection_id = :i")
            .param("i", id)
            .query(Integer.class)
            .single();
    check(id, position, "TEAM", t);
    bump(id);
    return load(id);
  }

  // --- The team's work ----------------------------------------------------------------------

  /** The team starts: it has a lead and at least one target. */
  @Transactional
  public InspectionView start(Actor actor, long id, long version) {
    Head h = head(id);
    requireTeamOrPlanner(actor, h);
    InspectionView i = load(id);
    StateChange.requireVersion(version, i.version(), "inspection");
    InspectionWorkflow.TABLE.transition(i.status(), InspectionWorkflow.Action.START);
    if (i.leadUsername() == null) {
      throw new BusinessRuleViolation("oversight.inspection.lead-required");
    }
    if (i.targets().isEmpty()) {
      throw new BusinessRuleViolation("oversight.inspection.target-required");
    }
    return move(actor, i, version, InspectionWorkflow.Action.START, null, Map.of());
  }

  /** A member records what the team found at a target, against a checklist item or not. */
  @Transactional
  public InspectionView recordFinding(
      Actor actor, long id, long targetId, Long checkId, String text) {
    Head h = head(id);
    requireMember(actor, id);
    InspectionView i = load(id);
    if (i.status() != Status.IN_PROGRESS) {
      throw new BusinessRuleViolation(
          "oversight.inspection.not-in-progress",
          new MessageKey("inspection.status." + i.status().name()));
    }
    target(i, targetId);
    if (checkId != null && i.checklist().stream().noneMatch(c -> c.id() == checkId)) {
      throw BusinessRuleViolation.onField("checkId", "oversight.check-unknown");
    }
    String t = VietnameseText.cleanOrNull(text);
    if (t == null) {
      throw BusinessRuleViolation.onField("text", "oversight.finding-required");
    }
    long findingId =
        jdbc.sql(
                """
                insert into inspection_finding (inspection_id, target_id, check_id, text, recorded_by, recorded_at)
                values (:i, :t, :c, :x, :who, :at) returning id
                """)
            .param("i", id)
            .param("t", targetId)
            .param("c", checkId)
            .param("x", t)
            .param("who", actor.getUsername())
            .param("at", Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    bump(id);
    audit.record(
        "inspection.finding", "inspection", id, null, Map.of("finding", findingId, "text", t));
    return load(id);
  }

  /** Evidence of a finding, added by a member of the team. */
  @Transactional
  public InspectionView attachToFinding(
      Actor actor, long id, long findingId, String fileName, String contentType, byte[] content) {
    head(id);
    requireMember(actor, id);
    finding(id, findingId);
    files.store(
        OversightFiles.Owner.FINDING,
        findingId,
        fileName,
        contentType,
        content,
        actor.getUsername());
    return load(id);
  }

  /** A recommendation to a target, with its owner and due date. */
  @Transactional
  public RecommendationView recommend(
      Actor actor, long id, long targetId, Long findingId, String text, LocalDate dueOn) {
    head(id);
    requireMember(actor, id);
    InspectionView i = load(id);
    if (i.status() != Status.IN_PROGRESS && i.status() != Status.REPORTED) {
      throw new BusinessRuleViolation(
          "oversight.inspection.not-in-progress",
          new MessageKey("inspection.status." + i.status().name()));
    }
    InspectionView.Target target = target(i, targetId);
    if (findingId != null) {
      finding(id, findingId);
    }
    String t = VietnameseText.cleanOrNull(text);
    if (t == null) {
      throw BusinessRuleViolation.onField("text", "oversight.recommendation-required");
    }
    if (dueOn == null) {
      throw BusinessRuleViolation.onField("dueOn", "oversight.task.due-required");
    }
    String path = targetPath(targetId);
    long rid =
        jdbc.sql(
                """
                insert into recommendation (inspection_id, target_id, finding_id, path, owner_name, text, due_on, status, created_by, updated_by)
                values (:i, :t, :f, :p, :o, :x, :d, 'OPEN', :who, :who) returning id
                """)
            .param("i", id)
            .param("t", targetId)
            .param("f", findingId)
            .param("p", path)
            .param("o", target.name())
            .param("x", t)
            .param("d", Date.valueOf(dueOn))
            .param("who", actor.getUsername())
            .query(Long.class)
            .single();
    RecommendationView created = recommendation(rid);
    changes.record(
        InspectionWorkflow.RECOMMENDATION,
        rid,
        InspectionWorkflow.RecommendationAction.CREATE.name(),
        null,
        RecommendationView.Status.OPEN.name(),
        actor.getUsername(),
        null,
        null,
        created);
    bump(id);
    return created;
  }

  /** The lead reports the conclusion: findings recorded, the conclusion document can be issued. */
  @Transactional
  public InspectionView report(Actor actor, long id, long version, String conclusion) {
    Head h = head(id);
    InspectionView i = load(id);
    requireLead(actor, h, i);
    StateChange.requireVersion(version, i.version(), "inspection");
    InspectionWorkflow.TABLE.transition(i.status(), InspectionWorkflow.Action.REPORT);
    String text = VietnameseText.cleanOrNull(conclusion);
    if (text == null) {
      throw BusinessRuleViolation.onField("conclusion", "oversight.inspection.conclusion-required");
    }
    if (i.findings().isEmpty()) {
      throw new BusinessRuleViolation("oversight.inspection.finding-required");
    }
    Map<String, Object> set = new LinkedHashMap<>();
    set.put("conclusion", text);
    set.put("concluded_on", Date.valueOf(today()));
    return move(actor, i, version, InspectionWorkflow.Action.REPORT, null, set);
  }

  /** The lead closes the inspection once every recommendation is closed. */
  @Transactional
  public InspectionView close(Actor actor, long id, long version) {
    Head h = head(id);
    InspectionView i = load(id);
    requireLead(actor, h, i);
    StateChange.requireVersion(version, i.version(), "inspection");
    InspectionWorkflow.TABLE.transition(i.status(), InspectionWorkflow.Action.CLOSE);
    if (i.recommendations().stream()
        .anyMatch(r -> r.status() != RecommendationView.Status.CLOSED)) {
      throw new BusinessRuleViolation("oversight.inspection.recommendations-open");
    }
    return move(actor, i, version, InspectionWorkflow.Action.CLOSE, null, Map.of());
  }

  private InspectionView move(
      Actor actor,
      InspectionView i,
      long version,
      InspectionWorkflow.Action action,
      String reason,
      Map<String, Object> set) {
    StateChange.requireVersion(version, i.version(), "inspection");
    Status to = InspectionWorkflow.TABLE.transition(i.status(), action).to();
    return changes.move(
        new StateChange(
            InspectionWorkflow.TRACKED,
            i.id(),
            version,
            i.status().name(),
            to.name(),
            action.name(),
            actor.getUsername(),
            reason,
            set),
        i,
        () -> load(i.id()));
  }

  // --- The target's answers and the follow-up of recommendations ------------------------------

  /** The target answers a finding about itself. */
  @Transactional
  public InspectionView answerFinding(Actor actor, long id, long findingId, String answer) {
    InspectionView visible = view(actor, id);
    if (visible.findings().stream().noneMatch(f -> f.id() == findingId)) {
      throw new NotFound("oversight.finding-unknown");
    }
    String path = targetPath(finding(id, findingId));
    requireTargetSide(actor, path, head(id).path());
    String text = VietnameseText.cleanOrNull(answer);
    if (text == null) {
      throw BusinessRuleViolation.onField("answer", "oversight.answer-required");
    }
    jdbc.sql(
            "update inspection_finding set answer = :a, answered_by = :who, answered_at = :at where id = :f")
        .param("a", text)
        .param("who", actor.getUsername())
        .param("at", Timestamp.from(clock.instant()))
        .param("f", findingId)
        .update();
    audit.record("inspection.finding-answer", "inspection", id, null, Map.of("finding", findingId));
    return view(actor, id);
  }

  /** The target answers a recommendation: what it did, with its evidence attached before. */
  @Transactional
  public RecommendationView answer(
      Actor actor, long recommendationId, long version, String answer) {
    RecommendationView r = readableRecommendation(actor, recommendationId);
    requireTargetSide(actor, recommendationPath(recommendationId), head(r.inspectionId()).path());
    StateChange.requireVersion(version, r.version(), "recommendation");
    InspectionWorkflow.RECOMMENDATIONS.transition(
        r.status(), InspectionWorkflow.RecommendationAction.ANSWER);
    String text = VietnameseText.cleanOrNull(answer);
    if (text == null) {
      throw BusinessRuleViolation.onField("answer", "oversight.answer-required");
    }
    Map<String, Object> set = new LinkedHashMap<>();
    set.put("answer", text);
    set.put("answered_at", Timestamp.from(clock.instant()));
    return moveRecommendation(
        actor, r, version, InspectionWorkflow.RecommendationAction.ANSWER, null, set);
  }

  /** The team lead closes an answered recommendation; it needs evidence. */
  @Transactional
  public RecommendationView closeRecommendation(Actor actor, long recommendationId, long version) {
    RecommendationView r = readableRecommendation(actor, recommendationId);
    requireLeadOf(actor, r.inspectionId());
    StateChange.requireVersion(version, r.version(), "recommendation");
    InspectionWorkflow.RECOMMENDATIONS.transition(
        r.status(), InspectionWorkflow.RecommendationAction.CLOSE);
    if (r.files().isEmpty()) {
      throw new BusinessRuleViolation("oversight.recommendation.evidence-required");
    }
    return moveRecommendation(
        actor, r, version, InspectionWorkflow.RecommendationAction.CLOSE, null, Map.of());
  }

  /** The team lead sends an answer back with a reason. */
  @Transactional
  public RecommendationView returnRecommendation(
      Actor actor, long recommendationId, long version, String reason) {
    RecommendationView r = readableRecommendation(actor, recommendationId);
    requireLeadOf(actor, r.inspectionId());
    StateChange.requireVersion(version, r.version(), "recommendation");
    InspectionWorkflow.RECOMMENDATIONS.transition(
        r.status(), InspectionWorkflow.RecommendationAction.RETURN);
    String why = VietnameseText.cleanOrNull(reason);
    if (why == null) {
      throw BusinessRuleViolation.onField("reason", "movement.reason-required");
    }
    return moveRecommendation(
        actor, r, version, InspectionWorkflow.RecommendationAction.RETURN, why, Map.of());
  }

  /** Evidence of what the target did about a recommendation, while it is open. */
  @Transactional
  public RecommendationView attachToRecommendation(
      Actor actor, long recommendationId, String fileName, String contentType, byte[] content) {
    RecommendationView r = readableRecommendation(actor, recommendationId);
    requireTargetSide(actor, recommendationPath(recommendationId), head(r.inspectionId()).path());
    if (r.status() != RecommendationView.Status.OPEN) {
      throw new BusinessRuleViolation(
          "oversight.recommendation.not-open",
          new MessageKey("recommendation.status." + r.status().name()));
    }
    files.store(
        OversightFiles.Owner.RECOMMENDATION,
        recommendationId,
        fileName,
        contentType,
        content,
        actor.getUsername());
    jdbc.sql("update recommendation set version = version + 1, updated_at = now() where id = :id")
        .param("id", recommendationId)
        .update();
    return recommendation(recommendationId);
  }

  private RecommendationView moveRecommendation(
      Actor actor,
      RecommendationView r,
      long version,
      InspectionWorkflow.RecommendationAction action,
      String reason,
      Map<String, Object> set) {
    RecommendationView.Status to =
        InspectionWorkflow.RECOMMENDATIONS.transition(r.status(), action).to();
    return changes.move(
        new StateChange(
            InspectionWorkflow.RECOMMENDATION,
            r.id(),
            version,
            r.status().name(),
            to.name(),
            action.name(),
            actor.getUsername(),
            reason,
            set),
        r,
        () -> recommendation(r.id()));
  }

  // --- Reading --------------------------------------------------------------------------------

  private record Head(long id, String unitCode, String path, String status) {}

  private Head head(long id) {
    return jdbc.sql("select id, unit_code, path, status from inspection where id = :id")
        .param("id", id)
        .query(
            (rs, i) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .optional()
        .orElseThrow(() -> new NotFound("oversight.inspection.not-found"));
  }

  /** Whether the actor sees the whole inspection (its level) or only its own targets. */
  private boolean whole(Actor actor, Head h) {
    return actor.covers(h.path())
        || members(h.id()).stream().anyMatch(m -> m.username().equals(actor.getUsername()));
  }

  private List<String> targetPaths(long id) {
    return jdbc.sql("select path from inspection_target where inspection_id = :i")
        .param("i", id)
        .query(String.class)
        .list();
  }

  private Head readable(Actor actor, long id) {
    Head h = head(id);
    if (whole(actor, h)) {
      return h;
    }
    if (targetPaths(id).stream().anyMatch(actor::covers)) {
      return h;
    }
    throw new NotFound("oversight.inspection.not-found");
  }

  /** The inspection as the actor may see it: whole for its level and team, else its own part. */
  @Transactional(readOnly = true)
  public InspectionView view(Actor actor, long id) {
    Head h = readable(actor, id);
    InspectionView all = load(id);
    if (whole(actor, h)) {
      return all;
    }
    Set<Long> mine =
        all.targets().stream()
            .filter(t -> actor.covers(targetPath(t.id())))
            .map(InspectionView.Target::id)
            .collect(Collectors.toSet());
    return new InspectionView(
        all.id(),
        all.unitCode(),
        all.unitName(),
        all.movementId(),
        all.year(),
        all.title(),
        all.startsOn(),
        all.endsOn(),
        all.status(),
        all.conclusion(),
        all.concludedOn(),
        all.reason(),
        all.version(),
        true,
        all.members(),
        all.targets().stream().filter(t -> mine.contains(t.id())).toList(),
        all.checklist(),
        all.findings().stream().filter(f -> mine.contains(f.targetId())).toList(),
        all.recommendations().stream().filter(r -> mine.contains(r.targetId())).toList());
  }

  /** What the pages offer the actor on an inspection. */
  public record Rights(boolean plan, boolean member, boolean lead, Set<Long> answerTargets) {}

  @Transactional(readOnly = true)
  public Rights rights(Actor actor, long id) {
    Head h = readable(actor, id);
    InspectionView i = load(id);
    boolean planner =
        Scopes.may(actor, Permission.OVERSEE, h.path())
            || Scopes.may(actor, Permission.INSPECT, h.path());
    boolean member = i.members().stream().anyMatch(m -> m.username().equals(actor.getUsername()));
    boolean lead = actor.getUsername().equals(i.leadUsername());
    Set<Long> answer =
        i.targets().stream()
            .filter(t ->
                Scopes.mayOutside(actor, Permission.REPORT_TASKS, targetPath(t.id()), h.path()))
            .map(InspectionView.Target::id)
            .collect(Collectors.toSet());
    return new Rights(planner, member, lead, answer);
  }

  @Transactional(readOnly = true)
  public List<StateChanges.Entry> history(Actor actor, long id) {
    readable(actor, id);
    return changes.history(InspectionWorkflow.TRACKED, id);
  }

  /** Inspections the actor may see: of its level and below, or targeting its units. */
  @Transactional(readOnly = true)
  public List<InspectionView> list(Actor actor) {
    List<Long> ids =
        jdbc.sql("select id from inspection order by year desc, id desc").query(Long.class).list();
    List<InspectionView> out = new ArrayList<>();
    for (long id : ids) {
      Head h = head(id);
      if (whole(actor, h) || targetPaths(id).stream().anyMatch(actor::covers)) {
        out.add(view(actor, id));
      }
    }
    return out;
  }

  InspectionView load(long id) {
    InspectionView base =
        jdbc.sql("select * from inspection where id = :id")
            .param("id", id)
            .query((rs, i) -> base(rs))
            .optional()
            .orElseThrow(() -> new NotFound("oversight.inspection.not-found"));
    List<InspectionView.Target> targets =
        jdbc.sql(
                "select id, unit_code, organization_id, name from inspection_target where inspection_id = :i order by id")
            .param("i", id)
            .query((rs, i) ->
                new InspectionView.Target(
                    rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getString(4)))
            .list();
    Map<Long, String> names = new LinkedHashMap<>();
    targets.forEach(t -> names.put(t.id(), t.name()));
    List<InspectionView.Check> checklist =
        jdbc.sql(
                "select id, position, source, text from inspection_check where inspection_id = :i order by position")
            .param("i", id)
            .query((rs, i) ->
                new InspectionView.Check(
                    rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
            .list();
    List<InspectionView.Finding> findings =
        jdbc.sql("select * from inspection_finding where inspection_id = :i order by id")
            .param("i", id)
            .query((rs, i) -> {
              Timestamp answered = rs.getTimestamp("answered_at");
              long fid = rs.getLong("id");
              return new InspectionView.Finding(
                  fid,
                  rs.getLong("target_id"),
                  names.get(rs.getLong("target_id")),
                  rs.getObject("check_id", Long.class),
                  rs.getString("text"),
                  rs.getString("answer"),
                  rs.getString("answered_by"),
                  answered == null ? null : answered.toInstant(),
                  rs.getString("recorded_by"),
                  rs.getTimestamp("recorded_at").toInstant(),
                  files.list(OversightFiles.Owner.FINDING, fid));
            })
            .list();
    List<Long> recommendationIds =
        jdbc.sql("select id from recommendation where inspection_id = :i order by id")
            .param("i", id)
            .query(Long.class)
            .list();
    List<RecommendationView> recommendations = new ArrayList<>();
    for (long rid : recommendationIds) {
      recommendations.add(recommendation(rid));
    }
    return new InspectionView(
        base.id(),
        base.unitCode(),
        base.unitName(),
        base.movementId(),
        base.year(),
        base.title(),
        base.startsOn(),
        base.endsOn(),
        base.status(),
        base.conclusion(),
        base.concludedOn(),
        base.reason(),
        base.version(),
        false,
        members(id),
        targets,
        checklist,
        findings,
        recommendations);
  }

  private InspectionView base(ResultSet rs) throws SQLException {
    Date from = rs.getDate("starts_on");
    Date to = rs.getDate("ends_on");
    Date concluded = rs.getDate("concluded_on");
    String unit = rs.getString("unit_code");
    return new InspectionView(
        rs.getLong("id"),
        unit,
        units.unit(unit).map(UnitDirectory.Unit::name).orElse(unit),
        rs.getObject("movement_id", Long.class),
        rs.getInt("year"),
        rs.getString("title"),
        from == null ? null : from.toLocalDate(),
        to == null ? null : to.toLocalDate(),
        Status.valueOf(rs.getString("status")),
        rs.getString("conclusion"),
        concluded == null ? null : concluded.toLocalDate(),
        rs.getString("reason"),
        rs.getLong("version"),
        false,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private List<InspectionView.Member> members(long id) {
    return jdbc.sql(
            "select username, display_name, field, lead from inspection_member where inspection_id = :i order by lead desc, display_name")
        .param("i", id)
        .query((rs, i) ->
            new InspectionView.Member(
                rs.getString(1), rs.getString(2), Field.valueOf(rs.getString(3)), rs.getBoolean(4)))
        .list();
  }

  RecommendationView recommendation(long id) {
    LocalDate day = today();
    return jdbc.sql(
            """
            select r.*, i.title as inspection_title from recommendation r
            join inspection i on i.id = r.inspection_id where r.id = :id
            """)
        .param("id", id)
        .query((rs, i) -> {
          Date due = rs.getDate("due_on");
          Timestamp answered = rs.getTimestamp("answered_at");
          RecommendationView.Status status =
              RecommendationView.Status.valueOf(rs.getString("status"));
          return new RecommendationView(
              rs.getLong("id"),
              rs.getLong("inspection_id"),
              rs.getString("inspection_title"),
              rs.getLong("target_id"),
              rs.getString("owner_name"),
              rs.getObject("finding_id", Long.class),
              rs.getString("text"),
              due == null ? null : due.toLocalDate(),
              rs.getString("answer"),
              answered == null ? null : answered.toInstant(),
              status,
              rs.getString("reason"),
              rs.getLong("version"),
              status == RecommendationView.Status.OPEN
                  && due != null
                  && day.isAfter(due.toLocalDate()),
              files.list(OversightFiles.Owner.RECOMMENDATION, rs.getLong("id")));
        })
        .optional()
        .orElseThrow(() -> new NotFound("oversight.recommendation.not-found"));
  }

  /** A recommendation, if the actor sees its inspection's level, team or target. */
  @Transactional(readOnly = true)
  public RecommendationView readableRecommendation(Actor actor, long id) {
    RecommendationView r = recommendation(id);
    Head h = head(r.inspectionId());
    if (!whole(actor, h) && !actor.covers(recommendationPath(id))) {
      throw new NotFound("oversight.recommendation.not-found");
    }
    return r;
  }

  @Transactional(readOnly = true)
  public List<StateChanges.Entry> recommendationHistory(Actor actor, long id) {
    readableRecommendation(actor, id);
    return changes.history(InspectionWorkflow.RECOMMENDATION, id);
  }

  /** An evidence file of a finding or a recommendation the actor may read. */
  @Transactional(readOnly = true)
  public OversightFiles.File findingFile(Actor actor, long id, long findingId, long fileId) {
    InspectionView i = view(actor, id);
    if (i.findings().stream().noneMatch(f -> f.id() == findingId)) {
      throw new NotFound("oversight.file-not-found");
    }
    return files.read(OversightFiles.Owner.FINDING, findingId, fileId);
  }

  @Transactional(readOnly = true)
  public OversightFiles.File recommendationFile(Actor actor, long recommendationId, long fileId) {
    readableRecommendation(actor, recommendationId);
    return files.read(OversightFiles.Owner.RECOMMENDATION, recommendationId, fileId);
  }

  /** Recommendations addressed to the actor's units, open. */
  @Transactional(readOnly = true)
  public List<RecommendationView> toAnswer(Actor actor) {
    List<RecommendationView> out = new ArrayList<>();
    for (String scope : actor.scopesFor(Permission.REPORT_TASKS)) {
      for (long id :
          jdbc.sql(
                  "select id from recommendation where status = 'OPEN' and path = :p order by due_on, id")
              .param("p", scope)
              .query(Long.class)
              .list()) {
        out.add(recommendation(id));
      }
    }
    return out;
  }

  /** Answered recommendations of the inspections the actor leads. */
  @Transactional(readOnly = true)
  public List<RecommendationView> toClose(Actor actor) {
    List<RecommendationView> out = new ArrayList<>();
    for (long id :
        jdbc.sql(
                """
                select r.id from recommendation r
                join inspection_member m on m.inspection_id = r.inspection_id and m.lead and m.username = :u
                where r.status = 'ANSWERED' order by r.id
                """)
            .param("u", actor.getUsername())
            .query(Long.class)
            .list()) {
      out.add(recommendation(id));
    }
    return out;
  }

  // --- Checks ---------------------------------------------------------------------------------

  /** The inspected side answers (its office or the organisation), never the inspecting level. */
  private static void requireTargetSide(Actor actor, String targetPath, String inspectionPath) {
    if (!Scopes.mayOutside(actor, Permission.REPORT_TASKS, targetPath, inspectionPath)) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  private void requirePlanner(Actor actor, Head h) {
    if (!Scopes.may(actor, Permission.OVERSEE, h.path())
        && !Scopes.may(actor, Permission.INSPECT, h.path())) {
      if (!whole(actor, h) && targetPaths(h.id()).stream().noneMatch(actor::covers)) {
        throw new NotFound("oversight.inspection.not-found");
      }
      throw new AccessDeniedException("error.forbidden");
    }
  }

  private void requireTeamOrPlanner(Actor actor, Head h) {
    if (members(h.id()).stream().anyMatch(m -> m.username().equals(actor.getUsername()))) {
      return;
    }
    requirePlanner(actor, h);
  }

  private void requireMember(Actor actor, long id) {
    Head h = readable(actor, id);
    boolean member = members(id).stream().anyMatch(m -> m.username().equals(actor.getUsername()));
    if (!member || !Scopes.may(actor, Permission.INSPECT, h.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  private void requireLead(Actor actor, Head h, InspectionView i) {
    if (!whole(actor, h) && targetPaths(h.id()).stream().noneMatch(actor::covers)) {
      throw new NotFound("oversight.inspection.not-found");
    }
    if (!actor.getUsername().equals(i.leadUsername())
        || !Scopes.may(actor, Permission.INSPECT, h.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  private void requireLeadOf(Actor actor, long inspectionId) {
    Head h = head(inspectionId);
    requireLead(actor, h, load(inspectionId));
  }

  private static void open(Head h) {
    if (!"PLANNED".equals(h.status()) && !"IN_PROGRESS".equals(h.status())) {
      throw new BusinessRuleViolation(
          "oversight.inspection.not-open", new MessageKey("inspection.status." + h.status()));
    }
  }

  private InspectionView.Target target(InspectionView i, long targetId) {
    return i.targets().stream()
        .filter(t -> t.id() == targetId)
        .findFirst()
        .orElseThrow(() -> BusinessRuleViolation.onField("targetId", "oversight.target-unknown"));
  }

  private String targetPath(long targetId) {
    return jdbc.sql("select path from inspection_target where id = :t")
        .param("t", targetId)
        .query(String.class)
        .single();
  }

  private String recommendationPath(long id) {
    return jdbc.sql("select path from recommendation where id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  private long finding(long inspectionId, long findingId) {
    return jdbc.sql("select target_id from inspection_finding where id = :f and inspection_id = :i")
        .param("f", findingId)
        .param("i", inspectionId)
        .query(Long.class)
        .optional()
        .orElseThrow(() -> BusinessRuleViolation.onField("findingId", "oversight.finding-unknown"));
  }

  private void bump(long id) {
    jdbc.sql("update inspection set version = version + 1, updated_at = now() where id = :id")
        .param("id", id)
        .update();
  }

  Optional<String> unitName(String code) {
    return units.unit(code).map(UnitDirectory.Unit::name);
  }
}
