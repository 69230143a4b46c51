package vn.thidua.organization.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.Choice;
import vn.thidua.kernel.ConcurrentChange;
import vn.thidua.kernel.FieldChecks;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.PageResult;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.organization.Actor;
import vn.thidua.organization.EmulationBlockView;
import vn.thidua.organization.OrganizationCommand;
import vn.thidua.organization.OrganizationFilter;
import vn.thidua.organization.OrganizationType;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.Permission;

/** Organisations under administrative units: list, search, create, edit, deactivate. */
@Service
public class OrganizationService implements vn.thidua.organization.OrganizationDirectory {

  static final String SELECT =
      """
      select o.id, o.unit_code, u.name as unit_name, o.parent_id, p.name as parent_name, o.type,
             o.name, o.short_name, o.tax_code, o.address, o.phone, o.email, o.active, o.path,
             o.version,
             (select count(*) from person x where x.organization_id = o.id and x.active) as people
      from organization o
      join administrative_unit u on u.code = o.unit_code
      left join organization p on p.id = o.parent_id
      """;

  private final JdbcClient jdbc;
  private final AdministrativeUnitService units;
  private final AuditTrail audit;
  private final ObjectProvider<EmulationBlockService> blocks;

  private final vn.thidua.kernel.TextLimits limits;

  OrganizationService(
      JdbcClient jdbc,
      AdministrativeUnitService units,
      AuditTrail audit,
      ObjectProvider<EmulationBlockService> blocks,
      vn.thidua.kernel.TextLimits limits) {
    this.limits = limits;
    this.jdbc = jdbc;
    this.units = units;
    this.audit = audit;
    this.blocks = blocks;
  }

  @Transactional(readOnly = true)
  public PageResult<OrganizationView> page(
      Actor actor, OrganizationFilter filter, int page, int size) {
    Access.Clause scope = Access.scope(actor, Permission.VIEW_ORGANIZATIONS, "o.path");
    StringBuilder where = new StringBuilder(" where ").append(scope.sql());
    Map<String, Object> params = new LinkedHashMap<>(scope.params());
    if (!filter.includeInactive()) {
      where.append(" and o.active");
    }
    if (filter.query() != null) {
      where.append(" and (o.name_folded like :q escape '\\' or o.tax_code = :raw)");
      params.put("q", "%" + Like.escape(VietnameseText.fold(filter.query())) + "%");
      params.put("raw", filter.query());
    }
    if (filter.unitCode() != null) {
      Optional<AdministrativeUnit> unit = units.find(filter.unitCode());
      unit.ifPresent(u -> Access.requireOverlap(actor, Permission.VIEW_ORGANIZATIONS, u.path()));
      where.append(" and o.path like :unitPath escape '\\'");
      params.put(
          "unitPath", Like.escape(unit.map(AdministrativeUnit::path).orElse("/none/")) + "%");
    }
    if (filter.type() != null) {
      where.append(" and o.type = :type");
      params.put("type", filter.type().name());
    }
    if (filter.parentId() != null) {
      where.append(" and o.parent_id = :parentId");
      params.put("parentId", filter.parentId());
    }
    long total =
        jdbc.sql("select count(*) from organization o" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<OrganizationView> items =
        jdbc.sql(SELECT + where + " order by u.code, o.sort_key, o.id limit :limit offset :offset")
            .params(params)
            .param("limit", size)
            .param("offset", (long) page * size)
            .query(OrganizationService::map)
            .list();
    return new PageResult<>(items, page, size, total);
  }

  @Transactional(readOnly = true)
  public OrganizationView get(Actor actor, long id) {
    OrganizationView view = find(id).orElseThrow(() -> new NotFound("organization.not-found"));
    if (actor == null || !actor.reaches(view.path())) {
      throw new NotFound("organization.not-found");
    }
    Access.require(actor, Permission.VIEW_ORGANIZATIONS, view.path());
    return view;
  }

  /** Reads an organisation without checking the caller (for other modules' own checks). */
  @Transactional(readOnly = true)
  public Optional<OrganizationView> find(long id) {
    return jdbc.sql(SELECT + " where o.id = :id")
        .param("id", id)
        .query(OrganizationService::map)
        .optional();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<OrganizationView> organization(long id) {
    Map<Long, OrganizationView> seen = seenInTransaction();
    if (seen == null) {
      return find(id);
    }
    OrganizationView known = seen.get(id);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<OrganizationView> found = find(id);
    found.ifPresent(o -> seen.put(id, o));
    return found;
  }

  /**
   * The organisations other modules read in the current transaction, kept until it ends: one step
   * of a report asks for its unit four times (the access check, the author check, the computed
   * figures, the notice), and this read counts the unit's people. Emptied by every change of an
   * organisation here; null outside a transaction.
   */
  @SuppressWarnings("unchecked")
  private static Map<Long, OrganizationView> seenInTransaction() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Map<Long, OrganizationView> seen =
        (Map<Long, OrganizationView>) TransactionSynchronizationManager.getResource(SEEN);
    if (seen == null) {
      seen = new HashMap<>();
      TransactionSynchronizationManager.bindResource(SEEN, seen);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(SEEN);
            }
          });
    }
    return seen;
  }

  /** After a change of an organisation: the transaction reads it again. */
  private static void forgetSeen() {
    Object seen = TransactionSynchronizationManager.getResource(SEEN);
    if (seen instanceof Map<?, ?> m) {
      m.clear();
    }
  }

  /** The key of {@link #seenInTransaction} among the transaction's resources. */
  private static final Object SEEN = new Object();

  @Override
  @Transactional(readOnly = true)
  public Optional<vn.thidua.organization.PersonCard> person(long id) {
    return jdbc.sql(
            """
            select p.id, p.full_name, p.gender, p.category, p.direct_worker, p.organization_id,
              o.name as org_name, p.path, o.unit_code, p.active
            from person p join organization o on o.id = p.organization_id where p.id = :id
            """)
        .param("id", id)
        .query((rs, i) ->
            new vn.thidua.organization.PersonCard(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3) == null
                    ? null
                    : vn.thidua.organization.PersonView.Gender.valueOf(rs.getString(3)),
                vn.thidua.organization.PersonCategory.valueOf(rs.getString(4)),
                rs.getBoolean(5),
                rs.getLong(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getBoolean(10)))
        .optional();
  }

  @Override
  @Transactional(readOnly = true)
  public List<vn.thidua.organization.PersonCard> peopleUnder(String path) {
    return jdbc.sql(
            """
            select p.id, p.full_name, p.gender, p.category, p.direct_worker, p.organization_id,
              o.name as org_name, p.path, o.unit_code, p.active
            from person p join organization o on o.id = p.organization_id
            where p.active and p.path like :p order by p.id
            """)
        .param("p", path + "%")
        .query((rs, i) ->
            new vn.thidua.organization.PersonCard(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3) == null
                    ? null
                    : vn.thidua.organization.PersonView.Gender.valueOf(rs.getString(3)),
                vn.thidua.organization.PersonCategory.valueOf(rs.getString(4)),
                rs.getBoolean(5),
                rs.getLong(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getBoolean(10)))
        .list();
  }

  @Override
  @Transactional(readOnly = true)
  public List<OrganizationView> organizationsOf(String unitCode) {
    return jdbc.sql(SELECT + " where o.active and o.unit_code = :unit order by o.sort_key, o.id")
        .param("unit", unitCode)
        .query(OrganizationService::map)
        .list();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<EmulationBlockView> emulationBlock(long id) {
    return blocks.getObject().find(id);
  }

  /**
   * The organisations a picker offers: active, inside the actor's scope for the permission, whose
   * name contains the words typed without regard to diacritics, in Vietnamese order.
   */
  @Transactional(readOnly = true)
  public List<Choice> pick(Actor actor, Permission permission, String query, int limit) {
    Access.Clause scope = Access.scope(actor, permission, "o.path");
    Map<String, Object> params = new LinkedHashMap<>(scope.params());
    String sql = SELECT + " where o.active and " + scope.sql();
    String folded = VietnameseText.fold(query);
    if (!folded.isEmpty()) {
      sql += " and o.name_folded like :q escape '\\'";
      params.put("q", "%" + Like.escape(folded) + "%");
    }
    return jdbc
        .sql(sql + " order by o.sort_key, o.id limit :limit")
        .params(params)
        .param("limit", limit)
        .query(OrganizationService::map)
        .list()
        .stream()
        .map(o -> new Choice(String.valueOf(o.id()), o.name(), o.unitName()))
        .toList();
  }

  /** Organisations the actor may pick (as a parent or a person's workplace), by name. */
  @Transactional(readOnly = true)
  public List<OrganizationView> choices(Actor actor, Permission permission, String unitCode) {
    Access.Clause scope = Access.scope(actor, permission, "o.path");
    Map<String, Object> params = new LinkedHashMap<>(scope.params());
    String sql = SELECT + " where o.active and " + scope.sql();
    if (unitCode != null && !unitCode.isBlank()) {
      sql += " and o.unit_code = :unit";
      params.put("unit", unitCode);
    }
    return jdbc.sql(sql + " order by u.code, o.sort_key limit 500")
        .params(params)
        .query(OrganizationService::map)
        .list();
  }

  @Transactional
  public OrganizationView create(Actor actor, OrganizationCommand command) {
    Placement placement = validate(command, null);
    Access.require(actor, Permission.MANAGE_ORGANIZATIONS, placement.parentPath());
    long id = jdbc.sql("select nextval('organization_seq')").query(Long.class).single();
    String path = placement.parentPath() + "o" + id + "/";
    String who = actor.getUsername();
    jdbc.sql(
            """
            insert into organization (id, unit_code, parent_id, type, name, short_name, tax_code,
              address, phone, email, active, path, name_folded, sort_key, created_by, updated_by)
            values (:id, :unit, :parent, :type, :name, :short, :tax, :address, :phone, :email, true,
              :path, :folded, :sortKey, :who, :who)
            """)
        .param("id", id)
        .param("unit", placement.unitCode())
        .param("parent", command.parentId())
        .param("type", command.type().name())
        .param("name", command.name())
        .param("short", command.shortName())
        .param("tax", command.taxCode())
        .param("address", command.address())
        .param("phone", command.phone())
        .param("email", command.email())
        .param("path", path)
        .param("folded", VietnameseText.fold(command.name()))
        .param("sortKey", VietnameseText.collationKey(command.name()))
        .param("who", who)
        .update();
    OrganizationView created = find(id).orElseThrow();
    forgetSeen();
    audit.record("organization.create", "organization", id, null, created);
    return created;
  }

  @Transactional
  public OrganizationView update(Actor actor, long id, OrganizationCommand command) {
    OrganizationView before = get(actor, id);
    Access.require(actor, Permission.MANAGE_ORGANIZATIONS, before.path());
    if (command.version() == null) {
      throw BusinessRuleViolation.onField("version", "error.version-required");
    }
    if (!before.active()) {
      throw new BusinessRuleViolation("organization.inactive");
    }
    if (command.unitCode() != null && !command.unitCode().equals(before.unitCode())) {
      throw BusinessRuleViolation.onField("unitCode", "organization.unit-fixed");
    }
    Placement placement =
        validate(
            new OrganizationCommand(
                before.unitCode(),
                command.parentId(),
                command.type(),
                command.name(),
                command.shortName(),
                command.taxCode(),
                command.address(),
                command.phone(),
                command.email(),
                command.version()),
            before);
    String newPath = placement.parentPath() + "o" + id + "/";
    if (!newPath.equals(before.path())) {
      Access.require(actor, Permission.MANAGE_ORGANIZATIONS, placement.parentPath());
    }
    int updated =
        jdbc.sql(
                """
                update organization set parent_id = :parent, type = :type, name = :name,
                  short_name = :short, tax_code = :tax, address = :address, phone = :phone,
                  email = :email, name_folded = :folded, sort_key = :sortKey,
                  version = version + 1, updated_at = now(), updated_by = :who
                where id = :id and version = :version
                """)
            .param("parent", command.parentId())
            .param("type", command.type().name())
            .param("name", command.name())
            .param("short", command.shortName())
            .param("tax", command.taxCode())
            .param("address", command.address())
            .param("phone", command.phone())
            .param("email", command.email())
            .param("folded", VietnameseText.fold(command.name()))
            .param("sortKey", VietnameseText.collationKey(command.name()))
            .param("who", actor.getUsername())
            .param("id", id)
            .param("version", command.version())
            .update();
    if (updated == 0) {
      throw new ConcurrentChange("organization");
    }
    if (!newPath.equals(before.path())) {
      movePaths(before.path(), newPath);
    }
    OrganizationView after = find(id).orElseThrow();
    forgetSeen();
    audit.record("organization.update", "organization", id, before, after);
    return after;
  }

  @Transactional
  public OrganizationView setActive(Actor actor, long id, long version, boolean active) {
    OrganizationView before = get(actor, id);
    Access.require(actor, Permission.MANAGE_ORGANIZATIONS, before.path());
    if (before.active() == active) {
      return before;
    }
    if (!active) {
      Integer activeChildren =
          jdbc.sql("select count(*) from organization where parent_id = :id and active")
              .param("id", id)
              .query(Integer.class)
              .single();
      if (activeChildren > 0) {
        throw new BusinessRuleViolation("organization.has-active-children", activeChildren);
      }
    } else if (before.parentId() != null) {
      OrganizationView parent = find(before.parentId()).orElseThrow();
      if (!parent.active()) {
        throw new BusinessRuleViolation("organization.parent-inactive", parent.name());
      }
    }
    int updated =
        jdbc.sql(
                """
                update organization set active = :active, version = version + 1,
                  updated_at = now(), updated_by = :who
                where id = :id and version = :version
                """)
            .param("active", active)
            .param("who", actor.getUsername())
            .param("id", id)
            .param("version", version)
            .update();
    if (updated == 0) {
      throw new ConcurrentChange("organization");
    }
    OrganizationView after = find(id).orElseThrow();
    forgetSeen();
    audit.record(
        active ? "organization.reactivate" : "organization.deactivate",
        "organization",
        id,
        before,
        after);
    return after;
  }

  private void movePaths(String oldPrefix, String newPrefix) {
    for (String table : List.of("organization", "person")) {
      jdbc.sql(
              "update "
                  + table
                  + " set path = :newPrefix || substr(path, length(:oldPrefix) + 1)"
                  + " where path like :like escape '\\'")
          .param("newPrefix", newPrefix)
          .param("oldPrefix", oldPrefix)
          .param("like", Like.escape(oldPrefix) + "%")
          .update();
    }
    jdbc.sql(
            "update user_role set scope_path = :newPrefix || substr(scope_path, length(:oldPrefix) + 1)"
                + " where scope_path like :like escape '\\'")
        .param("newPrefix", newPrefix)
        .param("oldPrefix", oldPrefix)
        .param("like", Like.escape(oldPrefix) + "%")
        .update();
  }

  /** Where a new or edited organisation sits: its unit and the path of its parent. */
  record Placement(String unitCode, String parentPath) {}

  Placement validate(OrganizationCommand command, OrganizationView existing) {
    // Every field's error at once (issue 12): a person fixes the whole form in one go.
    FieldChecks checks = new FieldChecks();
    checks.reject(command.unitCode() == null, "unitCode", "organization.unit-required");
    AdministrativeUnit unit =
        command.unitCode() == null
            ? null
            : checks.get(() ->
                units
                    .find(command.unitCode())
                    .orElseThrow(() ->
                        BusinessRuleViolation.onField(
                            "unitCode", "organization.unit-unknown", command.unitCode())));
    checks.reject(command.type() == null, "type", "organization.type-required");
    checks.reject(command.name() == null, "name", "organization.name-required");
    // The limits are the columns' own (one fact): shown by the form, checked here.
    limits.check(checks, "name", command.name(), "organization", "name");
    limits.check(checks, "shortName", command.shortName(), "organization", "short_name");
    limits.check(checks, "taxCode", command.taxCode(), "organization", "tax_code");
    limits.check(checks, "address", command.address(), "organization", "address");
    limits.check(checks, "phone", command.phone(), "organization", "phone");
    limits.check(checks, "email", command.email(), "organization", "email");
    checks.reject(
        command.email() != null && !command.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
        "email",
        "error.email-invalid");
    String parentPath = unit == null ? null : unit.path();
    if (command.parentId() != null) {
      OrganizationView parent = find(command.parentId()).orElse(null);
      checks.reject(parent == null, "parentId", "organization.parent-unknown");
      if (parent != null) {
        checks.reject(
            unit != null && !parent.unitCode().equals(unit.code()),
            "parentId",
            "organization.parent-other-unit");
        checks.reject(!parent.active(), "parentId", "organization.parent-inactive", parent.name());
        checks.reject(
            existing != null && parent.path().startsWith(existing.path()),
            "parentId",
            "organization.parent-cycle");
        parentPath = parent.path();
      }
    }
    checks.check();
    Integer duplicates =
        jdbc.sql(
                """
                select count(*) from organization
                where active and unit_code = :unit and coalesce(parent_id, 0) = :parent
                  and name_folded = :folded and id <> :id
                """)
            .param("unit", unit.code())
            .param("parent", command.parentId() == null ? 0L : command.parentId())
            .param("folded", VietnameseText.fold(command.name()))
            .param("id", existing == null ? -1L : existing.id())
            .query(Integer.class)
            .single();
    if (duplicates > 0) {
      throw BusinessRuleViolation.onField("name", "organization.name-duplicate", command.name());
    }
    return new Placement(unit.code(), parentPath);
  }

  static OrganizationView map(ResultSet rs, int row) throws SQLException {
    return new OrganizationView(
        rs.getLong("id"),
        rs.getString("unit_code"),
        rs.getString("unit_name"),
        rs.getObject("parent_id", Long.class),
        rs.getString("parent_name"),
        OrganizationType.valueOf(rs.getString("type")),
        rs.getString("name"),
        rs.getString("short_name"),
        rs.getString("tax_code"),
        rs.getString("address"),
        rs.getString("phone"),
        rs.getString("email"),
        rs.getBoolean("active"),
        rs.getString("path"),
        rs.getLong("version"),
        rs.getInt("people"));
  }
}
