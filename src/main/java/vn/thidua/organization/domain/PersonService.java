package vn.thidua.organization.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.Choice;
import vn.thidua.kernel.ConcurrentChange;
import vn.thidua.kernel.FieldChecks;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.PageResult;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.organization.Actor;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.Permission;
import vn.thidua.organization.PersonCategory;
import vn.thidua.organization.PersonCommand;
import vn.thidua.organization.PersonFilter;
import vn.thidua.organization.PersonView;

/** People in organisations: list in Vietnamese order, search, create, edit, deactivate. */
@Service
public class PersonService {

  static final String SELECT =
      """
      select p.id, p.organization_id, o.name as organization_name, u.name as unit_name,
             p.full_name, p.gender, p.birth_date, p.position, p.category, p.direct_worker,
             p.email, p.phone, p.active, p.version, p.path
      from person p
      join organization o on o.id = p.organization_id
      join administrative_unit u on u.code = o.unit_code
      """;

  private final JdbcClient jdbc;
  private final OrganizationService organizations;
  private final AdministrativeUnitService units;
  private final AuditTrail audit;
  private final java.time.Clock clock;

  private final vn.thidua.kernel.TextLimits limits;

  PersonService(
      JdbcClient jdbc,
      OrganizationService organizations,
      AdministrativeUnitService units,
      AuditTrail audit,
      java.time.Clock clock,
      vn.thidua.kernel.TextLimits limits) {
    this.limits = limits;
    this.clock = clock;
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.units = units;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public PageResult<PersonView> page(Actor actor, PersonFilter filter, int page, int size) {
    Access.Clause scope = Access.scope(actor, Permission.VIEW_PEOPLE, "p.path");
    StringBuilder where = new StringBuilder(" where ").append(scope.sql());
    Map<String, Object> params = new LinkedHashMap<>(scope.params());
    if (!filter.includeInactive()) {
      where.append(" and p.active");
    }
    if (filter.query() != null) {
      where.append(" and p.name_folded like :q escape '\\'");
      params.put("q", "%" + Like.escape(VietnameseText.fold(filter.query())) + "%");
    }
    if (filter.unitCode() != null) {
      Optional<AdministrativeUnit> unit = units.find(filter.unitCode());
      unit.ifPresent(u -> Access.requireOverlap(actor, Permission.VIEW_PEOPLE, u.path()));
      where.append(" and p.path like :unitPath escape '\\'");
      params.put(
          "unitPath", Like.escape(unit.map(AdministrativeUnit::path).orElse("/none/")) + "%");
    }
    if (filter.organizationId() != null) {
      where.append(" and p.organization_id = :org");
      params.put("org", filter.organizationId());
    }
    if (filter.category() != null) {
      where.append(" and p.category = :category");
      params.put("category", filter.category().name());
    }
    long total =
        jdbc.sql("select count(*) from person p" + where).params(params).query(Long.class).single();
    List<PersonView> items =
        jdbc.sql(SELECT + where + " order by p.sort_key, p.id limit :limit offset :offset")
            .params(params)
            .param("limit", size)
            .param("offset", (long) page * size)
            .query(PersonService::map)
            .list();
    return new PageResult<>(items, page, size, total);
  }

  /**
   * The people a picker offers: active, inside the actor's scope for viewing people, whose name
   * contains the words typed without regard to diacritics, in Vietnamese name order.
   */
  @Transactional(readOnly = true)
  public List<Choice> pick(Actor actor, String query, int limit) {
    return page(actor, new PersonFilter(query, null, null, null, false), 0, limit).items().stream()
        .map(p -> new Choice(String.valueOf(p.id()), p.fullName(), p.organizationName()))
        .toList();
  }

  @Transactional(readOnly = true)
  public PersonView get(Actor actor, long id) {
    Located located = locate(id).orElseThrow(() -> new NotFound("person.not-found"));
    requireReach(actor, id, located.path());
    boolean self = actor != null && actor.personId() != null && actor.personId() == id;
    if (!self && (actor == null || !actor.may(Permission.VIEW_PEOPLE, located.path()))) {
      throw new AccessDeniedException("error.forbidden");
    }
    return located.view();
  }

  /** Another commune's person answers the same 404 as an id that does not exist. */
  private static void requireReach(Actor actor, long id, String path) {
    boolean self = actor != null && actor.personId() != null && actor.personId() == id;
    if (!self && (actor == null || !actor.reaches(path))) {
      throw new NotFound("person.not-found");
    }
  }

  @Transactional(readOnly = true)
  public Optional<PersonView> find(long id) {
    return locate(id).map(Located::view);
  }

  private Optional<Located> locate(long id) {
    return jdbc.sql(SELECT + " where p.id = :id")
        .param("id", id)
        .query((rs, i) -> new Located(map(rs, i), rs.getString("path")))
        .optional();
  }

  private record Located(PersonView view, String path) {}

  @Transactional
  public PersonView create(Actor actor, PersonCommand command) {
    OrganizationView organization = validate(command);
    Access.require(actor, Permission.MANAGE_PEOPLE, organization.path());
    long id =
        jdbc.sql(
                """
                insert into person (organization_id, path, full_name, gender, birth_date, position,
                  category, direct_worker, email, phone, name_folded, sort_key, created_by, updated_by)
                values (:org, :path, :name, :gender, :birth, :position, :category, :direct, :email,
                  :phone, :folded, :sortKey, :who, :who)
                returning id
                """)
            .param("org", organization.id())
            .param("path", organization.path())
            .param("name", command.fullName())
            .param("gender", command.gender() == null ? null : command.gender().name())
            .param("birth", command.birthDate())
            .param("position", command.position())
            .param("category", command.category().name())
            .param("direct", command.directWorker())
            .param("email", command.email())
            .param("phone", command.phone())
            .param("folded", VietnameseText.fold(command.fullName()))
            .param("sortKey", VietnameseText.personNameKey(command.fullName()))
            .param("who", actor.getUsername())
            .query(Long.class)
            .single();
    PersonView created = find(id).orElseThrow();
    audit.record("person.create", "person", id, null, created);
    return created;
  }

  @Transactional
  public PersonView update(Actor actor, long id, PersonCommand command) {
    Located before = locate(id).orElseThrow(() -> new NotFound("person.not-found"));
    requireReach(actor, id, before.path());
    Access.require(actor, Permission.MANAGE_PEOPLE, before.path());
    if (command.version() == null) {
      throw BusinessRuleViolation.onField("version", "error.version-required");
    }
    if (!before.view().active()) {
      throw new BusinessRuleViolation("person.inactive");
    }
    OrganizationView organization = validate(command);
    Access.require(actor, Permission.MANAGE_PEOPLE, organization.path());
    int updated =
        jdbc.sql(
                """
                update person set organization_id = :org, path = :path, full_name = :name,
                  gender = :gender, birth_date = :birth, position = :position, category = :category,
                  direct_worker = :direct, email = :email, phone = :phone, name_folded = :folded,
                  sort_key = :sortKey, version = version + 1, updated_at = now(), updated_by = :who
                where id = :id and version = :version
                """)
            .param("org", organization.id())
            .param("path", organization.path())
            .param("name", command.fullName())
            .param("gender", command.gender() == null ? null : command.gender().name())
            .param("birth", command.birthDate())
            .param("position", command.position())
            .param("category", command.category().name())
            .param("direct", command.directWorker())
            .param("email", command.email())
            .param("phone", command.phone())
            .param("folded", VietnameseText.fold(command.fullName()))
            .param("sortKey", VietnameseText.personNameKey(command.fullName()))
            .param("who", actor.getUsername())
            .param("id", id)
            .param("version", command.version())
            .update();
    if (updated == 0) {
      throw new ConcurrentChange("person");
    }
    PersonView after = find(id).orElseThrow();
    audit.record("person.update", "person", id, before.view(), after);
    return after;
  }

  @Transactional
  public PersonView setActive(Actor actor, long id, long version, boolean active) {
    Located before = locate(id).orElseThrow(() -> new NotFound("person.not-found"));
    requireReach(actor, id, before.path());
    Access.require(actor, Permission.MANAGE_PEOPLE, before.path());
    if (before.view().active() == active) {
      return before.view();
    }
    int updated =
        jdbc.sql(
                """
                update person set active = :active, version = version + 1, updated_at = now(),
                  updated_by = :who where id = :id and version = :version
                """)
            .param("active", active)
            .param("who", actor.getUsername())
            .param("id", id)
            .param("version", version)
            .update();
    if (updated == 0) {
      throw new ConcurrentChange("person");
    }
    PersonView after = find(id).orElseThrow();
    audit.record(
        active ? "person.reactivate" : "person.deactivate", "person", id, before.view(), after);
    return after;
  }

  OrganizationView validate(PersonCommand command) {
    // Every field's error at once (issue 12).
    FieldChecks checks = new FieldChecks();
    checks.reject(
        command.organizationId() == null, "organizationId", "person.organization-required");
    OrganizationView organization =
        command.organizationId() == null
            ? null
            : organizations.find(command.organizationId()).orElse(null);
    checks.reject(
        command.organizationId() != null && organization == null,
        "organizationId",
        "person.organization-unknown");
    checks.reject(
        organization != null && !organization.active(), "organizationId", "organization.inactive");
    checks.reject(command.fullName() == null, "fullName", "person.name-required");
    // The limits are the columns' own (one fact): shown by the form, checked here.
    limits.check(checks, "fullName", command.fullName(), "person", "full_name");
    limits.check(checks, "position", command.position(), "person", "position");
    limits.check(checks, "email", command.email(), "person", "email");
    limits.check(checks, "phone", command.phone(), "person", "phone");
    checks.reject(command.category() == null, "category", "person.category-required");
    checks.reject(
        command.birthDate() != null
            && (command
                    .birthDate()
                    .isAfter(LocalDate.now(clock.withZone(vn.thidua.kernel.VietnameseDates.ZONE)))
                || command.birthDate().getYear() < 1900),
        "birthDate",
        "person.birth-date-invalid");
    checks.reject(
        command.email() != null && !command.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
        "email",
        "error.email-invalid");
    checks.check();
    return organization;
  }

  static PersonView map(ResultSet rs, int row) throws SQLException {
    String gender = rs.getString("gender");
    return new PersonView(
        rs.getLong("id"),
        rs.getLong("organization_id"),
        rs.getString("organization_name"),
        rs.getString("unit_name"),
        rs.getString("full_name"),
        gender == null ? null : PersonView.Gender.valueOf(gender),
        rs.getObject("birth_date", LocalDate.class),
        rs.getString("position"),
        PersonCategory.valueOf(rs.getString("category")),
        rs.getBoolean("direct_worker"),
        rs.getString("email"),
        rs.getString("phone"),
        rs.getBoolean("active"),
        rs.getLong("version"));
  }
}
