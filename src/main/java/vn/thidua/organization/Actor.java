package vn.thidua.organization;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user: who they are and which roles they hold over which scopes. */
public final class Actor implements UserDetails, CredentialsContainer, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final long userId;
  private final String username;
  private String passwordHash;
  private final String displayName;
  private final Long personId;
  private final boolean enabled;
  private final boolean locked;
  private final List<RoleGrant> grants;

  public Actor(
      long userId,
      String username,
      String passwordHash,
      String displayName,
      Long personId,
      boolean enabled,
      boolean locked,
      List<RoleGrant> grants) {
    this.userId = userId;
    this.username = username;
    this.passwordHash = passwordHash;
    this.displayName = displayName;
    this.personId = personId;
    this.enabled = enabled;
    this.locked = locked;
    this.grants = List.copyOf(grants);
  }

  /** The system itself, acting at national scope (start-up, demo data, scheduled work). */
  public static Actor system() {
    return new Actor(
        0,
        "system",
        null,
        "Hệ thống",
        null,
        true,
        false,
        List.of(new RoleGrant(Role.SYSTEM_ADMIN, "/VN/", "Việt Nam")));
  }

  public long userId() {
    return userId;
  }

  public String displayName() {
    return displayName;
  }

  public Long personId() {
    return personId;
  }

  public List<RoleGrant> grants() {
    return grants;
  }

  public Set<Role> roles() {
    return grants.stream().map(RoleGrant::role).collect(Collectors.toUnmodifiableSet());
  }

  public boolean hasRole(Role role) {
    return grants.stream().anyMatch(g -> g.role() == role);
  }

  /** Whether any of the actor's roles allows {@code permission} somewhere. */
  public boolean may(Permission permission) {
    return grants.stream().anyMatch(g -> g.role().allows(permission));
  }

  /** Whether a role allowing {@code permission} covers the record at {@code path}. */
  public boolean may(Permission permission, String path) {
    return grants.stream().anyMatch(g -> g.role().allows(permission) && g.covers(path));
  }

  /**
   * Whether the actor holds {@code permission} at exactly this level (a grant whose scope is the
   * path itself, not a level above it): the office, council or leadership of that level.
   */
  public boolean mayAt(Permission permission, String path) {
    return grants.stream().anyMatch(g -> g.role().allows(permission) && g.scopePath().equals(path));
  }

  /** For templates: {@link #may(Permission)} by the permission's name. */
  public boolean can(String permission) {
    return may(Permission.valueOf(permission));
  }

  /** The scope paths over which {@code permission} is held (empty: nowhere). */
  public List<String> scopesFor(Permission permission) {
    return grants.stream()
        .filter(g -> g.role().allows(permission))
        .map(RoleGrant::scopePath)
        .distinct()
        .toList();
  }

  /**
   * Whether the record at {@code path} lies within reach of the actor: in the administrative unit
   * of one of its grants (a village focal point reaches its whole commune) or above it. A record
   * out of reach, another commune's, answers the same 404 as an id that does not exist, before any
   * permission or version check; within reach, a missing permission answers 403.
   */
  public boolean reaches(String path) {
    if (path == null) {
      return false;
    }
    return grants.stream()
        .anyMatch(g -> path.startsWith(unitPart(g.scopePath())) || g.scopePath().startsWith(path));
  }

  /** The administrative unit part of a scope ("/VN/31/10816/o1001/" → "/VN/31/10816/"). */
  private static String unitPart(String scope) {
    int o = scope.indexOf("/o");
    return o < 0 ? scope : scope.substring(0, o + 1);
  }

  /** Whether the actor may read anything at all at {@code path} (any role). */
  public boolean covers(String path) {
    return grants.stream().anyMatch(g -> g.covers(path));
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return grants.stream()
        .map(g -> new SimpleGrantedAuthority("ROLE_" + g.role().name()))
        .distinct()
        .toList();
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Actor other && other.userId == userId;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(userId);
  }

  @Override
  public String toString() {
    return "Actor[" + username + "]";
  }
}
