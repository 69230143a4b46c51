package vn.thidua.organization.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Permission;

/** Authorisation by role and organisation subtree, in one place. */
final class Access {

  private Access() {}

  static void require(Actor actor, Permission permission, String path) {
    if (actor == null || !actor.may(permission, path)) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  static void require(Actor actor, Permission permission) {
    if (actor == null || !actor.may(permission)) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  /**
   * A list filtered to a unit the actor cannot see any part of is refused (403), rather than shown
   * empty: a user of one commune has no business listing another's.
   */
  static void requireOverlap(Actor actor, Permission permission, String path) {
    boolean overlap =
        actor != null
            && actor.scopesFor(permission).stream()
                .anyMatch(s -> path.startsWith(s) || s.startsWith(path));
    if (!overlap) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  /** A SQL condition restricting {@code column} to the actor's scopes for {@code permission}. */
  static Clause scope(Actor actor, Permission permission, String column) {
    List<String> scopes = actor == null ? List.of() : actor.scopesFor(permission);
    if (scopes.isEmpty()) {
      return new Clause("false", Map.of());
    }
    StringBuilder sql = new StringBuilder("(");
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i < scopes.size(); i++) {
      if (i > 0) {
        sql.append(" or ");
      }
      sql.append(column).append(" like :scope").append(i).append(" escape '\\'");
      params.put("scope" + i, Like.escape(scopes.get(i)) + "%");
    }
    sql.append(')');
    return new Clause(sql.toString(), params);
  }

  /** A piece of SQL with its named parameters. */
  record Clause(String sql, Map<String, Object> params) {}
}
