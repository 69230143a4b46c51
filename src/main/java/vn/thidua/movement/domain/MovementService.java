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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.ConcurrentChange;
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

  MovementService(
      JdbcClient jdbc,
      UnitDirectory units,
      ObjectMapper json,
      AuditTrail audit,
      vn.thidua.kernel.StateChanges changes,
      Clock clock) {
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

  @Transactional(readOnly = true)
  public List<MovementView> list(Actor actor) {
    return jdbc
        .sql(SELECT + " order by m.level, m.unit_code, m.id")
        .query((rs, i) -> new Located(map(rs), rs.getString("path")))
        .list()
        .stream()
        .filter(l -> canView(actor, l.path()))
        .map(Located::view)
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

  @Transactional(readOnly = true)
  public MovementView get(Actor actor, long id) {
    Located l = reachable(actor, id);
    if (!canView(actor, l.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    return l.view();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<MovementView> readable(Actor actor, long id) {
    if (locate(id).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(get(actor, id));
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
              where :unitPath like m.path || '%'
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
    return jdbc.sql(SELECT + " where m.parent_id = :id order by m.unit_code, m.id")
        .param("id", id)
        .query((rs, i) -> map(rs))
        .list();
  }

  @Override
  @Transactional(readOnly = true)
  public List<MovementView> issued() {
    return jdbc.sql(SELECT + " where m.status = 'ISSUED' order by m.id")
        .query((rs, i) -> map(rs))
        .list();
  }

  /** A plan's parent never changes once it is created, so lineages are kept once read. */
  private final java.util.concurrent.ConcurrentMap<Long, List<vn.thidua.movement.Plans.Lineage>>
      lineages = new java.util.concurrent.ConcurrentHashMap<>();

  @Transactional(readOnly = true)
  public Optional<MovementView> find(long id) {
    return locate(id).map(Located::view);
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
    String doc =
        jdbc.sql(
                "select document from plan_version where movement_id = :id and version_no = coalesce(:v, (select current_version from movement where id = :id))")
            .param("id", id)
            .param("v", versionNo)
            .query(String.class)
            .optional()
            .orElseThrow(() -> new NotFound("movement.version-not-found"));
    return json.readValue(doc, PlanDocument.class);
  }

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

  /** Plans issued directly below this one. */
  @Transactional(readOnly = true)
  public List<MovementView> children(long id) {
    return jdbc.sql(SELECT + " where m.parent_id = :id order by m.unit_code, m.id")
        .param("id", id)
        .query((rs, i) -> map(rs))
        .list();
  }

  // --- Writing ----------------------------------------------------------------------------------

  /** Saves a parsed or derived draft as a new plan of {@code unitCode}, below {@code parentId}. */
  @Transactional
  public MovementView create(
      Actor actor, String unitCode, Long parentId, PlanDocument document, String sourceText) {
    UnitDirectory.Unit unit =
        units
            .unit(unitCode)
            .orElseThrow(() ->
                BusinessRuleViolation.onField("unitCode", "organization.unit-unknown", unitCode));
    require(actor, Permission.MANAGE_PLANS, unit.path());
    if (parentId != null) {
      MovementView parent =
          find(parentId)
              .orElseThrow(
                  () -> BusinessRuleViolation.onField("parentId", "movement.parent-unknown"));
      UnitDirectory.Unit parentUnit = units.unit(parent.unitCode()).orElseThrow();
      if (!unit.path().startsWith(parentUnit.path()) || unit.path().equals(parentUnit.path())) {
        throw BusinessRuleViolation.onField("parentId", "movement.parent-not-above");
      }
    }
    validate(document);
    String name =
        document.movements().isEmpty() ? document.title() : document.movements().getFirst();
    long id =
        jdbc.sql(
                """
                insert into movement (parent_id, unit_code, path, level, name, title, document_type, status,
                  number, symbol, issued_on, signer_name, signer_title, period_from, period_to,
                  sub_plan_deadline, name_folded, created_by, updated_by)
                values (:parent, :unit, :path, :level, :name, :title, :type, 'DRAFT', :number, :symbol, :issued,
                  :signer, :signerTitle, :from, :to, :deadline, :folded, :who, :who)
                returning id
                """)
            .param("parent", parentId)
            .param("unit", unit.code())
            .param("path", unit.path())
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
            .param("folded", VietnameseText.fold(name))
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
    Located before = reachable(actor, id);
    require(actor, Permission.MANAGE_PLANS, before.path());
    validate(document);
    MovementView m = before.view();
    if (m.status() == Status.AWAITING_SIGNATURE) {
      throw new BusinessRuleViolation("movement.awaiting-signature");
    }
    int versionNo = m.currentVersion();
    if (m.status() == Status.ISSUED) {
      versionNo++;
      jdbc.sql(
              "insert into plan_version (movement_id, version_no, document, note, created_by) values (:id, :v, :doc, :note, :who)")
          .param("id", id)
          .param("v", versionNo)
          .param("doc", json.writeValueAsString(document))
          .param(
              "note",
              note == null || note.isBlank() ? "Sửa đổi, bổ sung" : VietnameseText.clean(note))
          .param("who", who(actor))
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
                update movement set name = :name, title = :title, document_type = :type, number = :number,
                  symbol = :symbol, period_from = :from, period_to = :to, sub_plan_deadline = :deadline,
                  name_folded = :folded, current_version = :v, version = version + 1, updated_at = now(), updated_by = :who
                where id = :id and version = :version
                """)
            .param("name", name == null ? "" : name)
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
            .param("folded", VietnameseText.fold(name))
            .param("v", versionNo)
            .param("who", who(actor))
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
          who(actor),
          VietnameseText.cleanOrNull(note),
          m,
          after);
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
    if (command.number() == null || command.number() <= 0) {
      throw BusinessRuleViolation.onField("number", "movement.number-required");
    }
    if (command.issuedOn() == null) {
      throw BusinessRuleViolation.onField("issuedOn", "movement.date-required");
    }
    if (command.issuedOn().isAfter(today().plusDays(1))) {
      throw BusinessRuleViolation.onField("issuedOn", "movement.date-future");
    }
    if (command.signerName() == null || command.signerName().isBlank()) {
      throw BusinessRuleViolation.onField("signerName", "movement.signer-required");
    }
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

  // --- Helpers ----------------------------------------------------------------------------------

  /** The date by which plans below must be issued, from the PLAN_ISSUE deadline. */
  static LocalDate subPlanDeadline(PlanDocument d) {
    return subPlanDeadline(d, issuedOn(d));
  }

  static LocalDate subPlanDeadline(PlanDocument d, LocalDate issuedOn) {
    for (Deadline deadline : d.deadlines()) {
      if (deadline.kind() != DeadlineKind.PLAN_ISSUE) {
        continue;
      }
      if (deadline.byQuarter() != null && deadline.year() != null) {
        return LocalDate.of(deadline.year(), deadline.byQuarter() * 3, 1)
            .with(TemporalAdjusters.lastDayOfMonth());
      }
      if (deadline.byMonth() != null && deadline.year() != null) {
        return LocalDate.of(deadline.year(), deadline.byMonth(), 1)
            .with(TemporalAdjusters.lastDayOfMonth());
      }
      if (deadline.withinDays() != null && issuedOn != null) {
        return issuedOn.plusDays(deadline.withinDays());
      }
    }
    return null;
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
    if (d == null || d.documentType() == null) {
      throw BusinessRuleViolation.onField("documentType", "movement.type-required");
    }
    if (d.title() == null || d.title().isBlank()) {
      throw BusinessRuleViolation.onField("title", "movement.title-required");
    }
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
        rs.getLong("version"));
  }

  /** Counts of plans per unit below a movement, for the cascade board. */
  @Transactional(readOnly = true)
  public Map<String, MovementView> latestChildren(long parentId) {
    Map<String, MovementView> latest = new LinkedHashMap<>();
    for (MovementView m :
        jdbc.sql(
                SELECT
                    + " where m.parent_id = :id order by m.unit_code, m.issued_on asc nulls last, case m.status when 'ISSUED' then 0 when 'AWAITING_SIGNATURE' then 1 else 2 end, m.id desc")
            .param("id", parentId)
            .query((rs, i) -> map(rs))
            .list()) {
      latest.putIfAbsent(m.unitCode(), m);
    }
    return latest;
  }
}
