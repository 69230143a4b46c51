package vn.thidua.oversight.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Permission;
import vn.thidua.organization.RoleGrant;

/** Authorisation by role and scope for oversight, in one place. */
final class Scopes {

  private Scopes() {}

  /** Whether a role allowing {@code permission} covers {@code path}. */
  static boolean may(Actor actor, Permission permission, String path) {
    return actor != null && path != null && actor.may(permission, path);
  }

  static void require(Actor actor, Permission permission, String path) {
    if (!may(actor, permission, path)) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  /**
   * Whether a role allowing {@code permission} covers {@code path} from within {@code within}: the
   * plan's own level acts on its tasks, the level above only reads them.
   */
  static boolean mayWithin(Actor actor, Permission permission, String path, String within) {
    if (actor == null || path == null) {
      return false;
    }
    return actor.grants().stream()
        .anyMatch(g ->
            g.role().allows(permission)
                && g.covers(path)
                && (g.scopePath().startsWith(within)
                    || g.role() == vn.thidua.organization.Role.SYSTEM_ADMIN));
  }

  /**
   * Whether a role allowing {@code permission} covers {@code path} without covering {@code
   * outside}: the inspected side answers, never the inspecting level.
   */
  static boolean mayOutside(Actor actor, Permission permission, String path, String outside) {
    if (actor == null || path == null) {
      return false;
    }
    return actor.grants().stream()
        .anyMatch(g -> g.role().allows(permission) && g.covers(path) && !g.covers(outside));
  }

  /** Whether the actor may read what belongs to a plan: inside the plan's scope or above it. */
  static boolean seesPlan(Actor actor, String planPath) {
    if (actor == null || planPath == null) {
      return false;
    }
    for (String scope : actor.scopesFor(Permission.VIEW_PLANS)) {
      if (planPath.startsWith(scope) || scope.startsWith(planPath)) {
        return true;
      }
    }
    return false;
  }

  /** Whether some role of the actor covers the path and lies within {@code within}. */
  static boolean coversWithin(Actor actor, String path, String within) {
    if (actor == null) {
      return false;
    }
    for (RoleGrant g : actor.grants()) {
      if (g.role() == vn.thidua.organization.Role.SYSTEM_ADMIN && g.covers(path)) {
        return true;
      }
      if (g.covers(path) && g.scopePath().startsWith(within)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A SQL condition on a plan's path column: the plan lies inside one of the actor's scopes for
   * {@code permission}, or the scope lies inside the plan (a unit reading its level's plan).
   */
  static Clause planScope(Actor actor, Permission permission, String column, boolean within) {
    List<String> scopes = actor == null ? List.of() : actor.scopesFor(permission);
    if (scopes.isEmpty()) {
      return new Clause("false", Map.of());
    }
    StringBuilder sql = new StringBuilder("(");
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i < scopes.size(); i++) {
      String p = "sc" + permission.ordinal() + "_" + i;
      if (i > 0) {
        sql.append(" or ");
      }
      sql.append(column).append(" like :").append(p).append(" || '%'");
      if (within) {
        sql.append(" or :").append(p).append(" like ").append(column).append(" || '%'");
      }
      params.put(p, scopes.get(i));
    }
    sql.append(')');
    return new Clause(sql.toString(), params);
  }

  /** A piece of SQL with its named parameters. */
  record Clause(String sql, Map<String, Object> params) {}
}
