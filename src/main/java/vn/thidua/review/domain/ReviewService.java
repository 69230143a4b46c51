package vn.thidua.review.domain;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.initiative.InitiativeRecords;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.ConcurrentChange;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.StateChange;
import vn.thidua.kernel.StateChanges;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.Plans;
import vn.thidua.organization.Actor;
import vn.thidua.organization.AdministrativeLevel;
import vn.thidua.organization.Permission;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.participation.IndicatorTotal;
import vn.thidua.participation.PeriodFigures;
import vn.thidua.review.OpenRoundCommand;
import vn.thidua.review.ReportCommand;
import vn.thidua.review.RoundView;
import vn.thidua.review.RoundView.Figure;
import vn.thidua.review.RoundView.Option;
import vn.thidua.review.RoundView.Snapshot;
import vn.thidua.review.RoundView.Status;
import vn.thidua.review.Rounds;
import vn.thidua.rulebook.Rulebook;

/**
 * Review rounds: opened by the office of a level from its issued plan (the occasions its phases
 * name, the forms it offers there that the rulebook has in force), the period frozen as it stands,
 * the report drafted from that snapshot and edited by the office, sent up, received or given back
 * by the level above, and closed once the decisions are issued. Every step goes through the shared
 * state changes.
 */
@Service
public class ReviewService implements Rounds {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final int MAX_TEXT = 20_000;

  private final JdbcClient jdbc;
  private final Plans plans;
  private final PeriodFigures figures;
  private final InitiativeRecords initiatives;
  private final UnitDirectory units;
  private final Rulebook rulebook;
  private final StateChanges changes;
  private final ObjectMapper json;
  private final MessageSource messages;
  private final Clock clock;
  private final List<vn.thidua.review.PeriodHonours> honours;

  ReviewService(
      JdbcClient jdbc,
      Plans plans,
      PeriodFigures figures,
      InitiativeRecords initiatives,
      UnitDirectory units,
      Rulebook rulebook,
      StateChanges changes,
      ObjectMapper json,
      MessageSource messages,
      Clock clock,
      List<vn.thidua.review.PeriodHonours> honours) {
    this.honours = honours;
    this.jdbc = jdbc;
    this.plans = plans;
    this.figures = figures;
    this.initiatives = initiatives;
    this.units = units;
    this.rulebook = rulebook;
    this.changes = changes;
    this.json = json;
    this.messages = messages;
    this.clock = clock;
  }

  private String msg(String key, Object... args) {
    return messages.getMessage(key, args, key, VI);
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(VietnameseDates.ZONE));
  }

  // ----------------------------------------------------------------- what may be opened

  /** The issued plans of administrative units whose office the actor is (it may open rounds). */
  @Transactional(readOnly = true)
  public List<MovementView> plansToOpen(Actor actor) {
    List<MovementView> out = new ArrayList<>();
    Map<Long, String> paths = plans.issuedPaths();
    for (MovementView m : plans.issued()) {
      String path = paths.get(m.id());
      if (!m.organizationPlan() && path != null && actor.may(Permission.MANAGE_PLANS, path)) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * The rounds a plan allows: the sơ kết and tổng kết its phases end with, and the annual review of
   * every year of its period.
   */
  @Transactional(readOnly = true)
  public List<Option> options(Actor actor, long movementId) {
    if (!actor.may(Permission.VIEW_PLANS)) {
      throw new AccessDeniedException("error.forbidden");
    }
    MovementView m = plan(actor, movementId);
    return options(m, plans.currentDocument(m.id()));
  }

  static List<Option> options(MovementView m, PlanDocument doc) {
    List<Option> out = new ArrayList<>();
    Integer from = m.periodFrom();
    int phase = 0;
    for (PlanDocument.Phase p : doc.phases()) {
      phase++;
      if (p.review() == null || p.reviewYear() == null) {
        continue;
      }
      switch (p.review()) {
        case INTERIM ->
            out.add(
                new Option(
                    "INTERIM:" + p.reviewYear(),
                    "INTERIM",
                    phase,
                    p.fromYear() == null ? p.reviewYear() : p.fromYear(),
                    p.reviewYear()));
        case FINAL ->
            out.add(
                new Option(
                    "FINAL:" + p.reviewYear(),
                    "FINAL",
                    phase,
                    from != null ? from : p.fromYear() == null ? p.reviewYear() : p.fromYear(),
                    p.reviewYear()));
        default -> {}
      }
    }
    if (from != null && m.periodTo() != null) {
      for (int y = from; y <= m.periodTo(); y++) {
        out.add(new Option("ANNUAL:" + y, "ANNUAL", null, y, y));
      }
    }
    return out;
  }

  /** The forms the plan offers at an occasion that the rulebook has in force, in plan order. */
  List<String> formsOf(PlanDocument doc, String occasion, String province) {
    List<String> out = new ArrayList<>();
    for (PlanDocument.Award a : doc.awards()) {
      if (a.occasion() != null && a.occasion().name().equals(occasion)) {
        for (String code : a.forms()) {
          if (!out.contains(code)
              && rulebook.known(code)
              && rulebook.form(code, today(), province).isPresent()) {
            out.add(code);
          }
        }
      }
    }
    return out;
  }

  /** The forms a plan offers at an option's occasion (the opening form lists them). */
  @Transactional(readOnly = true)
  public List<String> forms(Actor actor, long movementId, String optionKey) {
    MovementView m = plan(actor, movementId);
    Option o = option(m, optionKey);
    return formsOf(plans.currentDocument(m.id()), o.occasion(), province(m.unitCode()));
  }

  private Option option(MovementView m, String key) {
    if (key == null || key.isBlank()) {
      throw BusinessRuleViolation.onField("occasion", "round.occasion-required");
    }
    return options(m, plans.currentDocument(m.id())).stream()
        .filter(o -> o.key().equals(key.strip()))
        .findFirst()
        .orElseThrow(() -> BusinessRuleViolation.onField("occasion", "round.occasion-unknown"));
  }

  private String province(String unitCode) {
    UnitDirectory.Unit u = units.unit(unitCode).orElse(null);
    if (u == null || u.level() == AdministrativeLevel.NATION) {
      return null;
    }
    return u.level() == AdministrativeLevel.COMMUNE ? u.parentCode() : u.code();
  }

  private MovementView plan(Actor actor, Long movementId) {
    if (movementId == null) {
      throw BusinessRuleViolation.onField("movementId", "round.plan-required");
    }
    MovementView m;
    try {
      m = plans.readable(actor, movementId).orElse(null);
    } catch (AccessDeniedException e) {
      m = null;
    }
    if (m == null || m.status() != MovementView.Status.ISSUED || m.organizationPlan()) {
      throw BusinessRuleViolation.onField("movementId", "round.plan-unknown");
    }
    return m;
  }

  // ----------------------------------------------------------------- open

  @Transactional
  public RoundView open(Actor actor, OpenRoundCommand c) {
    if (!actor.may(Permission.MANAGE_PLANS)) {
      throw new AccessDeniedException("error.forbidden");
    }
    MovementView m = plan(actor, c.movementId());
    UnitDirectory.Unit unit = units.unit(m.unitCode()).orElseThrow();
    if (!actor.may(Permission.MANAGE_PLANS, unit.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    Option o = option(m, c.occasion());
    PlanDocument doc = plans.currentDocument(m.id());
    List<String> forms = formsOf(doc, o.occasion(), province(unit.code()));
    Map<String, Integer> quotas = new LinkedHashMap<>();
    c.quotas()
        .forEach((code, n) -> {
          if (n == null) {
            return;
          }
          if (!forms.contains(code)) {
            throw BusinessRuleViolation.onField(
                "quota." + code, "round.quota-form", String.valueOf(code));
          }
          if (n < 0 || n > 100_000) {
            throw BusinessRuleViolation.onField(
                "quota." + code, "round.quota-invalid", rulebook.shortName(code));
          }
          quotas.put(code, n);
        });
    if (c.nominationsDue() != null
        && c.reportDue() != null
        && c.reportDue().isBefore(c.nominationsDue())) {
      throw BusinessRuleViolation.onField("reportDue", "round.report-before-nominations");
    }
    String participants = VietnameseText.cleanOrNull(c.participants());
    if (participants == null) {
      participants = defaultParticipants(doc);
    }
    if (participants.length() > 2000) {
      throw BusinessRuleViolation.onField("participants", "common.too-long", 2000);
    }
    String title = title(o, m);
    Snapshot snapshot = freeze(m.id(), unit, o.fromYear(), o.toYear(), doc);
    RoundView.Report report = draft(o, m, snapshot);
    long id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into review_round (movement_id, unit_code, unit_name, path, occasion, phase,
                    from_year, to_year, title, forms, quotas, nominations_due, report_due, participants,
                    snapshot, frozen_at, report, status, created_by, updated_by)
                  values (:m, :u, :un, :p, :occ, :ph, :f, :t, :title, :forms, cast(:q as jsonb), :nd, :rd,
                    :part, cast(:snap as jsonb), now(), cast(:rep as jsonb), 'OPEN', :who, :who)
                  returning id
                  """)
              .param("m", m.id())
              .param("u", unit.code())
              .param("un", unit.name())
              .param("p", unit.path())
              .param("occ", o.occasion())
              .param("ph", o.phase())
              .param("f", o.fromYear())
              .param("t", o.toYear())
              .param("title", title)
              .param("forms", String.join(",", forms))
              .param("q", json.writeValueAsString(quotas))
              .param("nd", c.nominationsDue() == null ? null : Date.valueOf(c.nominationsDue()))
              .param("rd", c.reportDue() == null ? null : Date.valueOf(c.reportDue()))
              .param("part", participants)
              .param("snap", json.writeValueAsString(snapshot))
              .param("rep", json.writeValueAsString(report))
              .param("who", actor.getUsername())
              .query(Long.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw BusinessRuleViolation.onField("occasion", "round.duplicate", title);
    }
    RoundView after = find(id).orElseThrow();
    changes.record(
        RoundWorkflow.TRACKED,
        id,
        RoundWorkflow.Action.OPEN.name(),
        null,
        Status.OPEN.name(),
        actor.getUsername(),
        null,
        null,
        after);
    return after;
  }

  private String title(Option o, MovementView m) {
    String movement = m.names().isEmpty() ? m.name() : m.names().getFirst();
    return switch (o.occasion()) {
      case "INTERIM" ->
          msg("round.title.INTERIM", o.phase(), o.fromYear() + " - " + o.toYear(), movement);
      case "FINAL" -> msg("round.title.FINAL", o.fromYear() + " - " + o.toYear(), movement);
      default -> msg("round.title.ANNUAL", String.valueOf(o.toYear()), movement);
    };
  }

  private String defaultParticipants(PlanDocument doc) {
    List<String> headings = new ArrayList<>();
    for (PlanDocument.Criterion cr : doc.criteria()) {
      if (cr.heading() != null) {
        headings.add(cr.heading().replaceFirst("^Đối với\\s+", ""));
      }
    }
    return headings.isEmpty() ? msg("round.participants.default") : String.join("; ", headings);
  }

  /** The period as it stands now: what opening a round freezes. */
  Snapshot freeze(long movementId, UnitDirectory.Unit unit, int from, int to, PlanDocument doc) {
    List<String> themes = doc.themes().stream().map(PlanDocument.Theme::title).toList();
    Map<String, Integer> themeOf = new HashMap<>();
    for (PlanDocument.Indicator i : doc.indicators()) {
      if (i.theme() != null) {
        themeOf.put(i.code(), i.theme());
      }
    }
    List<Figure> list = new ArrayList<>();
    List<RoundView.Activity> activity = new ArrayList<>();
    for (int y = from; y <= to; y++) {
      for (IndicatorTotal t : figures.totals(movementId, unit.code(), y)) {
        list.add(
            new Figure(
                t.indicatorCode(),
                t.indicatorName(),
                t.unit(),
                themeOf.get(t.indicatorCode()),
                y,
                t.total(),
                t.reporting(),
                t.target()));
      }
      PeriodFigures.Activity a = figures.activity(movementId, unit.path(), y);
      activity.add(
          new RoundView.Activity(y, a.registrations(), a.reportsSent(), a.reportsOnTime()));
    }
    InitiativeRecords.Period p = initiatives.period(unit.path(), from, to);
    List<RoundView.Initiative> recognised =
        p.initiatives().stream()
            .map(i -> new RoundView.Initiative(i.title(), i.unit(), i.scope(), i.decisionDate()))
            .toList();
    List<vn.thidua.review.PeriodHonours.Count> awarded = new ArrayList<>();
    honours.forEach(h -> awarded.addAll(h.counted(unit.code(), from, to)));
    return new Snapshot(themes, list, activity, recognised, p.publishedModels(), awarded);
  }

  /** The report's first draft: an overview of the figures; the rest for the office to write. */
  private RoundView.Report draft(Option o, MovementView m, Snapshot s) {
    int met = 0;
    int withTarget = 0;
    for (Figure f : s.figures()) {
      if (f.year() == o.toYear() && f.percent() != null) {
        withTarget++;
        if (f.percent() >= 100) {
          met++;
        }
      }
    }
    String overview =
        msg(
            "round.draft.overview",
            m.unitName(),
            o.fromYear() + " - " + o.toYear(),
            met,
            withTarget,
            String.valueOf(o.toYear()),
            s.initiatives().size(),
            s.models().size());
    return new RoundView.Report(overview, "", "", msg("round.draft.next-tasks"));
  }

  // ----------------------------------------------------------------- read

  @Transactional(readOnly = true)
  public RoundView get(Actor actor, long id) {
    RoundView r = find(id).orElseThrow(() -> new NotFound("round.not-found"));
    if (!actor.reaches(r.path())) {
      throw new NotFound("round.not-found");
    }
    if (!actor.may(Permission.VIEW_PLANS)) {
      throw new AccessDeniedException("error.forbidden");
    }
    return r;
  }

  /** The rounds the actor reaches (its level's, those above and below it), newest first. */
  @Transactional(readOnly = true)
  public List<RoundView> list(Actor actor) {
    if (!actor.may(Permission.VIEW_PLANS)) {
      throw new AccessDeniedException("error.forbidden");
    }
    List<RoundView> out = new ArrayList<>();
    for (RoundView r :
        jdbc.sql(SELECT + " order by r.to_year desc, r.path, r.id desc limit 500")
            .query(this::map)
            .list()) {
      if (actor.reaches(r.path())) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * The rounds of the units directly below the actor's level(s) that were sent up (reported,
   * received, closed): what the level above compares side by side.
   */
  @Transactional(readOnly = true)
  public List<RoundView> fromBelow(Actor actor) {
    List<RoundView> out = new ArrayList<>();
    for (RoundView r : list(actor)) {
      if (r.status() != Status.OPEN && upper(actor, r)) {
        out.add(r);
      }
    }
    return out;
  }

  /** The frozen figures that differ from the kept totals now (later edits, late values). */
  @Transactional(readOnly = true)
  public List<RoundView.Change> changesSinceFreeze(RoundView r) {
    List<RoundView.Change> out = new ArrayList<>();
    Map<String, Figure> frozen = new HashMap<>();
    for (Figure f : r.snapshot().figures()) {
      frozen.put(f.code() + "@" + f.year(), f);
    }
    for (int y = r.fromYear(); y <= r.toYear(); y++) {
      for (IndicatorTotal t : figures.totals(r.movementId(), r.unitCode(), y)) {
        Figure f = frozen.get(t.indicatorCode() + "@" + y);
        BigDecimal was = f == null ? BigDecimal.ZERO : f.total();
        if (was.compareTo(t.total()) != 0) {
          out.add(
              new RoundView.Change(
                  t.indicatorCode(), t.indicatorName(), t.unit(), y, was, t.total()));
        }
      }
    }
    return out;
  }

  public List<StateChanges.Entry> history(Actor actor, long id) {
    get(actor, id);
    return changes.history(RoundWorkflow.TRACKED, id);
  }

  /** Whether the actor is the office of the round's level (or above it). */
  public boolean office(Actor actor, RoundView r) {
    return actor.may(Permission.MANAGE_PLANS, r.path());
  }

  /** Whether the actor is the office of the level above the round's. */
  public boolean upper(Actor actor, RoundView r) {
    String parent = parentPath(r.path());
    return parent != null && actor.may(Permission.MANAGE_PLANS, parent);
  }

  static String parentPath(String path) {
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    int i = trimmed.lastIndexOf('/');
    return i <= 0 ? null : trimmed.substring(0, i + 1);
  }

  /** The actions the actor may take on the round now. */
  public List<RoundWorkflow.Action> actions(Actor actor, RoundView r) {
    List<RoundWorkflow.Action> out = new ArrayList<>();
    for (RoundWorkflow.Action a : RoundWorkflow.TABLE.actions(r.status())) {
      String by = RoundWorkflow.TABLE.transition(r.status(), a).by();
      if (("OFFICE".equals(by) && office(actor, r)) || ("UPPER".equals(by) && upper(actor, r))) {
        out.add(a);
      }
    }
    return out;
  }

  // ----------------------------------------------------------------- edit and move

  @Transactional
  public RoundView editReport(Actor actor, long id, ReportCommand c) {
    RoundView r = get(actor, id);
    if (!office(actor, r)) {
      throw new AccessDeniedException("error.forbidden");
    }
    if (c.version() == null) {
      throw BusinessRuleViolation.onField("version", "round.version-required");
    }
    StateChange.requireVersion(c.version(), r.version(), "review_round");
    if (!r.reportEditable()) {
      throw new BusinessRuleViolation("round.report-not-editable");
    }
    RoundView.Report report =
        new RoundView.Report(
            text("overview", c.overview()),
            text("difficulties", c.difficulties()),
            text("lessons", c.lessons()),
            text("nextTasks", c.nextTasks()));
    int n =
        jdbc.sql(
                """
                update review_round set report = cast(:rep as jsonb), version = version + 1,
                  updated_at = now(), updated_by = :who where id = :id and version = :v
                """)
            .param("rep", json.writeValueAsString(report))
            .param("who", actor.getUsername())
            .param("id", id)
            .param("v", r.version())
            .update();
    if (n == 0) {
      throw new ConcurrentChange("review_round");
    }
    return find(id).orElseThrow();
  }

  private static String text(String field, String value) {
    String v = value == null ? "" : VietnameseText.clean(value);
    if (v.length() > MAX_TEXT) {
      throw BusinessRuleViolation.onField(field, "common.too-long", MAX_TEXT);
    }
    return v;
  }

  @Transactional
  public RoundView act(
      Actor actor, long id, long version, RoundWorkflow.Action action, String reason) {
    RoundView r = get(actor, id);
    StateChange.requireVersion(version, r.version(), "review_round");
    var t = RoundWorkflow.TABLE.transition(r.status(), action);
    boolean allowed =
        ("OFFICE".equals(t.by()) && office(actor, r))
            || ("UPPER".equals(t.by()) && upper(actor, r));
    if (!allowed) {
      throw new AccessDeniedException("error.forbidden");
    }
    String why = VietnameseText.cleanOrNull(reason);
    if (action == RoundWorkflow.Action.GIVE_BACK && why == null) {
      throw BusinessRuleViolation.onField("reason", "movement.reason-required");
    }
    if (why != null && why.length() > 2000) {
      throw BusinessRuleViolation.onField("reason", "common.too-long", 2000);
    }
    return changes.move(
        new StateChange(
            RoundWorkflow.TRACKED,
            id,
            version,
            r.status().name(),
            t.to().name(),
            action.name(),
            actor.getUsername(),
            why,
            Map.of()),
        r,
        () -> find(id).orElseThrow());
  }

  // ----------------------------------------------------------------- the next phase

  /**
   * The round the next phase ends with (its sơ kết or the tổng kết), as the plan's current version
   * offers it, when a sơ kết is closed and that round is not open yet; else empty.
   */
  @Transactional(readOnly = true)
  public Optional<Option> next(Actor actor, RoundView r) {
    if (r.status() != Status.CLOSED
        || !"INTERIM".equals(r.occasion())
        || r.phase() == null
        || !office(actor, r)) {
      return Optional.empty();
    }
    MovementView m = plans.readable(actor, r.movementId()).orElse(null);
    return nextOf(r, m);
  }

  private Optional<Option> nextOf(RoundView r, MovementView m) {
    if (m == null || m.status() != MovementView.Status.ISSUED) {
      return Optional.empty();
    }
    return options(m, plans.currentDocument(m.id())).stream()
        .filter(o -> o.phase() != null && o.phase() > r.phase())
        .filter(o ->
            jdbc.sql(
                        "select count(*) from review_round where movement_id = :m and occasion = :o and to_year = :y")
                    .param("m", m.id())
                    .param("o", o.occasion())
                    .param("y", o.toYear())
                    .query(Integer.class)
                    .single()
                == 0)
        .findFirst();
  }

  /**
   * Opens, from a closed sơ kết, the round the next phase ends with, in one step: the same level
   * and participants, the forms, periods and indicators (with their targets) of the plan's current
   * version, so that amendments made since the first round are carried.
   */
  @Transactional
  public RoundView openNext(Actor actor, long id) {
    RoundView r = get(actor, id);
    if (!office(actor, r)) {
      throw new AccessDeniedException("error.forbidden");
    }
    if (r.status() != Status.CLOSED || !"INTERIM".equals(r.occasion())) {
      throw new BusinessRuleViolation("round.next-not-closed");
    }
    MovementView m = plan(actor, r.movementId());
    Option o = nextOf(r, m).orElseThrow(() -> new BusinessRuleViolation("round.next-none"));
    return open(
        actor, new OpenRoundCommand(m.id(), o.key(), Map.of(), null, null, r.participants()));
  }

  // ----------------------------------------------------------------- API for other modules

  @Override
  @Transactional
  public void decisionsIssued(long roundId) {
    RoundView r = find(roundId).orElse(null);
    if (r == null || r.status() == Status.CLOSED) {
      return;
    }
    var t = RoundWorkflow.TABLE.transition(r.status(), RoundWorkflow.Action.CLOSE);
    changes.move(
        new StateChange(
            RoundWorkflow.TRACKED,
            roundId,
            r.version(),
            r.status().name(),
            t.to().name(),
            RoundWorkflow.Action.CLOSE.name(),
            "system",
            msg("round.closed-by-decisions"),
            Map.of()),
        r,
        () -> find(roundId).orElseThrow());
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Terms> terms(long roundId) {
    return find(roundId)
        .map(r ->
            new Terms(
                r.id(),
                r.movementId(),
                r.unitCode(),
                r.path(),
                r.title(),
                r.occasion(),
                r.fromYear(),
                r.toYear(),
                r.forms(),
                r.quotas(),
                r.nominationsDue(),
                r.status() != Status.CLOSED));
  }

  // ----------------------------------------------------------------- rows

  private static final String SELECT = "select r.* from review_round r";

  Optional<RoundView> find(long id) {
    return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(this::map).optional();
  }

  /** Rounds waiting on an office: open ones (their report) and reported ones (to receive). */
  List<RoundView> waiting() {
    return jdbc.sql(SELECT + " where r.status in ('OPEN', 'REPORTED') order by r.id limit 1000")
        .query(this::map)
        .list();
  }

  private RoundView map(ResultSet rs, int i) throws SQLException {
    String forms = rs.getString("forms");
    Date nd = rs.getDate("nominations_due");
    Date rd = rs.getDate("report_due");
    long movementId = rs.getLong("movement_id");
    String planTitle;
    try {
      planTitle = plans.currentDocument(movementId).title();
    } catch (RuntimeException e) {
      planTitle = "";
    }
    return new RoundView(
        rs.getLong("id"),
        movementId,
        planTitle,
        rs.getString("unit_code"),
        rs.getString("unit_name"),
        rs.getString("path"),
        rs.getString("occasion"),
        (Integer) rs.getObject("phase"),
        rs.getInt("from_year"),
        rs.getInt("to_year"),
        rs.getString("title"),
        forms == null || forms.isBlank() ? List.of() : Arrays.asList(forms.split(",")),
        json.readValue(rs.getString("quotas"), new TypeReference<Map<String, Integer>>() {}),
        nd == null ? null : nd.toLocalDate(),
        rd == null ? null : rd.toLocalDate(),
        rs.getString("participants"),
        json.readValue(rs.getString("snapshot"), Snapshot.class),
        rs.getTimestamp("frozen_at").toInstant(),
        json.readValue(rs.getString("report"), RoundView.Report.class),
        Status.valueOf(rs.getString("status")),
        rs.getString("reason"),
        rs.getLong("version"));
  }
}
