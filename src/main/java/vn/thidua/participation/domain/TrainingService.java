package vn.thidua.participation.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.StateChange;
import vn.thidua.kernel.StateChanges;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.organization.Actor;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationType;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.Permission;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.participation.TrainingCommand;
import vn.thidua.participation.TrainingView;
import vn.thidua.participation.TrainingView.Line;
import vn.thidua.participation.TrainingView.Status;

/**
 * Bình dân học vụ số: training sessions recorded by whoever records values for the organiser (a
 * community digital team, a school, a union …), with learners by target group and age group and the
 * skills covered. Every change recounts the completed learners of the village (or the organiser)
 * for the year into the "people trained" indicator, so the commune's and every level's totals move
 * with it; the commune sees its villages side by side.
 */
@Service
public class TrainingService {

  public static final List<String> SKILLS =
      List.of("ONLINE_PUBLIC_SERVICES", "VNEID", "CASHLESS_PAYMENT", "ONLINE_SAFETY");
  public static final List<String> TARGET_GROUPS =
      List.of("ELDERLY", "POLICY", "ETHNIC_MINORITY", "WORKER", "OTHER");
  public static final List<String> AGE_GROUPS = List.of("UNDER_35", "FROM_35", "FROM_60");

  private static final int MAX_LEARNERS = 100_000;

  private final JdbcClient jdbc;
  private final OrganizationDirectory organizations;
  private final UnitDirectory units;
  private final StateChanges changes;
  private final ComputedIndicators computed;
  private final Clock clock;

  TrainingService(
      JdbcClient jdbc,
      OrganizationDirectory organizations,
      UnitDirectory units,
      StateChanges changes,
      ComputedIndicators computed,
      Clock clock) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.units = units;
    this.changes = changes;
    this.computed = computed;
    this.clock = clock;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(VietnameseDates.ZONE));
  }

  // ----------------------------------------------------------------- record

  @Transactional
  public TrainingView record(Actor actor, TrainingCommand c) {
    if (!actor.may(Permission.RECORD_VALUES)) {
      throw new AccessDeniedException("error.forbidden");
    }
    if (c.organizationId() == null) {
      throw BusinessRuleViolation.onField("organizationId", "training.organizer-required");
    }
    OrganizationView org =
        organizations
            .organization(c.organizationId())
            .filter(o -> actor.reaches(o.path()))
            .orElseThrow(() ->
                BusinessRuleViolation.onField("organizationId", "training.organizer-unknown"));
    if (!actor.may(Permission.RECORD_VALUES, org.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    OrganizationView village = null;
    if (c.villageId() != null) {
      village =
          organizations
              .organization(c.villageId())
              .filter(v -> v.type() == OrganizationType.VILLAGE)
              .filter(v -> v.unitCode().equals(org.unitCode()))
              .orElseThrow(
                  () -> BusinessRuleViolation.onField("villageId", "training.village-unknown"));
    }
    String place = required("place", c.place(), 300);
    String topic = required("topic", c.topic(), 500);
    String trainers = VietnameseText.cleanOrNull(c.trainers());
    if (trainers != null && trainers.length() > 1000) {
      throw BusinessRuleViolation.onField("trainers", "common.too-long", 1000);
    }
    if (c.heldOn() == null) {
      throw BusinessRuleViolation.onField("heldOn", "training.date-required");
    }
    if (c.heldOn().isAfter(today())) {
      throw BusinessRuleViolation.onField("heldOn", "training.date-future");
    }
    if (c.skills().isEmpty()) {
      throw BusinessRuleViolation.onField("skills", "training.skills-required");
    }
    Set<String> skills = new java.util.LinkedHashSet<>();
    for (String s : c.skills()) {
      if (s == null || !SKILLS.contains(s.strip())) {
        throw BusinessRuleViolation.onField("skills", "training.skill-unknown", String.valueOf(s));
      }
      skills.add(s.strip());
    }
    List<TrainingCommand.Learners> learners = learners(c.learners());
    long id =
        jdbc.sql(
                """
                insert into training_session (organization_id, village_id, unit_code, path, place, held_on,
                  topic, trainers, skills, status, created_by, updated_by)
                values (:o, :v, :u, :p, :place, :on, :topic, :trainers, :skills, 'HELD', :who, :who)
                returning id
                """)
            .param("o", org.id())
            .param("v", village == null ? null : village.id())
            .param("u", org.unitCode())
            .param("p", village == null ? org.path() : village.path())
            .param("place", place)
            .param("on", Date.valueOf(c.heldOn()))
            .param("topic", topic)
            .param("trainers", trainers == null ? "" : trainers)
            .param("skills", String.join(",", skills))
            .param("who", actor.getUsername())
            .query(Long.class)
            .single();
    for (TrainingCommand.Learners l : learners) {
      jdbc.sql(
              "insert into training_learners (session_id, target_group, age_group, learners, completed) values (:s, :t, :a, :l, :c)")
          .param("s", id)
          .param("t", l.targetGroup())
          .param("a", l.ageGroup())
          .param("l", l.learners())
          .param("c", l.completed())
          .update();
    }
    TrainingView after = find(id).orElseThrow();
    changes.record(
        TrainingWorkflow.TRACKED,
        id,
        TrainingWorkflow.Action.RECORD.name(),
        null,
        Status.HELD.name(),
        actor.getUsername(),
        null,
        null,
        after);
    recount(after);
    return after;
  }

  private static String required(String field, String value, int max) {
    String v = VietnameseText.cleanOrNull(value);
    if (v == null) {
      throw BusinessRuleViolation.onField(field, "training." + field + "-required");
    }
    if (v.length() > max) {
      throw BusinessRuleViolation.onField(field, "common.too-long", max);
    }
    return v;
  }

  /**
   * The learners' lines: known groups, each cell once, completed within learners, some learners.
   */
  private static List<TrainingCommand.Learners> learners(List<TrainingCommand.Learners> lines) {
    List<TrainingCommand.Learners> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int total = 0;
    for (int i = 0; i < lines.size(); i++) {
      TrainingCommand.Learners l = lines.get(i);
      String field = "learners[" + i + "]";
      if (l == null
          || l.targetGroup() == null
          || !TARGET_GROUPS.contains(l.targetGroup())
          || l.ageGroup() == null
          || !AGE_GROUPS.contains(l.ageGroup())) {
        throw BusinessRuleViolation.onField(field, "training.group-unknown", i + 1);
      }
      int n = l.learners() == null ? 0 : l.learners();
      int done = l.completed() == null ? 0 : l.completed();
      if (n == 0 && done == 0) {
        continue;
      }
      if (n < 0 || done < 0 || n > MAX_LEARNERS) {
        throw BusinessRuleViolation.onField(field, "training.count-invalid", i + 1);
      }
      if (done > n) {
        throw BusinessRuleViolation.onField(field, "training.completed-above", i + 1, done, n);
      }
      if (!seen.add(l.targetGroup() + "|" + l.ageGroup())) {
        throw BusinessRuleViolation.onField(field, "training.group-twice", i + 1);
      }
      total += n;
      out.add(new TrainingCommand.Learners(l.targetGroup(), l.ageGroup(), n, done));
    }
    if (total == 0) {
      throw BusinessRuleViolation.onField("learners", "training.learners-required");
    }
    return out;
  }

  @Transactional
  public TrainingView cancel(Actor actor, long id, long version, String reason) {
    TrainingView t = get(actor, id);
    if (!actor.may(Permission.RECORD_VALUES, pathOf(id))) {
      throw new AccessDeniedException("error.forbidden");
    }
    StateChange.requireVersion(version, t.version(), "training_session");
    var tr = TrainingWorkflow.TABLE.transition(t.status(), TrainingWorkflow.Action.CANCEL);
    String why = VietnameseText.cleanOrNull(reason);
    if (why == null) {
      throw BusinessRuleViolation.onField("reason", "movement.reason-required");
    }
    if (why.length() > 2000) {
      throw BusinessRuleViolation.onField("reason", "common.too-long", 2000);
    }
    TrainingView after =
        changes.move(
            new StateChange(
                TrainingWorkflow.TRACKED,
                id,
                version,
                t.status().name(),
                tr.to().name(),
                TrainingWorkflow.Action.CANCEL.name(),
                actor.getUsername(),
                why,
                Map.of()),
            t,
            () -> find(id).orElseThrow());
    recount(after);
    return after;
  }

  /** The completed learners of the session's village (or organiser) in its year, recounted. */
  private void recount(TrainingView t) {
    long holder = t.villageId() != null ? t.villageId() : t.organizationId();
    int year = t.heldOn().getYear();
    int completed =
        jdbc.sql(
                """
                select coalesce(sum(l.completed), 0) from training_learners l
                join training_session s on s.id = l.session_id
                where s.status = 'HELD' and coalesce(s.village_id, s.organization_id) = :h
                  and extract(year from s.held_on) = :y
                """)
            .param("h", holder)
            .param("y", year)
            .query(Integer.class)
            .single();
    computed.fill(holder, year, "PEOPLE_TRAINED", completed, "values.computed.trained");
  }

  // ----------------------------------------------------------------- read

  @Transactional(readOnly = true)
  public TrainingView get(Actor actor, long id) {
    String path = pathOf(id);
    if (path == null || !actor.reaches(path)) {
      throw new NotFound("training.not-found");
    }
    if (!actor.may(Permission.VIEW_PLANS) && !actor.may(Permission.RECORD_VALUES)) {
      throw new AccessDeniedException("error.forbidden");
    }
    return find(id).orElseThrow(() -> new NotFound("training.not-found"));
  }

  public List<vn.thidua.kernel.StateChanges.Entry> history(Actor actor, long id) {
    get(actor, id);
    return changes.history(TrainingWorkflow.TRACKED, id);
  }

  public boolean mayRecord(Actor actor, TrainingView t) {
    return actor.may(Permission.RECORD_VALUES, pathOf(t.id()));
  }

  String pathOf(long id) {
    return jdbc.sql("select path from training_session where id = :id")
        .param("id", id)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  /** The sessions of a unit in a year that the actor reaches, newest first. */
  @Transactional(readOnly = true)
  public List<TrainingView> list(Actor actor, String unitCode, int year) {
    UnitDirectory.Unit unit = unit(actor, unitCode);
    List<TrainingView> out = new ArrayList<>();
    for (TrainingView t :
        jdbc.sql(
                SELECT
                    + " where s.path like :p and extract(year from s.held_on) = :y order by s.held_on desc, s.id desc limit 1000")
            .param("p", unit.path() + "%")
            .param("y", year)
            .query(this::map)
            .list()) {
      out.add(withLearners(t));
    }
    return out;
  }

  /** The unit the actor reads (its own first unit when none is named). */
  public UnitDirectory.Unit unit(Actor actor, String unitCode) {
    if (!actor.may(Permission.VIEW_PLANS) && !actor.may(Permission.RECORD_VALUES)) {
      throw new AccessDeniedException("error.forbidden");
    }
    String code = unitCode;
    if (code == null || code.isBlank()) {
      code = ownUnit(actor);
    }
    UnitDirectory.Unit unit =
        units.unit(code.strip()).orElseThrow(() -> new NotFound("unit.not-found"));
    if (!actor.covers(unit.path()) && !actor.reaches(unit.path())) {
      throw new NotFound("unit.not-found");
    }
    return unit;
  }

  private static String ownUnit(Actor actor) {
    if (actor.grants().isEmpty()) {
      return "VN";
    }
    String[] parts = actor.grants().getFirst().scopePath().split("/");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (!parts[i].isEmpty() && !parts[i].startsWith("o")) {
        return parts[i];
      }
    }
    return "VN";
  }

  /** The learners of a unit's sessions in a year, by village, target group, age group and skill. */
  @Transactional(readOnly = true)
  public TrainingView.Summary summary(Actor actor, String unitCode, int year) {
    UnitDirectory.Unit unit = unit(actor, unitCode);
    List<TrainingView> sessions =
        list(actor, unit.code(), year).stream().filter(t -> t.status() == Status.HELD).toList();
    Map<String, int[]> village = new LinkedHashMap<>();
    Map<String, int[]> target = new LinkedHashMap<>();
    Map<String, int[]> age = new LinkedHashMap<>();
    Map<String, int[]> skill = new LinkedHashMap<>();
    TARGET_GROUPS.forEach(g -> target.put(g, new int[3]));
    AGE_GROUPS.forEach(g -> age.put(g, new int[3]));
    SKILLS.forEach(g -> skill.put(g, new int[3]));
    int learners = 0;
    int completed = 0;
    for (TrainingView t : sessions) {
      String v = t.villageName() != null ? t.villageName() : t.organizationName();
      add(village, v, 1, t.totalLearners(), t.totalCompleted());
      learners += t.totalLearners();
      completed += t.totalCompleted();
      Set<String> targets = new HashSet<>();
      Set<String> ages = new HashSet<>();
      for (TrainingCommand.Learners l : t.learners()) {
        add(
            target,
            l.targetGroup(),
            targets.add(l.targetGroup()) ? 1 : 0,
            l.learners(),
            l.completed());
        add(age, l.ageGroup(), ages.add(l.ageGroup()) ? 1 : 0, l.learners(), l.completed());
      }
      for (String s : t.skills()) {
        add(skill, s, 1, t.totalLearners(), t.totalCompleted());
      }
    }
    return new TrainingView.Summary(
        unit.code(),
        year,
        sessions.size(),
        learners,
        completed,
        lines(village),
        lines(target),
        lines(age),
        lines(skill));
  }

  private static void add(Map<String, int[]> m, String key, int sessions, int learners, int done) {
    int[] a = m.computeIfAbsent(key, k -> new int[3]);
    a[0] += sessions;
    a[1] += learners;
    a[2] += done;
  }

  private static List<Line> lines(Map<String, int[]> m) {
    List<Line> out = new ArrayList<>();
    m.forEach((k, a) -> out.add(new Line(k, a[0], a[1], a[2])));
    return out;
  }

  // ----------------------------------------------------------------- rows

  private static final String SELECT = "select s.* from training_session s";

  private String nameOf(Long organizationId) {
    return organizationId == null
        ? null
        : organizations.organization(organizationId).map(OrganizationView::name).orElse(null);
  }

  Optional<TrainingView> find(long id) {
    return jdbc.sql(SELECT + " where s.id = :id")
        .param("id", id)
        .query(this::map)
        .optional()
        .map(this::withLearners);
  }

  private TrainingView withLearners(TrainingView t) {
    List<TrainingCommand.Learners> learners =
        jdbc.sql(
                "select target_group, age_group, learners, completed from training_learners where session_id = :s")
            .param("s", t.id())
            .query((rs, i) ->
                new TrainingCommand.Learners(
                    rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
            .list();
    List<TrainingCommand.Learners> sorted = new ArrayList<>(learners);
    sorted.sort(
        java.util.Comparator.comparingInt(
                (TrainingCommand.Learners l) -> TARGET_GROUPS.indexOf(l.targetGroup()))
            .thenComparingInt(l -> AGE_GROUPS.indexOf(l.ageGroup())));
    return new TrainingView(
        t.id(),
        t.organizationId(),
        t.organizationName(),
        t.villageId(),
        t.villageName(),
        t.unitCode(),
        t.place(),
        t.heldOn(),
        t.topic(),
        t.trainers(),
        t.skills(),
        sorted,
        t.status(),
        t.reason(),
        t.version());
  }

  private TrainingView map(ResultSet rs, int i) throws SQLException {
    return new TrainingView(
        rs.getLong("id"),
        rs.getLong("organization_id"),
        nameOf(rs.getLong("organization_id")),
        (Long) rs.getObject("village_id"),
        nameOf((Long) rs.getObject("village_id")),
        rs.getString("unit_code"),
        rs.getString("place"),
        rs.getDate("held_on").toLocalDate(),
        rs.getString("topic"),
        rs.getString("trainers"),
        Arrays.asList(rs.getString("skills").split(",")),
        List.of(),
        Status.valueOf(rs.getString("status")),
        rs.getString("reason"),
        rs.getLong("version"));
  }
}
