package vn.thidua.movement.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.ConcurrentChange;
import vn.thidua.kernel.MessageKey;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.StateChange;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.MovementView.Status;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.PlanDocument.Deadline;
import vn.thidua.movement.PlanDocument.DeadlineKind;
import vn.thidua.organization.Actor;
import vn.thidua.organization.AdministrativeLevel;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.Permission;
import vn.thidua.organization.UnitDirectory;

/**
 * Plans of a movement at each level: import or derive a draft, submit it for signature, issue it,
 * amend it (a new version keeps the old). Every transition is checked here, audited and recorded.
 */
@Service
public class MovementService implements vn.thidua.movement.Plans {

  private static final String SELECT =
      """
      select m.*, u.name as unit_name, p.title as parent_title
      from movement m join administrative_unit u on u.code = m.unit_code
      left join movement p on p.id = m.parent_id
      """;

  private final JdbcClient jdbc;
  private final UnitDirectory units;
  private final ObjectMapper json;
  private final AuditTrail audit;
  private final vn.thidua.kernel.StateChanges changes;
  private final Clock clock;
  private final OrganizationDirectory organizations;
  private final ApplicationEventPublisher events;

  MovementService(
      JdbcClient jdbc,
      UnitDirectory units,
      ObjectMapper json,
      AuditTrail audit,
      vn.thidua.kernel.StateChanges changes,
      Clock clock,
      OrganizationDirectory organizations,
      ApplicationEventPublisher events) {
    this.organizations = organizations;
    this.events = events;
    this.changes = changes;
    this.jdbc = jdbc;
    this.units = units;
    this.json = json;
    this.audit = audit;
    this.clock = clock;
  }

  /** Today in Viet Nam by the application clock. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(VietnameseDates.ZONE));
  }

  // --- Reading ----------------------------------------------------------------------------------

  /** Whether the actor may read a plan: inside a scope, or above it (the plans one implements). */
  static boolean canView(Actor actor, String path) {
    if (actor == null) {
      return false;
    }
    for (String scope : actor.scopesFor(Permission.VIEW_PLANS)) {
      if (path.startsWith(scope) || scope.startsWith(path)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the actor may open a plan at this path: the checks of {@link #get}, as a yes or no. */
  static boolean opensTo(Actor actor, String path) {
    return actor != null && actor.reaches(path) && canView(actor, path);
  }

  @Transactional(readOnly = true)
  public List<MovementView> list(Actor actor) {
    return jdbc
        .sql(SELECT + " order by m.level, m.unit_code, m.id")
        .query((rs, i) -> new Located(map(rs), rs.getString("path")))
        .list()
        .stream()
        .filter(l -> canView(actor, l.path()))
        .map(Located::view)
        .map(this::named)
        .toList();
  }

  /**
   * A plan within the actor's reach: another commune's answers the same 404 as an id that does not
   * exist, before any permission or version check.
   */
  private Located reachable(Actor actor, long id) {
    Located l = locate(id).orElseThrow(() -> new NotFound("movement.not-found"));
    if (actor != null && !actor.reaches(l.path())) {
      throw new NotFound("movement.not-found");
    }
    return l;
  }

  /** The plan with its organisation's name, asked of the organisation's owner module. */
  private MovementView named(MovementView m) {
    if (m.organizationId() == null) {
      return m;
    }
    return m.withOrganizationName(
        organizations.organization(m.organizationId()).map(OrganizationView::name).orElse(null));
  }

  @Transactional(readOnly = true)
  public MovementView get(Actor actor, long id) {
    return visible(actor, locate(id).orElseThrow(() -> new NotFound("movement.not-found")));
  }

  /** The located plan if the actor reaches it (else not found) and may read it (else forbidden). */
  private MovementView visible(Actor actor, Located l) {
    if (actor != null && !actor.reaches(l.path())) {
      throw new NotFound("movement.not-found");
    }
    if (!canView(actor, l.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    return named(l.view());
  }

  /**
   * The indicators of a plan a picker offers (a registration's commitments link to them): those
   * whose name or code contains the words typed without regard to diacritics, in Vietnamese order;
   * the plan must be one the actor may read.
   */
  @Transactional(readOnly = true)
  public List<vn.thidua.kernel.Choice> pickIndicators(
      Actor actor, long id, String query, int limit) {
    get(actor, id);
    String folded = VietnameseText.fold(query);
    return currentDocument(id).indicators().stream()
        .filter(i ->
            folded.isEmpty()
                || VietnameseText.fold(i.name()).contains(folded)
                || VietnameseText.fold(i.code().replace('_', ' ')).contains(folded))
        .sorted(java.util.Comparator.comparing(i -> VietnameseText.collationKey(i.name())))
        .limit(limit)
        .map(i -> new vn.thidua.kernel.Choice(i.code(), i.name(), i.unit()))
        .toList();
  }

  /** The path a plan's scope checks use: its organisation's, else its unit's. */
  @Override
  @Transactional(readOnly = true)
  public String pathOf(long id) {
    return locate(id).map(Located::path).orElseThrow(() -> new NotFound("movement.not-found"));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<MovementView> readable(Actor actor, long id) {
    // One read of the plan (every dashboard request asks): the checks of get() on it.
    return locate(id).map(l -> visible(actor, l));
  }

  @Override
  @Transactional(readOnly = true)
  public PlanDocument currentDocument(long id) {
    return document(id, null);
  }

  @Override
  public List<vn.thidua.movement.Plans.Lineage> lineage(long id) {
    return lineages.computeIfAbsent(
        id,
        key ->
            List.copyOf(
                jdbc.sql(
                        """
                        with recursive chain (id, parent_id, unit_code, path, depth) as (
                          select id, parent_id, unit_code, path, 0 from movement where id = :id
                          union all
                          select m.id, m.parent_id, m.unit_code, m.path, c.depth + 1
                          from movement m join chain c on m.id = c.parent_id
                        )
                        select id, unit_code, path from chain order by depth
                        """)
                    .param("id", key)
                    .query((rs, i) ->
                        new vn.thidua.movement.Plans.Lineage(
                            rs.getLong(1), rs.getString(2), rs.getString(3)))
                    .list()));
  }

  @Override
  public List<vn.thidua.movement.Plans.Lineage> derivedOver(long id, String unitPath) {
    return jdbc.sql(
            """
            with recursive derived (id, unit_code, path) as (
              select id, unit_code, path from movement where id = :id
              union all
              select m.id, m.unit_code, m.path
              from movement m join derived d on m.parent_id = d.id
              where :unitPath like m.path || '%' and m.organization_id is null
            )
            select id, unit_code, path from derived
            """)
        .param("id", id)
        .param("unitPath", unitPath)
        .query((rs, i) ->
            new vn.thidua.movement.Plans.Lineage(rs.getLong(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  @Override
  @Transactional(readOnly = true)
  public List<MovementView> derived(long id) {
    return jdbc.sql(
            SELECT
                + " where m.parent_id = :id and m.organization_id is null order by m.unit_code, m.id")
        .param("id", id)
        .query((rs, i) -> map(rs))
        .list();
  }

  /**
   * What statistics form 0601 counts of a plan (TT 02/2023/TT-BNV): scope WHOLE | PART, duration
   * LONG | SHORT, method REGULAR | THEMATIC.
   */
  public record Classification(String scopeClass, String durationClass, String organizingMethod) {}

  @Transactional(readOnly = true)
  public Classification classification(Actor actor, long id) {
    reachable(actor, id);
    return jdbc.sql(
            "select scope_class, duration_class, organizing_method from movement where id = :id")
        .param("id", id)
        .query((rs, i) -> new Classification(rs.getString(1), rs.getString(2), rs.getString(3)))
        .single();
  }

  /** The office records the plan's classes for the statistics, where the plan is born. */
  @Transactional
  public Classification classify(Actor actor, long id, Classification c) {
    Located l = reachable(actor, id);
    require(actor, Permission.MANAGE_PLANS, l.path());
    if (c == null
        || !List.of("WHOLE", "PART").contains(String.valueOf(c.scopeClass()))
        || !List.of("LONG", "SHORT").contains(String.valueOf(c.durationClass()))
        || !List.of("REGULAR", "THEMATIC").contains(String.valueOf(c.organizingMethod()))) {
      throw new vn.thidua.kernel.BusinessRuleViolation("movement.classification-invalid");
    }
    Classification before = classification(actor, id);
    jdbc.sql(
            """
            update movement set scope_class = :s, duration_class = :d, organizing_method = :m,
              updated_at = now(), updated_by = :who where id = :id
            """)
        .param("s", c.scopeClass())
        .param("d", c.durationClass())
        .param("m", c.organizingMethod())
        .param("who", actor.getUsername())
        .param("id", id)
        .update();
    audit.record("movement.classify", "movement", id, before, c);
    return c;
  }

  @Override
  @Transactional(readOnly = true)
  public List<vn.thidua.movement.Plans.Launched> launched(String unitPath, int year) {
    return jdbc.sql(
            """
            select m.id, m.unit_code, m.level, m.organization_id, m.scope_class, m.duration_class,
              m.organizing_method, m.issued_on
            from movement m join administrative_unit u on u.code = m.unit_code
            where m.status = 'ISSUED' and m.issued_on is not null
              and extract(year from m.issued_on) = :y and u.path like :p
            order by m.id
            """)
        .param("y", year)
        .param("p", unitPath + "%")
        .query((rs, i) ->
            new vn.thidua.movement.Plans.Launched(
                rs.getLong(1),
                rs.getString(2),
                vn.thidua.organization.AdministrativeLevel.valueOf(rs.getString(3)),
                rs.getObject(4) != null,
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getDate(8).toLocalDate()))
        .list();
  }

  @Override
  @Transactional(readOnly = true)
  public byte[] docx(long id) {
    return vn.thidua.movement.plan.PlanRenderer.docx(toRender(id));
  }

  @Override
  @Transactional(readOnly = true)
  public byte[] pdf(long id) {
    return vn.thidua.movement.plan.PlanRenderer.pdf(toRender(id));
  }

  /**
   * The current version as it is printed: when the text named no issuing body (the seeds' header
   * block is often lost when a plan is copied as text), the header carries the plan's own — the
   * organisation, under the people's committee of its unit, or the people's committee of the unit.
   */
  private PlanDocument toRender(long id) {
    PlanDocument doc = document(id, null);
    if (doc.issuer() != null && doc.issuer().name() != null && !doc.issuer().name().isBlank()) {
      return doc;
    }
    MovementView m = find(id).orElseThrow(() -> new NotFound("error.not-found"));
    String committee = "Ủy ban nhân dân " + m.unitName();
    return doc.withIssuer(
        m.organizationName() != null
            ? new PlanDocument.Issuer(committee, m.organizationName())
            : new PlanDocument.Issuer(null, committee));
  }

  @Override
  @Transactional(readOnly = true)
  public List<MovementView> issued() {
    return jdbc
        .sql(SELECT + " where m.status = 'ISSUED' order by m.id")
        .query((rs, i) -> map(rs))
        .list()
        .stream()
        .map(this::named)
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<MovementView> nearestIssuedUnitPlan(String path) {
    // The prefixes of the path are the candidates: each is an equality on the path index.
    List<String> prefixes = new ArrayList<>();
    for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
      prefixes.add(path.substring(0, i + 1));
    }
    if (prefixes.isEmpty()) {
      return Optional.empty();
    }
    return jdbc.sql(
            SELECT
                + """
                 where m.status = 'ISSUED' and m.organization_id is null and m.path = any(:p)
                 order by length(m.path) desc, m.id limit 1
                """)
        .param("p", prefixes.toArray(String[]::new))
        .query((rs, i) -> map(rs))
        .optional();
  }

  @Override
  @Transactional(readOnly = true)
  public List<MovementView> issuedReadable(Actor actor) {
    List<MovementView> out = new ArrayList<>();
    for (Located l :
        jdbc.sql(SELECT + " where m.status = 'ISSUED' order by m.id")
            .query((rs, i) -> new Located(map(rs), rs.getString("path")))
            .list()) {
      if (opensTo(actor, l.path())) {
        out.add(named(l.view()));
      }
    }
    return out;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<Long, String> issuedPaths() {
    Map<Long, String> out = new LinkedHashMap<>();
    jdbc.sql("select id, path from movement where status = 'ISSUED' order by id")
        .query(rs -> {
          out.put(rs.getLong(1), rs.getString(2));
        });
    return out;
  }

  /** A plan's parent never changes once it is created, so lineages are kept once read. */
  private final java.util.concurrent.ConcurrentMap<Long, List<vn.thidua.movement.Plans.Lineage>>
      lineages = new java.util.concurrent.ConcurrentHashMap<>();

  @Transactional(readOnly = true)
  public Optional<MovementView> find(long id) {
    return locate(id).map(Located::view).map(this::named);
  }

  record Located(MovementView view, String path) {}

  private Optional<Located> locate(long id) {
    return jdbc.sql(SELECT + " where m.id = :id")
        .param("id", id)
        .query((rs, i) -> new Located(map(rs), rs.getString("path")))
        .optional();
  }

  @Transactional(readOnly = true)
  public PlanDocument document(long id, Integer versionNo) {
    // Which row version holds the document (a draft's is rewritten in place, so the version number
    // alone does not name its content): xmin and ctid change with every write of the row.
    String rowVersion =
        jdbc.sql(
                """
                select version_no || ':' || xmin::text || ':' || ctid::text from plan_version
                where movement_id = :id
                  and version_no = coalesce(:v, (select current_version from movement where id = :id))
                """)
            .param("id", id)
            .param("v", versionNo)
            .query(String.class)
            .optional()
            .orElseThrow(() -> new NotFound("movement.version-not-found"));
    String key = id + ":" + rowVersion;
    PlanDocument cached = parsedDocuments.get(key);
    if (cached != null) {
      return cached;
    }
    String doc =
        jdbc.sql("select document from plan_version where movement_id = :id and version_no = :v")
            .param("id", id)
            .param("v", Integer.parseInt(rowVersion.substring(0, rowVersion.indexOf(':'))))
            .query(String.class)
            .optional()
            .orElseThrow(() -> new NotFound("movement.version-not-found"));
    PlanDocument parsed = json.readValue(doc, PlanDocument.class);
    parsedDocuments.put(key, parsed);
    return parsed;
  }

  /**
   * Plan documents as parsed, by the row version they were read from (a PlanDocument is immutable):
   * reporting, dashboards and computed indicators read the same plans all day, and parsing one is
   * most of the cost of reading it. Bounded; the least recently used go first.
   */
  private final Map<String, PlanDocument> parsedDocuments =
      java.util.Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PlanDocument> eldest) {
              return size() > 256;
            }
          });

  @Transactional(readOnly = true)
  public Optional<String> sourceText(long id) {
    return jdbc.sql(
            "select source_text from plan_version where movement_id = :id and version_no = 1")
        .param("id", id)
        .query(String.class)
        .optional();
  }

  /** A version of the plan. */
  public record VersionView(
      int versionNo, String note, java.time.Instant createdAt, String createdBy) {}

  @Transactional(readOnly = true)
  public List<VersionView> versions(long id) {
    return jdbc.sql(
            "select version_no, note, created_at, created_by from plan_version where movement_id = :id order by version_no desc")
        .param("id", id)
        .query((rs, i) ->
            new VersionView(
                rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
        .list();
  }

  /** A state change of the plan. */
  public record HistoryView(
      String action, Status from, Status to, String reason, String actor, java.time.Instant at) {}

  @Transactional(readOnly = true)
  public List<HistoryView> history(long id) {
    return changes.history(MovementWorkflow.TRACKED, id).stream()
        .map(e ->
            new HistoryView(
                e.action(),
                e.from() == null ? null : Status.valueOf(e.from()),
                Status.valueOf(e.to()),
                e.reason(),
                e.actor(),
                e.at()))
        .toList();
  }

  /**
   * The ids of a plan's children the actor may open (the checks of {@link #get}): the page lists
   * the others by name, without a link that would answer "not found".
   */
  @Transactional(readOnly = true)
  public java.util.Set<Long> childrenOpenTo(Actor actor, long id) {
    java.util.Set<Long> out = new java.util.HashSet<>();
    jdbc.sql(SELECT + " where m.parent_id = :id")
        .param("id", id)
        .query((rs, i) -> new Located(map(rs), rs.getString("path")))
        .list()
        .forEach(l -> {
          if (opensTo(actor, l.path())) {
            out.add(l.view().id());
          }
        });
    return out;
  }

  /** Plans issued directly below this one. */
  @Transactional(readOnly = true)
  public List<MovementView> children(long id) {
    return jdbc
        .sql(SELECT + " where m.parent_id = :id order by m.unit_code, m.id")
        .param("id", id)
        .query((rs, i) -> map(rs))
        .list()
        .stream()
        .map(this::named)
        .toList();
  }

  // --- Writing ----------------------------------------------------------------------------------

  /** Saves a parsed or derived draft as a new plan of {@code unitCode}, below {@code parentId}. */
  @Transactional
  public MovementView create(
      Actor actor, String unitCode, Long parentId, PlanDocument document, String sourceText) {
    return create(actor, unitCode, null, parentId, document, sourceText);
  }

  /**
   * Saves a draft as a new plan of {@code unitCode}, or of an organisation of that unit, below
   * {@code parentId}. The parent must be the plan of the level directly above (a commune plan
   * cannot hang under the national plan), or, for an organisation, its own level's plan.
   */
  @Transactional
  public MovementView create(
      Actor actor,
      String unitCode,
      Long organizationId,
      Long parentId,
      PlanDocument document,
      String sourceText) {
    OrganizationView org = null;
    if (organizationId != null) {
      org =
          organizations
              .organization(organizationId)
              .filter(OrganizationView::active)
              .orElseThrow(() ->
                  BusinessRuleViolation.onField("organizationId", "movement.organization-unknown"));
      if (unitCode == null || unitCode.isBlank()) {
        unitCode = org.unitCode();
      }
      if (!org.unitCode().equals(unitCode)) {
        throw BusinessRuleViolation.onField(
            "organizationId", "movement.organization-not-in-unit", org.name());
      }
      if (!plansUnderItsLevel(org)) {
        throw BusinessRuleViolation.onField(
            "organizationId",
            "movement.organization-no-plan",
            new MessageKey(org.type().labelKey()));
      }
    }
    String code = unitCode;
    UnitDirectory.Unit unit =
        units
            .unit(code)
            .orElseThrow(
                () -> BusinessRuleViolation.onField("unitCode", "organization.unit-unknown", code));
    String path = org == null ? unit.path() : org.path();
    require(actor, Permission.MANAGE_PLANS, path);
    if (parentId != null) {
      MovementView parent =
          find(parentId)
              .orElseThrow(
                  () -> BusinessRuleViolation.onField("parentId", "movement.parent-unknown"));
      checkParent(unit, org, parent);
    }
    validate(document);
    checkIssuerLevel(unit, org, document);
    String name =
        document.movements().isEmpty() ? document.title() : document.movements().getFirst();
    long id =
        jdbc.sql(
                """
                insert into movement (parent_id, unit_code, organization_id, path, level, name, names, title,
                  document_type, status, number, symbol, issued_on, signer_name, signer_title, period_from,
                  period_to, sub_plan_deadline, name_folded, created_by, updated_by)
                values (:parent, :unit, :org, :path, :level, :name, :names, :title, :type, 'DRAFT', :number,
                  :symbol, :issued, :signer, :signerTitle, :from, :to, :deadline, :folded, :who, :who)
                returning id
                """)
            .param("parent", parentId)
            .param("unit", unit.code())
            .param("org", organizationId)
            .param("names", namesOf(document))
            .param("path", path)
            .param("level", unit.level().name())
            .param("name", name == null ? "" : name)
            .param("title", document.title())
            .param("type", document.documentType().name())
            .param("number", document.number())
            .param("symbol", document.symbol())
            .param("issued", sqlDate(issuedOn(document)))
            .param("signer", document.signer() == null ? null : document.signer().name())
            .param("signerTitle", document.signer() == null ? null : document.signer().title())
            .param("from", document.period() == null ? null : document.period().fromYear())
            .param("to", document.period() == null ? null : document.period().toYear())
            .param("deadline", sqlDate(subPlanDeadline(document)))
            .param("folded", folded(document, name))
            .param("who", who(actor))
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into plan_version (movement_id, version_no, document, source_text, note, created_by) values (:id, 1, :doc, :src, :note, :who)")
        .param("id", id)
        .param("doc", json.writeValueAsString(document))
        .param("src", sourceText)
        .param("note", sourceText == null ? "Tạo bản nháp" : "Nhập từ văn bản")
        .param("who", who(actor))
        .update();
    MovementView created = find(id).orElseThrow();
    changes.record(
        MovementWorkflow.TRACKED,
        id,
        MovementWorkflow.Action.CREATE.name(),
        null,
        Status.DRAFT.name(),
        who(actor),
        null,
        null,
        created);
    return created;
  }

  /**
   * Saves an edited document. A draft is changed in place; an issued plan is amended: a new
   * version, the old one kept readable.
   */
  @Transactional
  public MovementView save(Actor actor, long id, long version, PlanDocument document, String note) {
    return save(actor, id, version, document, note, null);
  }

  /**
   * Saves an edited document; {@code ref} names what an amendment was made for ("concern:42", a
   * unit's proposal), kept on the version and told by {@link vn.thidua.movement.PlanAmended}.
   */
  @Transactional
  public MovementView save(
      Actor actor, long id, long version, PlanDocument document, String note, String ref) {
    Located before = reachable(actor, id);
    require(actor, Permission.MANAGE_PLANS, before.path());
    validate(document);
    MovementView m = before.view();
    if (m.organizationId() == null) {
      checkIssuerLevel(units.unit(m.unitCode()).orElseThrow(), null, document);
    }
    String reference = ref == null || !ref.matches("[a-z]{1,20}:\\d{1,18}") ? null : ref;
    return store(who(actor), m, version, document, note, reference);
  }

  /**
   * Adds the assessment criteria a lead body published (a criteria group, indicators with their
   * targets) to the plan: an issued plan is amended (a new version, the old one kept), a draft
   * changed in place. The caller has checked that the body may publish them.
   */
  @Override
  @Transactional
  public int publishCriteria(
      long movementId,
      PlanDocument.Criterion criterion,
      List<PlanDocument.Indicator> indicators,
      String note,
      String actor) {
    MovementView m =
        locate(movementId).orElseThrow(() -> new NotFound("movement.not-found")).view();
    PlanDocument d = document(movementId, null);
    List<PlanDocument.Criterion> criteria = new ArrayList<>();
    for (PlanDocument.Criterion c : d.criteria()) {
      if (!VietnameseText.fold(c.heading()).equals(VietnameseText.fold(criterion.heading()))) {
        criteria.add(c);
      }
    }
    criteria.add(criterion);
    List<PlanDocument.Indicator> all = new ArrayList<>();
    for (PlanDocument.Indicator i : d.indicators()) {
      if (indicators.stream().noneMatch(n -> n.code() != null && n.code().equals(i.code()))) {
        all.add(i);
      }
    }
    all.addAll(indicators);
    MovementView after =
        store(actor, m, m.version(), d.withCriteria(criteria).withIndicators(all), note, null);
    return after.currentVersion();
  }

  private MovementView store(
      String who,
      MovementView m,
      long version,
      PlanDocument document,
      String note,
      String reference) {
    long id = m.id();
    if (m.status() == Status.AWAITING_SIGNATURE) {
      throw new BusinessRuleViolation("movement.awaiting-signature");
    }
    int versionNo = m.currentVersion();
    if (m.status() == Status.ISSUED) {
      versionNo++;
      jdbc.sql(
              "insert into plan_version (movement_id, version_no, document, note, ref, created_by) values (:id, :v, :doc, :note, :ref, :who)")
          .param("id", id)
          .param("v", versionNo)
          .param("doc", json.writeValueAsString(document))
          .param(
              "note",
              note == null || note.isBlank() ? "Sửa đổi, bổ sung" : VietnameseText.clean(note))
          .param("ref", reference)
          .param("who", who)
          .update();
    } else {
      jdbc.sql(
              "update plan_version set document = :doc where movement_id = :id and version_no = :v")
          .param("doc", json.writeValueAsString(document))
          .param("id", id)
          .param("v", versionNo)
          .update();
    }
    String name =
        document.movements().isEmpty() ? document.title() : document.movements().getFirst();
    int updated =
        jdbc.sql(
                """
                update movement set name = :name, names = :names, title = :title, document_type = :type, number = :number,
                  symbol = :symbol, period_from = :from, period_to = :to, sub_plan_deadline = :deadline,
                  name_folded = :folded, current_version = :v, version = version + 1, updated_at = now(), updated_by = :who
                where id = :id and version = :version
                """)
            .param("name", name == null ? "" : name)
            .param("names", namesOf(document))
            .param("title", document.title())
            .param("type", document.documentType().name())
            .param("number", document.number())
            .param("symbol", document.symbol())
            .param("from", document.period() == null ? null : document.period().fromYear())
            .param("to", document.period() == null ? null : document.period().toYear())
            .param(
                "deadline",
                sqlDate(
                    m.issuedOn() == null
                        ? subPlanDeadline(document)
                        : subPlanDeadline(document, m.issuedOn())))
            .param("folded", folded(document, name))
            .param("v", versionNo)
            .param("who", who)
            .param("id", id)
            .param("version", version)
            .update();
    if (updated == 0) {
      throw new ConcurrentChange("movement");
    }
    MovementView after = find(id).orElseThrow();
    if (m.status() == Status.ISSUED) {
      changes.record(
          MovementWorkflow.TRACKED,
          id,
          MovementWorkflow.Action.AMEND.name(),
          Status.ISSUED.name(),
          Status.ISSUED.name(),
          who,
          VietnameseText.cleanOrNull(note),
          m,
          after);
      events.publishEvent(
          new vn.thidua.movement.PlanAmended(
              id, versionNo, VietnameseText.cleanOrNull(note), reference, who));
    } else {
      audit.record("movement.edit", "movement", id, m, after);
    }
    return after;
  }

  @Transactional
  public MovementView submit(Actor actor, long id, long version) {
    Located l = reachable(actor, id);
    require(actor, Permission.MANAGE_PLANS, l.path());
    return transition(actor, l.view(), version, MovementWorkflow.Action.SUBMIT, null, Map.of());
  }

  @Transactional
  public MovementView sendBack(Actor actor, long id, long version, String reason) {
    Located l = reachable(actor, id);
    require(actor, Permission.ISSUE_PLANS, l.path());
    StateChange.requireVersion(version, l.view().version(), "movement");
    MovementWorkflow.TABLE.transition(l.view().status(), MovementWorkflow.Action.SEND_BACK);
    if (reason == null || reason.isBlank()) {
      throw BusinessRuleViolation.onField("reason", "movement.reason-required");
    }
    return transition(
        actor,
        l.view(),
        version,
        MovementWorkflow.Action.SEND_BACK,
        VietnameseText.clean(reason),
        Map.of());
  }

  /** Issues the plan: its number, date and signer go into the document and the record. */
  @Transactional
  public MovementView issue(Actor actor, long id, long version, IssueCommand command) {
    Located l = reachable(actor, id);
    require(actor, Permission.ISSUE_PLANS, l.path());
    MovementView m = l.view();
    StateChange.requireVersion(version, m.version(), "movement");
    MovementWorkflow.TABLE.transition(m.status(), MovementWorkflow.Action.ISSUE);
    // Every field's error at once (issue 12).
    vn.thidua.kernel.FieldChecks checks = new vn.thidua.kernel.FieldChecks();
    checks.reject(
        command.number() == null || command.number() <= 0, "number", "movement.number-required");
    checks.reject(command.issuedOn() == null, "issuedOn", "movement.date-required");
    checks.reject(
        command.issuedOn() != null && command.issuedOn().isAfter(today().plusDays(1)),
        "issuedOn",
        "movement.date-future");
    checks.reject(
        command.signerName() == null || command.signerName().isBlank(),
        "signerName",
        "movement.signer-required");
    checks.check();
    PlanDocument d = document(id, null);
    PlanDocument.Signer signer =
        new PlanDocument.Signer(
            VietnameseText.clean(command.signerName()),
            blankToNull(command.signerTitle()) == null
                ? "Chủ tịch"
                : VietnameseText.clean(command.signerTitle()),
            blankToNull(command.onBehalfOf()),
            blankToNull(command.signingFor()));
    PlanDocument issued =
        d.issued(
            command.number(),
            new PlanDocument.PartialDate(
                command.issuedOn().getYear(),
                command.issuedOn().getMonthValue(),
                command.issuedOn().getDayOfMonth()),
            signer);
    jdbc.sql("update plan_version set document = :doc where movement_id = :id and version_no = :v")
        .param("doc", json.writeValueAsString(issued))
        .param("id", id)
        .param("v", m.currentVersion())
        .update();
    Map<String, Object> set = new LinkedHashMap<>();
    set.put("number", command.number());
    set.put("issued_on", Date.valueOf(command.issuedOn()));
    set.put("signer_name", signer.name());
    set.put("signer_title", signer.title());
    set.put("sub_plan_deadline", sqlDate(subPlanDeadline(issued, command.issuedOn())));
    return transition(actor, m, version, MovementWorkflow.Action.ISSUE, null, set);
  }

  /** Number, date and signer given when a plan is issued. */
  public record IssueCommand(
      Integer number,
      LocalDate issuedOn,
      String signerName,
      String signerTitle,
      String onBehalfOf,
      String signingFor) {}

  /** Demo and imports of documents already issued: straight to ISSUED, with history. */
  @Transactional
  public MovementView recordIssued(Actor actor, long id, LocalDate issuedOn) {
    MovementView m = find(id).orElseThrow();
    Map<String, Object> set = new LinkedHashMap<>();
    set.put("issued_on", Date.valueOf(issuedOn));
    set.put("sub_plan_deadline", sqlDate(subPlanDeadline(document(id, null), issuedOn)));
    return transition(actor, m, m.version(), MovementWorkflow.Action.RECORD_ISSUED, null, set);
  }

  /** One step of the table: version, state, then the shared state change. */
  private MovementView transition(
      Actor actor,
      MovementView m,
      long version,
      MovementWorkflow.Action action,
      String reason,
      Map<String, Object> set) {
    StateChange.requireVersion(version, m.version(), "movement");
    Status to = MovementWorkflow.TABLE.transition(m.status(), action).to();
    return changes.move(
        new StateChange(
            MovementWorkflow.TRACKED,
            m.id(),
            version,
            m.status().name(),
            to.name(),
            action.name(),
            who(actor),
            reason,
            set),
        m,
        () -> find(m.id()).orElseThrow());
  }

  // --- Deriving a child plan --------------------------------------------------------------------

  /**
   * Creates the draft plan of a unit below from its parent's plan: themes, criteria, phases, forms
   * and deadlines copied for adaptation, the parent link kept.
   */
  @Transactional
  public MovementView derive(Actor actor, long parentId, String unitCode) {
    MovementView parent = get(actor, parentId);
    if (parent.status() != Status.ISSUED) {
      throw new BusinessRuleViolation("movement.parent-not-issued");
    }
    UnitDirectory.Unit unit =
        units
            .unit(unitCode)
            .orElseThrow(() ->
                BusinessRuleViolation.onField("unitCode", "organization.unit-unknown", unitCode));
    UnitDirectory.Unit parentUnit = units.unit(parent.unitCode()).orElseThrow();
    if (!parentUnit.code().equals(unit.parentCode())) {
      throw BusinessRuleViolation.onField(
          "unitCode", "movement.not-directly-below", unit.name(), parentUnit.name());
    }
    PlanDocument p = document(parentId, null);
    String childShort = shortName(unit.name());
    String parentShort = shortName(parentUnit.name());
    List<String> movements = new ArrayList<>();
    for (String mv : p.movements()) {
      movements.add(
          mv.startsWith(parentShort) ? childShort + mv.substring(parentShort.length()) : mv);
    }
    if (movements.isEmpty() && parent.name() != null) {
      movements.add(parent.name());
    }
    String period =
        p.period() == null || p.period().fromYear() == null
            ? ""
            : " giai đoạn " + p.period().fromYear() + " - " + p.period().toYear();
    String title = "Tổ chức triển khai phong trào thi đua “" + movements.getFirst() + "”" + period;
    String basis =
        (p.documentType() == PlanDocument.DocumentType.DECISION ? "Quyết định" : "Kế hoạch")
            + " số "
            + parent.reference()
            + (parent.issuedOn() == null
                ? ""
                : " ngày " + VietnameseDates.shortForm(parent.issuedOn()))
            + " của "
            + (parentUnit.level() == AdministrativeLevel.NATION
                ? "Thủ tướng Chính phủ"
                : "Ủy ban nhân dân " + lowerUnit(parentUnit.name()))
            + " về việc ban hành Kế hoạch tổ chức triển khai phong trào thi đua “"
            + (p.movements().isEmpty() ? parent.name() : p.movements().getFirst())
            + "”";
    List<PlanDocument.LegalBasis> bases =
        List.of(
            new PlanDocument.LegalBasis(
                parent.symbol(),
                parent.number(),
                parent.issuedOn(),
                parentUnit.level() == AdministrativeLevel.NATION
                    ? "Thủ tướng Chính phủ"
                    : "Ủy ban nhân dân " + lowerUnit(parentUnit.name()),
                basis));
    List<Deadline> deadlines = new ArrayList<>();
    for (Deadline d : p.deadlines()) {
      if (d.kind() == DeadlineKind.ANNUAL_REPORT) {
        deadlines.add(d);
      }
    }
    List<PlanDocument.Section> sections =
        List.of(
            new PlanDocument.Section(null, "Căn cứ " + basis + ";", List.of("BASES")),
            new PlanDocument.Section(
                "I. MỤC ĐÍCH, YÊU CẦU",
                "Triển khai sâu rộng phong trào thi đua trên địa bàn "
                    + lowerUnit(unit.name())
                    + ", gắn với nhiệm vụ chính trị của địa phương.",
                List.of()),
            new PlanDocument.Section(
                "II. NỘI DUNG PHONG TRÀO THI ĐUA", null, List.of("THEMES", "CRITERIA")),
            new PlanDocument.Section("III. HÌNH THỨC KHEN THƯỞNG", null, List.of("AWARDS")),
            new PlanDocument.Section("IV. THỜI GIAN THỰC HIỆN", null, List.of("PHASES")),
            new PlanDocument.Section("V. TỔ CHỨC THỰC HIỆN", null, List.of("RESPONSIBILITIES")));
    PlanDocument child =
        new PlanDocument(
            PlanDocument.DocumentType.PLAN,
            null,
            "KH-UBND",
            new PlanDocument.Issuer(
                issuerLine(parentUnit),
                "ỦY BAN NHÂN DÂN "
                    + unit.name().toUpperCase(java.util.Locale.forLanguageTag("vi"))),
            childShort,
            new PlanDocument.PartialDate(today().getYear(), null, null),
            title,
            movements,
            p.period(),
            bases,
            p.themes(),
            p.criteria(),
            p.awards(),
            p.phases(),
            deadlines,
            p.responsibilities(),
            sections,
            new PlanDocument.Signer(null, "Chủ tịch", null, null),
            List.of(
                "UBND " + lowerUnit(parentUnit.name()) + " (để báo cáo)",
                "Các cơ quan, đơn vị thuộc " + lowerUnit(unit.name()),
                "Lưu: VT"),
            List.of());
    return create(actor, unit.code(), parentId, child.withIndicators(p.indicators()), null);
  }

  /**
   * Creates the draft plan of an organisation of the plan's own level (a department of the
   * province, the Fatherland Front, an enterprise …) from that level's plan: the movement, themes,
   * criteria, phases, forms and report deadlines copied, the duties the plan gives it kept.
   */
  @Transactional
  public MovementView deriveFor(Actor actor, long parentId, long organizationId) {
    MovementView parent = get(actor, parentId);
    if (parent.status() != Status.ISSUED) {
      throw new BusinessRuleViolation("movement.parent-not-issued");
    }
    if (parent.organizationPlan()) {
      throw BusinessRuleViolation.onField("parentId", "movement.parent-is-organization");
    }
    OrganizationView org =
        organizations
            .organization(organizationId)
            .filter(OrganizationView::active)
            .orElseThrow(() ->
                BusinessRuleViolation.onField("organizationId", "movement.organization-unknown"));
    require(actor, Permission.MANAGE_PLANS, org.path());
    if (!plansUnderItsLevel(org)) {
      throw BusinessRuleViolation.onField(
          "organizationId", "movement.organization-no-plan", new MessageKey(org.type().labelKey()));
    }
    if (!org.unitCode().equals(parent.unitCode())) {
      UnitDirectory.Unit parentUnit = units.unit(parent.unitCode()).orElseThrow();
      throw BusinessRuleViolation.onField(
          "organizationId",
          "movement.organization-parent-level",
          org.name(),
          new MessageKey("level." + parentUnit.level().name()));
    }
    PlanDocument p = document(parentId, null);
    UnitDirectory.Unit unit = units.unit(org.unitCode()).orElseThrow();
    List<String> movements = new ArrayList<>(p.movements());
    if (movements.isEmpty() && parent.name() != null) {
      movements.add(parent.name());
    }
    String period =
        p.period() == null || p.period().fromYear() == null
            ? ""
            : " giai đoạn " + p.period().fromYear() + " - " + p.period().toYear();
    String title =
        "Triển khai phong trào thi đua “"
            + movements.getFirst()
            + "”"
            + period
            + " tại "
            + org.name();
    String basis =
        (p.documentType() == PlanDocument.DocumentType.DECISION ? "Quyết định" : "Kế hoạch")
            + " số "
            + parent.reference()
            + (parent.issuedOn() == null
                ? ""
                : " ngày " + VietnameseDates.shortForm(parent.issuedOn()))
            + " của "
            + issuerOf(unit)
            + " về việc triển khai phong trào thi đua “"
            + movements.getFirst()
            + "”";
    List<Deadline> deadlines = new ArrayList<>();
    for (Deadline d : p.deadlines()) {
      if (d.kind() == DeadlineKind.ANNUAL_REPORT) {
        deadlines.add(d);
      }
    }
    String folded = VietnameseText.fold(org.name());
    List<PlanDocument.Responsibility> duties = new ArrayList<>();
    for (PlanDocument.Responsibility r : p.responsibilities()) {
      if (VietnameseText.fold(r.body()).contains(folded)) {
        duties.add(r);
      }
    }
    List<PlanDocument.Section> sections =
        List.of(
            new PlanDocument.Section(null, "Căn cứ " + basis + ";", List.of("BASES")),
            new PlanDocument.Section(
                "I. MỤC ĐÍCH, YÊU CẦU",
                "Triển khai phong trào thi đua trong "
                    + org.name()
                    + ", gắn với nhiệm vụ chính trị của cơ quan, đơn vị.",
                List.of()),
            new PlanDocument.Section(
                "II. NỘI DUNG PHONG TRÀO THI ĐUA", null, List.of("THEMES", "CRITERIA")),
            new PlanDocument.Section("III. HÌNH THỨC KHEN THƯỞNG", null, List.of("AWARDS")),
            new PlanDocument.Section("IV. THỜI GIAN THỰC HIỆN", null, List.of("PHASES")),
            new PlanDocument.Section("V. TỔ CHỨC THỰC HIỆN", null, List.of("RESPONSIBILITIES")));
    String upper = org.name().toUpperCase(java.util.Locale.forLanguageTag("vi"));
    PlanDocument child =
        new PlanDocument(
            PlanDocument.DocumentType.PLAN,
            null,
            org.shortName() == null || org.shortName().isBlank()
                ? "KH"
                : "KH-" + org.shortName().strip().replaceAll("\\s+", ""),
            new PlanDocument.Issuer(
                unit.level() == AdministrativeLevel.NATION
                    ? null
                    : "UBND " + unit.name().toUpperCase(java.util.Locale.forLanguageTag("vi")),
                upper),
            shortName(unit.name()),
            new PlanDocument.PartialDate(today().getYear(), null, null),
            title,
            movements,
            p.period(),
            List.of(
                new PlanDocument.LegalBasis(
                    parent.symbol(), parent.number(), parent.issuedOn(), issuerOf(unit), basis)),
            p.themes(),
            p.criteria(),
            p.awards(),
            p.phases(),
            deadlines,
            duties,
            sections,
            new PlanDocument.Signer(null, headOf(org), null, null),
            List.of(issuerOf(unit) + " (để báo cáo)", "Lưu: VT"),
            List.of());
    return create(
        actor, org.unitCode(), org.id(), parentId, child.withIndicators(p.indicators()), null);
  }

  private static String issuerOf(UnitDirectory.Unit unit) {
    return unit.level() == AdministrativeLevel.NATION
        ? "Thủ tướng Chính phủ"
        : "Ủy ban nhân dân " + lowerUnit(unit.name());
  }

  /** The title of whoever signs for an organisation. */
  static String headOf(OrganizationView org) {
    String f = VietnameseText.fold(org.name());
    return switch (org.type()) {
      case FATHERLAND_FRONT, MASS_ORGANIZATION, SOCIAL_ORGANIZATION -> "Chủ tịch";
      case ENTERPRISE, COOPERATIVE, PUBLIC_SERVICE_UNIT -> "Giám đốc";
      default ->
          f.startsWith("phong ")
              ? "Trưởng phòng"
              : f.startsWith("ban ")
                  ? "Trưởng ban"
                  : f.startsWith("so ") ? "Giám đốc" : "Thủ trưởng";
    };
  }

  /** The organisations of a plan's level that plan under it: those that may have their own plan. */
  static boolean plansUnderItsLevel(OrganizationView org) {
    return switch (org.type()) {
      case AGENCY,
          PUBLIC_SERVICE_UNIT,
          FATHERLAND_FRONT,
          MASS_ORGANIZATION,
          SOCIAL_ORGANIZATION,
          ENTERPRISE,
          COOPERATIVE ->
          true;
      default -> false;
    };
  }

  /**
   * Organisations of the plan's level the actor may write a plan for (its office: all of them; an
   * organisation's own account: its own).
   */
  @Transactional(readOnly = true)
  public List<OrganizationView> derivableOrganizations(Actor actor, MovementView plan) {
    if (plan.organizationPlan() || plan.status() != Status.ISSUED) {
      return List.of();
    }
    return organizations.organizationsOf(plan.unitCode()).stream()
        .filter(MovementService::plansUnderItsLevel)
        .filter(o -> actor.may(Permission.MANAGE_PLANS, o.path()))
        .toList();
  }

  /** The latest plan of each organisation under a plan, by organisation id. */
  @Transactional(readOnly = true)
  public Map<Long, MovementView> latestOrganizationChildren(long parentId) {
    Map<Long, MovementView> latest = new LinkedHashMap<>();
    for (MovementView m :
        jdbc.sql(
                SELECT
                    + " where m.parent_id = :id and m.organization_id is not null order by m.organization_id, m.issued_on asc nulls last, case m.status when 'ISSUED' then 0 when 'AWAITING_SIGNATURE' then 1 else 2 end, m.id desc")
            .param("id", parentId)
            .query((rs, i) -> map(rs))
            .list()) {
      latest.putIfAbsent(m.organizationId(), m);
    }
    return latest;
  }

  // --- Events a report goes with ------------------------------------------------------------

  /** The day the office gave an event of the plan in a year. */
  public record EventDate(String event, int year, LocalDate heldOn, String setBy) {}

  @Transactional(readOnly = true)
  public List<EventDate> eventDates(long id) {
    return jdbc.sql(
            "select event, year, held_on, set_by from plan_event_date where movement_id = :id order by year, event")
        .param("id", id)
        .query((rs, i) ->
            new EventDate(
                rs.getString(1), rs.getInt(2), rs.getDate(3).toLocalDate(), rs.getString(4)))
        .list();
  }

  /** The events the plan's report deadlines go with (those the office dates). */
  @Transactional(readOnly = true)
  public List<String> events(long id) {
    List<String> out = new ArrayList<>();
    for (Deadline d : document(id, null).deadlines()) {
      if (d.eventTied() && !out.contains(d.event())) {
        out.add(d.event());
      }
    }
    return out;
  }

  /**
   * Dates an event of the plan for a year ("the annual review of 2026 is held on 20/12/2026"): the
   * deadlines that go with it fall due that day.
   */
  @Transactional
  public EventDate setEventDate(
      Actor actor, long id, String event, Integer year, LocalDate heldOn) {
    Located l = locate(id).orElseThrow(() -> new NotFound("movement.not-found"));
    get(actor, id);
    require(actor, Permission.MANAGE_PLANS, l.path());
    String match =
        events(id).stream()
            .filter(e -> event != null && VietnameseText.fold(e).equals(VietnameseText.fold(event)))
            .findFirst()
            .orElseThrow(() -> BusinessRuleViolation.onField("event", "movement.event-unknown"));
    if (year == null
        || (l.view().periodFrom() != null && year < l.view().periodFrom())
        || (l.view().periodTo() != null && year > l.view().periodTo())) {
      throw BusinessRuleViolation.onField("year", "movement.event-year");
    }
    if (heldOn == null) {
      throw BusinessRuleViolation.onField("heldOn", "movement.date-required");
    }
    jdbc.sql(
            """
            insert into plan_event_date (movement_id, event, event_folded, year, held_on, set_by)
            values (:id, :event, :folded, :year, :on, :who)
            on conflict (movement_id, event_folded, year)
              do update set held_on = excluded.held_on, set_by = excluded.set_by, set_at = now()
            """)
        .param("id", id)
        .param("event", match)
        .param("folded", VietnameseText.fold(match))
        .param("year", year)
        .param("on", Date.valueOf(heldOn))
        .param("who", who(actor))
        .update();
    EventDate set = new EventDate(match, year, heldOn, who(actor));
    audit.record("movement.event-date", "movement", id, null, set);
    return set;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<LocalDate> eventDate(long movementId, String event, int year) {
    if (event == null) {
      return Optional.empty();
    }
    return jdbc.sql(
            "select held_on from plan_event_date where movement_id = :id and event_folded = :f and year = :y")
        .param("id", movementId)
        .param("f", VietnameseText.fold(event))
        .param("y", year)
        .query(Date.class)
        .optional()
        .map(Date::toLocalDate);
  }

  static String shortName(String unitName) {
    return unitName.replaceFirst("^(Thành phố|Tỉnh|Xã|Phường|Đặc khu)\\s+", "");
  }

  static String lowerUnit(String unitName) {
    return unitName.isEmpty()
        ? unitName
        : Character.toLowerCase(unitName.charAt(0)) + unitName.substring(1);
  }

  private static String issuerLine(UnitDirectory.Unit parent) {
    if (parent.level() == AdministrativeLevel.NATION) {
      return null;
    }
    return "UBND " + parent.name().toUpperCase(java.util.Locale.forLanguageTag("vi"));
  }

  // --- Levels -----------------------------------------------------------------------------------

  /**
   * A plan hangs under the plan of the level directly above it (a commune's under its province's),
   * an organisation's under its own level's plan; never under an organisation's plan.
   */
  private void checkParent(UnitDirectory.Unit unit, OrganizationView org, MovementView parent) {
    if (parent.organizationPlan()) {
      throw BusinessRuleViolation.onField("parentId", "movement.parent-is-organization");
    }
    UnitDirectory.Unit parentUnit = units.unit(parent.unitCode()).orElseThrow();
    if (org != null) {
      if (!parentUnit.code().equals(unit.code())) {
        throw BusinessRuleViolation.onField(
            "parentId",
            "movement.organization-parent-level",
            org.name(),
            new MessageKey("level." + parentUnit.level().name()));
      }
      return;
    }
    if (!unit.path().startsWith(parentUnit.path()) || unit.path().equals(parentUnit.path())) {
      throw BusinessRuleViolation.onField("parentId", "movement.parent-not-above");
    }
    if (!parentUnit.code().equals(unit.parentCode())) {
      throw BusinessRuleViolation.onField(
          "parentId",
          "movement.parent-level",
          new MessageKey("level." + unit.level().name()),
          new MessageKey("level." + parentUnit.level().name()));
    }
  }

  private static final java.util.regex.Pattern COMMITTEE_LEVEL =
      java.util.regex.Pattern.compile(
          "^(?:chu tich )?(?:uy ban nhan dan|ubnd) (xa|phuong|dac khu|tinh|thanh pho)\\b.*");

  /**
   * The document's issuing body must be of the plan's level: a People's Committee of a commune
   * cannot issue the plan of a province, nor a province's the plan of a commune.
   */
  private static void checkIssuerLevel(
      UnitDirectory.Unit unit, OrganizationView org, PlanDocument document) {
    if (org != null || document.issuer() == null || document.issuer().name() == null) {
      return;
    }
    java.util.regex.Matcher m =
        COMMITTEE_LEVEL.matcher(VietnameseText.fold(document.issuer().name()));
    if (!m.matches()) {
      return;
    }
    boolean commune =
        switch (m.group(1)) {
          case "xa", "phuong", "dac khu" -> true;
          default -> false;
        };
    boolean mismatch =
        commune
            ? unit.level() != AdministrativeLevel.COMMUNE
            : unit.level() != AdministrativeLevel.PROVINCE;
    if (mismatch) {
      throw BusinessRuleViolation.onField(
          "unitCode",
          "movement.issuer-level",
          document.issuer().name(),
          new MessageKey("level." + unit.level().name()));
    }
  }

  /** Every movement the document serves, one per line (the plan keeps both names of two). */
  private static String namesOf(PlanDocument d) {
    return d.movements().isEmpty() ? null : String.join("\n", d.movements());
  }

  /** Searchable by any of its movements' names. */
  private static String folded(PlanDocument d, String name) {
    return VietnameseText.fold(
        d.movements().size() > 1 ? String.join(" | ", d.movements()) : name == null ? "" : name);
  }

  // --- Helpers ----------------------------------------------------------------------------------

  /** The date by which plans below must be issued, from the PLAN_ISSUE deadline. */
  static LocalDate subPlanDeadline(PlanDocument d) {
    return subPlanDeadline(d, issuedOn(d));
  }

  /**
   * The day plans below must be issued by: of every deadline the plan sets for them ("within 15
   * days of issuing", "by Q3/2026"), the earliest binds. A relative one counts from the day the
   * plan is issued, so before that it gives nothing.
   */
  public static LocalDate subPlanDeadline(PlanDocument d, LocalDate issuedOn) {
    LocalDate earliest = null;
    for (Deadline deadline : d.deadlines()) {
      if (deadline.kind() != DeadlineKind.PLAN_ISSUE) {
        continue;
      }
      LocalDate due = null;
      if (deadline.byQuarter() != null && deadline.year() != null) {
        due =
            LocalDate.of(deadline.year(), deadline.byQuarter() * 3, 1)
                .with(TemporalAdjusters.lastDayOfMonth());
      } else if (deadline.byMonth() != null && deadline.year() != null) {
        due =
            LocalDate.of(deadline.year(), deadline.byMonth(), 1)
                .with(TemporalAdjusters.lastDayOfMonth());
      } else if (deadline.withinDays() != null && issuedOn != null) {
        due = issuedOn.plusDays(deadline.withinDays());
      }
      if (due != null && (earliest == null || due.isBefore(earliest))) {
        earliest = due;
      }
    }
    return earliest;
  }

  static LocalDate issuedOn(PlanDocument d) {
    PlanDocument.PartialDate p = d.issuedOn();
    if (p == null || p.year() == null || p.month() == null || p.day() == null) {
      return null;
    }
    try {
      return LocalDate.of(p.year(), p.month(), p.day());
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static void validate(PlanDocument d) {
    vn.thidua.kernel.FieldChecks checks = new vn.thidua.kernel.FieldChecks();
    checks.reject(d == null || d.documentType() == null, "documentType", "movement.type-required");
    checks.reject(
        d == null || d.title() == null || d.title().isBlank(), "title", "movement.title-required");
    if (d != null) {
      for (int i = 0; i < d.indicators().size(); i++) {
        PlanDocument.Indicator ind = d.indicators().get(i);
        checks.reject(
            ind != null
                && ind.source() != null
                && !PlanDocument.Indicator.knownSource(ind.source()),
            "indicators[" + i + "].source",
            "movement.indicator-source-unknown",
            ind == null || ind.name() == null ? String.valueOf(i + 1) : ind.name());
      }
    }
    checks.check();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : VietnameseText.clean(s);
  }

  private static Date sqlDate(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  private static String who(Actor actor) {
    return actor == null ? "system" : actor.getUsername();
  }

  static void require(Actor actor, Permission permission, String path) {
    if (actor == null || !actor.may(permission, path)) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  static MovementView map(ResultSet rs) throws SQLException {
    Date issued = rs.getDate("issued_on");
    Date deadline = rs.getDate("sub_plan_deadline");
    return new MovementView(
        rs.getLong("id"),
        rs.getObject("parent_id", Long.class),
        rs.getString("parent_title"),
        rs.getString("unit_code"),
        rs.getString("unit_name"),
        AdministrativeLevel.valueOf(rs.getString("level")),
        rs.getString("name"),
        rs.getString("title"),
        PlanDocument.DocumentType.valueOf(rs.getString("document_type")),
        Status.valueOf(rs.getString("status")),
        rs.getObject("number", Integer.class),
        rs.getString("symbol"),
        issued == null ? null : issued.toLocalDate(),
        rs.getString("signer_name"),
        rs.getString("signer_title"),
        rs.getObject("period_from", Integer.class),
        rs.getObject("period_to", Integer.class),
        deadline == null ? null : deadline.toLocalDate(),
        rs.getInt("current_version"),
        rs.getLong("version"),
        rs.getObject("organization_id", Long.class),
        null,
        rs.getString("names") == null
            ? List.of(rs.getString("name"))
            : List.of(rs.getString("names").split("\n")));
  }

  /** Counts of plans per unit below a movement, for the cascade board. */
  @Transactional(readOnly = true)
  public Map<String, MovementView> latestChildren(long parentId) {
    Map<String, MovementView> latest = new LinkedHashMap<>();
    for (MovementView m :
        jdbc.sql(
                SELECT
                    + " where m.parent_id = :id and m.organization_id is null order by m.unit_code, m.issued_on asc nulls last, case m.status when 'ISSUED' then 0 when 'AWAITING_SIGNATURE' then 1 else 2 end, m.id desc")
            .param("id", parentId)
            .query((rs, i) -> map(rs))
            .list()) {
      latest.putIfAbsent(m.unitCode(), m);
    }
    return latest;
  }
}
