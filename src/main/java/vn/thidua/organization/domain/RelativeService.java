package vn.thidua.organization.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.organization.Accounts;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Impartiality;
import vn.thidua.organization.Permission;
import vn.thidua.organization.Relation;
import vn.thidua.organization.RelativeView;
import vn.thidua.organization.Role;

/**
 * Relatives a person declares, and the conflict-of-interest rule built on them ({@link
 * Impartiality}). A person declares their own relatives (naming the relative exactly, so that ids
 * cannot be probed for names), or the office that manages the person declares them; a declaration
 * counts in both directions.
 */
@Service
public class RelativeService implements Impartiality {

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  RelativeService(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  private record Located(long id, String fullName, String path, long organizationId) {}

  private Optional<Located> locate(long personId) {
    return jdbc.sql("select id, full_name, path, organization_id from person where id = :id")
        .param("id", personId)
        .query(
            (rs, i) -> new Located(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
        .optional();
  }

  private static boolean isSelf(Actor actor, long personId) {
    return actor != null && actor.personId() != null && actor.personId() == personId;
  }

  /**
   * The person, if the actor may read their relatives (themselves, or people in scope); else 404.
   */
  private Located readable(Actor actor, long personId) {
    Located p = locate(personId).orElseThrow(() -> new NotFound("person.not-found"));
    if (!isSelf(actor, personId)
        && (actor == null || !actor.may(Permission.VIEW_PEOPLE, p.path()))) {
      throw new NotFound("person.not-found");
    }
    return p;
  }

  /** The relatives of a person, declared by them or naming them, in name order. */
  @Transactional(readOnly = true)
  public List<RelativeView> relatives(Actor actor, long personId) {
    readable(actor, personId);
    return relatives(personId);
  }

  private List<RelativeView> relatives(long personId) {
    return jdbc.sql(
            """
            select case when r.person_id = :p then r.relative_id else r.person_id end as other,
                   o.full_name, org.name, r.relation, r.person_id = :p as mine, r.declared_by,
                   r.declared_at
            from person_relative r
            join person o on o.id = case when r.person_id = :p then r.relative_id else r.person_id end
            join organization org on org.id = o.organization_id
            where r.person_id = :p or r.relative_id = :p
            order by o.sort_key, o.id
            """)
        .param("p", personId)
        .query((rs, i) ->
            new RelativeView(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                Relation.valueOf(rs.getString(4)),
                rs.getBoolean(5),
                rs.getString(6),
                rs.getTimestamp(7).toInstant()))
        .list();
  }

  /**
   * Declares a relative. The person themselves, or whoever manages people over the person's path.
   * The relative must be someone the actor can see; a person declaring their own relative outside
   * what they can see gives the relative's full name, which must match (else the same "unknown"
   * answer as for an id that does not exist).
   */
  @Transactional
  public RelativeView declare(
      Actor actor, long personId, Long relativeId, Relation relation, String relativeName) {
    Located person = readable(actor, personId);
    if (!isSelf(actor, personId) && !actor.may(Permission.MANAGE_PEOPLE, person.path())) {
      throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
    }
    if (relation == null) {
      throw BusinessRuleViolation.onField("relation", "relative.relation-required");
    }
    if (relativeId == null) {
      throw BusinessRuleViolation.onField("relativeId", "relative.unknown");
    }
    Located relative =
        locate(relativeId)
            .filter(r -> visibleOrNamed(actor, r, relativeName))
            .orElseThrow(() -> BusinessRuleViolation.onField("relativeId", "relative.unknown"));
    if (relative.id() == personId) {
      throw BusinessRuleViolation.onField("relativeId", "relative.self");
    }
    int exists =
        jdbc.sql(
                "select count(*) from person_relative where (person_id = :a and relative_id = :b) or (person_id = :b and relative_id = :a)")
            .param("a", personId)
            .param("b", relative.id())
            .query(Integer.class)
            .single();
    if (exists > 0) {
      throw BusinessRuleViolation.onField("relativeId", "relative.already", relative.fullName());
    }
    jdbc.sql(
            "insert into person_relative (person_id, relative_id, relation, declared_by) values (:a, :b, :r, :who)")
        .param("a", personId)
        .param("b", relative.id())
        .param("r", relation.name())
        .param("who", actor.getUsername())
        .update();
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("personId", personId);
    after.put("relativeId", relative.id());
    after.put("relation", relation.name());
    audit.record("person.relative-declare", "person", personId, null, after);
    return relatives(personId).stream()
        .filter(r -> r.relativeId() == relative.id())
        .findFirst()
        .orElseThrow();
  }

  private static boolean visibleOrNamed(Actor actor, Located relative, String name) {
    if (actor.may(Permission.VIEW_PEOPLE, relative.path())) {
      return true;
    }
    return name != null
        && VietnameseText.fold(name).equals(VietnameseText.fold(relative.fullName()));
  }

  /** Withdraws a declaration (either direction), by the person or their office. */
  @Transactional
  public void withdraw(Actor actor, long personId, long relativeId) {
    Located person = readable(actor, personId);
    if (!isSelf(actor, personId) && !actor.may(Permission.MANAGE_PEOPLE, person.path())) {
      throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
    }
    int removed =
        jdbc.sql(
                "delete from person_relative where (person_id = :a and relative_id = :b) or (person_id = :b and relative_id = :a)")
            .param("a", personId)
            .param("b", relativeId)
            .update();
    if (removed == 0) {
      throw new NotFound("relative.not-found");
    }
    audit.record(
        "person.relative-withdraw",
        "person",
        personId,
        Map.of("personId", personId, "relativeId", relativeId),
        null);
  }

  // ----- the rule

  /** The declared relatives of a person (both directions), with the relation as declared. */
  Map<Long, Relation> relativeIds(long personId) {
    Map<Long, Relation> out = new LinkedHashMap<>();
    jdbc.sql(
            "select case when person_id = :p then relative_id else person_id end, relation from person_relative where person_id = :p or relative_id = :p")
        .param("p", personId)
        .query((rs, i) -> out.put(rs.getLong(1), Relation.valueOf(rs.getString(2))))
        .list();
    return out;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Conflict> conflict(Long judgePersonId, Case c) {
    if (judgePersonId == null) {
      return Optional.empty();
    }
    Located judge = locate(judgePersonId).orElse(null);
    if (judge == null) {
      return Optional.empty();
    }
    if (c.people().contains(judgePersonId)) {
      return Optional.of(new Conflict(Reason.SELF, judge.fullName(), null));
    }
    Map<Long, Relation> relatives = relativeIds(judgePersonId);
    for (Long p : c.people()) {
      Relation relation = relatives.get(p);
      if (relation != null) {
        String name = locate(p).map(Located::fullName).orElse("");
        return Optional.of(new Conflict(Reason.RELATIVE, name, relation));
      }
    }
    if (c.organizations().contains(judge.organizationId())) {
      String org =
          jdbc.sql("select name from organization where id = :id")
              .param("id", judge.organizationId())
              .query(String.class)
              .single();
      return Optional.of(new Conflict(Reason.ORGANIZATION, org, null));
    }
    return Optional.empty();
  }

  private record Holder(
      String username, String displayName, String email, Long personId, Role role, String scope) {}

  private List<Holder> holders(String path) {
    return jdbc.sql(
            """
            select u.username, u.display_name, u.email, u.person_id, r.role, r.scope_path
            from user_account u join user_role r on r.user_account = u.id
            where u.enabled and :path like r.scope_path || '%'
            order by u.username
            """)
        .param("path", path)
        .query((rs, i) ->
            new Holder(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, Long.class),
                Role.valueOf(rs.getString(5)),
                rs.getString(6)))
        .list();
  }

  @Override
  @Transactional(readOnly = true)
  public List<Accounts.Recipient> whoMayAct(
      Permission permission, String path, Case c, String exceptUsername) {
    List<Holder> able =
        holders(path).stream()
            .filter(h -> h.role() != Role.SYSTEM_ADMIN && h.role().allows(permission))
            .filter(h -> !h.username().equals(exceptUsername))
            .filter(h -> conflict(h.personId(), c).isEmpty())
            .toList();
    int narrowest = able.stream().mapToInt(h -> h.scope().length()).max().orElse(-1);
    Set<String> seen = new HashSet<>();
    List<Accounts.Recipient> out = new ArrayList<>();
    for (Holder h : able) {
      if (h.scope().length() == narrowest && seen.add(h.username())) {
        out.add(new Accounts.Recipient(h.username(), h.displayName(), h.email()));
      }
    }
    return out;
  }

  @Override
  @Transactional(readOnly = true)
  public List<String> withoutConflict(Collection<String> usernames, Case c) {
    List<String> out = new ArrayList<>();
    for (String u : usernames) {
      Long person =
          jdbc.sql("select person_id from user_account where username = :u")
              .param("u", u)
              .query((rs, i) -> rs.getObject(1, Long.class))
              .optional()
              .orElse(null);
      if (conflict(person, c).isEmpty()) {
        out.add(u);
      }
    }
    return out;
  }
}
