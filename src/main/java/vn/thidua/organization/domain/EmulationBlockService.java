package vn.thidua.organization.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.ConcurrentChange;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.organization.Actor;
import vn.thidua.organization.EmulationBlockCommand;
import vn.thidua.organization.EmulationBlockView;
import vn.thidua.organization.OrganizationType;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.Permission;

/** Emulation blocks and clusters (khối, cụm thi đua) with a leader and a deputy per year. */
@Service
public class EmulationBlockService {

  private final JdbcClient jdbc;
  private final AdministrativeUnitService units;
  private final OrganizationService organizations;
  private final AuditTrail audit;

  EmulationBlockService(
      JdbcClient jdbc,
      AdministrativeUnitService units,
      OrganizationService organizations,
      AuditTrail audit) {
    this.jdbc = jdbc;
    this.units = units;
    this.organizations = organizations;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public List<EmulationBlockView> list(Actor actor) {
    Access.Clause scope = Access.scope(actor, Permission.VIEW_ORGANIZATIONS, "b.path");
    return jdbc
        .sql(
            "select b.id from emulation_block b where b.active and "
                + scope.sql()
                + " order by b.unit_code, b.year desc, b.name_folded")
        .params(scope.params())
        .query(Long.class)
        .list()
        .stream()
        .map(id -> find(id).orElseThrow())
        .toList();
  }

  @Transactional(readOnly = true)
  public EmulationBlockView get(Actor actor, long id) {
    EmulationBlockView view = find(id).orElseThrow(() -> new NotFound("block.not-found"));
    if (actor == null || !actor.reaches(path(id))) {
      throw new NotFound("block.not-found");
    }
    Access.require(actor, Permission.VIEW_ORGANIZATIONS, path(id));
    return view;
  }

  private String path(long id) {
    return jdbc.sql("select path from emulation_block where id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  @Transactional(readOnly = true)
  public Optional<EmulationBlockView> find(long id) {
    List<EmulationBlockView.Member> members =
        jdbc.sql(
                """
                select o.id, o.name, o.type from emulation_block_member m
                join organization o on o.id = m.organization_id
                where m.emulation_block = :id order by o.sort_key
                """)
            .param("id", id)
            .query((rs, i) ->
                new EmulationBlockView.Member(
                    rs.getLong(1), rs.getString(2), OrganizationType.valueOf(rs.getString(3))))
            .list();
    return jdbc.sql(
            """
            select b.id, b.unit_code, u.name as unit_name, b.kind, b.name, b.year, b.leader_id,
                   l.name as leader_name, b.deputy_id, d.name as deputy_name, b.active, b.version
            from emulation_block b join administrative_unit u on u.code = b.unit_code
            left join organization l on l.id = b.leader_id
            left join organization d on d.id = b.deputy_id
            where b.id = :id
            """)
        .param("id", id)
        .query((rs, i) ->
            new EmulationBlockView(
                rs.getLong("id"),
                rs.getString("unit_code"),
                rs.getString("unit_name"),
                EmulationBlockView.Kind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getInt("year"),
                rs.getObject("leader_id", Long.class),
                rs.getString("leader_name"),
                rs.getObject("deputy_id", Long.class),
                rs.getString("deputy_name"),
                rs.getBoolean("active"),
                members,
                rs.getLong("version")))
        .optional();
  }

  @Transactional
  public EmulationBlockView create(Actor actor, EmulationBlockCommand command) {
    AdministrativeUnit unit = validate(actor, command);
    long id =
        jdbc.sql(
                """
                insert into emulation_block (unit_code, path, kind, name, year, leader_id, deputy_id,
                  name_folded, created_by, updated_by)
                values (:unit, :path, :kind, :name, :year, :leader, :deputy, :folded, :who, :who)
                returning id
                """)
            .param("unit", unit.code())
            .param("path", unit.path())
            .param("kind", command.kind().name())
            .param("name", command.name())
            .param("year", command.year())
            .param("leader", command.leaderId())
            .param("deputy", command.deputyId())
            .param("folded", VietnameseText.fold(command.name()))
            .param("who", actor.getUsername())
            .query(Long.class)
            .single();
    writeMembers(id, command.memberIds());
    EmulationBlockView created = find(id).orElseThrow();
    audit.record("block.create", "emulation_block", id, null, created);
    return created;
  }

  @Transactional
  public EmulationBlockView update(Actor actor, long id, EmulationBlockCommand command) {
    EmulationBlockView before = get(actor, id);
    if (command.unitCode() != null && !command.unitCode().equals(before.unitCode())) {
      throw BusinessRuleViolation.onField("unitCode", "block.unit-fixed");
    }
    validate(
        actor,
        new EmulationBlockCommand(
            before.unitCode(),
            command.kind(),
            command.name(),
            command.year(),
            command.leaderId(),
            command.deputyId(),
            command.memberIds(),
            command.version()));
    int updated =
        jdbc.sql(
                """
                update emulation_block set kind = :kind, name = :name, year = :year, leader_id = :leader,
                  deputy_id = :deputy, name_folded = :folded, version = version + 1, updated_at = now(),
                  updated_by = :who where id = :id and version = :version
                """)
            .param("kind", command.kind().name())
            .param("name", command.name())
            .param("year", command.year())
            .param("leader", command.leaderId())
            .param("deputy", command.deputyId())
            .param("folded", VietnameseText.fold(command.name()))
            .param("who", actor.getUsername())
            .param("id", id)
            .param("version", command.version() == null ? -1 : command.version())
            .update();
    if (updated == 0) {
      throw new ConcurrentChange("emulation_block");
    }
    jdbc.sql("delete from emulation_block_member where emulation_block = :id")
        .param("id", id)
        .update();
    writeMembers(id, command.memberIds());
    EmulationBlockView after = find(id).orElseThrow();
    audit.record("block.update", "emulation_block", id, before, after);
    return after;
  }

  private void writeMembers(long id, List<Long> memberIds) {
    for (Long member : new LinkedHashSet<>(memberIds)) {
      jdbc.sql(
              "insert into emulation_block_member (emulation_block, organization_id) values (:b, :o)")
          .param("b", id)
          .param("o", member)
          .update();
    }
  }

  private AdministrativeUnit validate(Actor actor, EmulationBlockCommand command) {
    if (command.unitCode() == null) {
      throw BusinessRuleViolation.onField("unitCode", "organization.unit-required");
    }
    AdministrativeUnit unit =
        units
            .find(command.unitCode())
            .orElseThrow(() ->
                BusinessRuleViolation.onField(
                    "unitCode", "organization.unit-unknown", command.unitCode()));
    Access.require(actor, Permission.MANAGE_BLOCKS, unit.path());
    if (command.kind() == null) {
      throw BusinessRuleViolation.onField("kind", "block.kind-required");
    }
    if (command.name() == null) {
      throw BusinessRuleViolation.onField("name", "block.name-required");
    }
    if (command.year() == null || command.year() < 2000 || command.year() > 2100) {
      throw BusinessRuleViolation.onField("year", "block.year-invalid");
    }
    Set<Long> members = new LinkedHashSet<>(command.memberIds());
    for (Long memberId : members) {
      OrganizationView member =
          organizations
              .find(memberId)
              .orElseThrow(
                  () -> BusinessRuleViolation.onField("memberIds", "block.member-unknown"));
      if (!member.path().startsWith(unit.path()) || !member.active()) {
        throw BusinessRuleViolation.onField("memberIds", "block.member-outside", member.name());
      }
    }
    if (command.leaderId() != null && !members.contains(command.leaderId())) {
      throw BusinessRuleViolation.onField("leaderId", "block.leader-not-member");
    }
    if (command.deputyId() != null && !members.contains(command.deputyId())) {
      throw BusinessRuleViolation.onField("deputyId", "block.deputy-not-member");
    }
    if (command.leaderId() != null && command.leaderId().equals(command.deputyId())) {
      throw BusinessRuleViolation.onField("deputyId", "block.deputy-same-as-leader");
    }
    return unit;
  }
}
