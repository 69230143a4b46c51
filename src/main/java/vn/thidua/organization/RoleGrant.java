package vn.thidua.organization;

import java.io.Serializable;

/**
 * A role over a scope. {@code scopePath} is the materialised path of the unit or organisation
 * ({@code /VN/31/10816/} or {@code /VN/31/10816/o1001/}); everything whose path starts with it is
 * inside the scope.
 */
public record RoleGrant(Role role, String scopePath, String scopeName) implements Serializable {

  public boolean covers(String path) {
    return path != null && path.startsWith(scopePath);
  }
}
