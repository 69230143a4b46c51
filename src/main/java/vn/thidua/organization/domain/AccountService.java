package vn.thidua.organization.domain;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.NotFound;
import vn.thidua.organization.Accounts;
import vn.thidua.organization.Actor;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.Permission;
import vn.thidua.organization.Role;
import vn.thidua.organization.RoleGrant;
import vn.thidua.organization.UserCommand;
import vn.thidua.organization.UserView;

/**
 * User accounts: roles over scopes, passwords (length, letters and digits, not common, not the
 * user's own name), login throttling per client address and per name + address (an unknown name is
 * throttled exactly like a known one; nobody can lock another person out), and the end of a user's
 * sessions when the password changes or an administrator asks.
 */
@Service
public class AccountService implements Accounts {

  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final PasswordEncoder encoder;
  private final AdministrativeUnitService units;
  private final OrganizationService organizations;
  private final AuditTrail audit;
  private final FindByIndexNameSessionRepository<? extends Session> sessions;
  private final int maxFailures;
  private final int addressMaxFailures;
  private final Duration window;
  private final Duration backoff;

  AccountService(
      JdbcClient jdbc,
      PasswordEncoder encoder,
      AdministrativeUnitService units,
      OrganizationService organizations,
      AuditTrail audit,
      FindByIndexNameSessionRepository<? extends Session> sessions,
      @Value("${thidua.login.max-failures:5}") int maxFailures,
      @Value("${thidua.login.address-max-failures:30}") int addressMaxFailures,
      @Value("${thidua.login.window:PT15M}") Duration window,
      @Value("${thidua.login.backoff:PT30S}") Duration backoff) {
    this.jdbc = jdbc;
    this.encoder = encoder;
    this.units = units;
    this.organizations = organizations;
    this.audit = audit;
    this.sessions = sessions;
    this.maxFailures = maxFailures;
    this.addressMaxFailures = addressMaxFailures;
    this.window = window;
    this.backoff = backoff;
  }

  /** A random password of 16 characters without look-alike letters. */
  public static String generatePassword() {
    StringBuilder sb = new StringBuilder(16);
    for (int i = 0; i < 16; i++) {
      sb.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
    }
    return sb.toString();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Actor> findActor(String username) {
    if (username == null) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            select id, username, password_hash, display_name, person_id, enabled
            from user_account where username = :u
            """)
        .param("u", loginName(username))
        .query((rs, i) ->
            new Actor(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("password_hash"),
                rs.getString("display_name"),
                rs.getObject("person_id", Long.class),
                rs.getBoolean("enabled"),
                false,
                List.of()))
        .optional()
        .map(a ->
            new Actor(
                a.userId(),
                a.getUsername(),
                a.getPassword(),
                a.displayName(),
                a.personId(),
                a.isEnabled(),
                !a.isAccountNonLocked(),
                grants(a.userId())));
  }

  List<RoleGrant> grants(long userId) {
    return jdbc.sql(
            """
            select r.role, r.scope_path,
                   coalesce(o.name || ' — ' || u2.name, u.name) as scope_name
            from user_role r
            left join administrative_unit u on u.code = r.scope_unit_code
            left join organization o on o.id = r.scope_org_id
            left join administrative_unit u2 on u2.code = o.unit_code
            where r.user_account = :id order by r.id
            """)
        .param("id", userId)
        .query((rs, i) ->
            new RoleGrant(Role.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)))
        .list();
  }

  /** A login name as typed, the way it is stored and throttled: trimmed, lower case, bounded. */
  static String loginName(String username) {
    String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return u.length() > 200 ? u.substring(0, 200) : u;
  }

  private static String address(String address) {
    String a = address == null || address.isBlank() ? "?" : address.strip();
    return a.length() > 100 ? a.substring(0, 100) : a;
  }

  private String interval(Duration d) {
    return d.toMillis() + " milliseconds";
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Duration> loginRefusal(String username, String address) {
    String a = address(address);
    Duration wait = Duration.ZERO;
    // Too many failures from this address, whatever the names.
    Map<String, Object> byAddress =
        jdbc.sql(
                """
                select count(*) as n,
                  extract(epoch from (min(failed_at) + cast(:w as interval) - now())) * 1000 as wait_ms
                from login_failure where address = :a and failed_at > now() - cast(:w as interval)
                """)
            .param("a", a)
            .param("w", interval(window))
            .query()
            .singleRow();
    if (((Number) byAddress.get("n")).intValue() >= addressMaxFailures) {
      wait = max(wait, millis(byAddress.get("wait_ms")));
    }
    // Backoff for this name from this address: 30 s after the fifth failure, doubling, at most
    // the window. Another address is not held back, so the owner can still sign in.
    Map<String, Object> byName =
        jdbc.sql(
                """
                select count(*) as n, extract(epoch from (now() - max(failed_at))) * 1000 as since_ms
                from login_failure
                where username = :u and address = :a and failed_at > now() - cast(:w as interval)
                """)
            .param("u", loginName(username))
            .param("a", a)
            .param("w", interval(window))
            .query()
            .singleRow();
    int failures = ((Number) byName.get("n")).intValue();
    if (failures >= maxFailures) {
      int doublings = Math.min(failures - maxFailures, 20);
      Duration hold = backoff.multipliedBy(1L << doublings);
      if (hold.compareTo(window) > 0) {
        hold = window;
      }
      Duration left = hold.minus(millis(byName.get("since_ms")));
      wait = max(wait, left);
    }
    return wait.isPositive() ? Optional.of(wait) : Optional.empty();
  }

  private static Duration millis(Object value) {
    return value == null ? Duration.ZERO : Duration.ofMillis(((Number) value).longValue());
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  @Override
  @Transactional
  public void recordLoginFailure(String username, String address) {
    String u = loginName(username);
    String a = address(address);
    jdbc.sql("delete from login_failure where failed_at < now() - interval '1 day'").update();
    jdbc.sql(
            "insert into login_failure (username, address, failed_at) values (:u, :a, clock_timestamp())")
        .param("u", u)
        .param("a", a)
        .update();
    int forName =
        jdbc.sql(
                "select count(*) from login_failure where username = :u and address = :a and failed_at > now() - cast(:w as interval)")
            .param("u", u)
            .param("a", a)
            .param("w", interval(window))
            .query(Integer.class)
            .single();
    int forAddress =
        jdbc.sql(
                "select count(*) from login_failure where address = :a and failed_at > now() - cast(:w as interval)")
            .param("a", a)
            .param("w", interval(window))
            .query(Integer.class)
            .single();
    if (forName == maxFailures || forAddress == addressMaxFailures) {
      audit.record(
          "login.throttled",
          "login",
          u,
          null,
          Map.of("address", a, "failuresForName", forName, "failuresFromAddress", forAddress));
    }
  }

  @Override
  @Transactional
  public void recordSignIn(String username) {
    jdbc.sql(
            """
            update user_account
            set previous_sign_in_at = last_sign_in_at, last_sign_in_at = clock_timestamp()
            where username = :u
            """)
        .param("u", loginName(username))
        .update();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<java.time.Instant> previousSignIn(String username) {
    return jdbc
        .sql("select previous_sign_in_at from user_account where username = :u")
        .param("u", loginName(username))
        .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(t -> t.toInstant()))
        .list()
        .stream()
        .findFirst()
        .flatMap(t -> t);
  }

  @Override
  @Transactional
  public void recordLoginSuccess(String username, String address) {
    jdbc.sql("delete from login_failure where username = :u and address = :a")
        .param("u", loginName(username))
        .param("a", address(address))
        .update();
  }

  /**
   * Changes the own password: the current one must be right and the new one must pass the policy.
   * Every other session of the user ends (the one given as {@code keepSessionId}, if any, stays).
   */
  @Transactional
  public void changePassword(
      Actor actor, String current, String next, String confirmation, String keepSessionId) {
    String hash =
        jdbc.sql("select password_hash from user_account where id = :id")
            .param("id", actor.userId())
            .query(String.class)
            .single();
    if (current == null || !encoder.matches(current, hash)) {
      throw BusinessRuleViolation.onField("currentPassword", "account.password-current-wrong");
    }
    PasswordPolicy.check(next, actor.getUsername(), ownNames(actor.userId()));
    if (!next.equals(confirmation)) {
      throw BusinessRuleViolation.onField("confirmation", "account.password-mismatch");
    }
    jdbc.sql(
            "update user_account set password_hash = :h, password_changed_at = now(), version = version + 1, updated_at = now(), updated_by = :who where id = :id")
        .param("h", encoder.encode(next))
        .param("who", actor.getUsername())
        .param("id", actor.userId())
        .update();
    int ended = endSessionsAfterCommit(actor.getUsername(), keepSessionId);
    audit.record(
        "account.password-change",
        "user_account",
        actor.userId(),
        null,
        Map.of("username", actor.getUsername(), "otherSessionsEnded", ended));
  }

  /** The display name of the account and the full name of its person, if any. */
  private List<String> ownNames(long userId) {
    return jdbc.sql(
            """
            select a.display_name, p.full_name from user_account a
            left join person p on p.id = a.person_id where a.id = :id
            """)
        .param("id", userId)
        .query((rs, i) -> {
          List<String> names = new ArrayList<>();
          names.add(rs.getString(1));
          if (rs.getString(2) != null) {
            names.add(rs.getString(2));
          }
          return names;
        })
        .single();
  }

  /**
   * Ends the sessions of a user (all but {@code keepSessionId}) once the transaction commits;
   * returns how many there are.
   */
  private int endSessionsAfterCommit(String username, String keepSessionId) {
    Set<String> ids = new java.util.HashSet<>(sessions.findByPrincipalName(username).keySet());
    if (keepSessionId != null) {
      ids.remove(keepSessionId);
    }
    if (ids.isEmpty()) {
      return 0;
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              ids.forEach(sessions::deleteById);
            }
          });
    } else {
      ids.forEach(sessions::deleteById);
    }
    return ids.size();
  }

  /** An administrator ends every session of a user in scope; returns how many ended. */
  @Transactional
  public int endSessions(Actor actor, long id) {
    UserView user = requireManageable(actor, id);
    int ended = endSessionsAfterCommit(user.username(), null);
    audit.record(
        "account.sessions-end",
        "user_account",
        id,
        null,
        Map.of("username", user.username(), "sessionsEnded", ended));
    return ended;
  }

  static void checkPolicy(String password, String username) {
    PasswordPolicy.check(password, username, List.of());
  }

  @Transactional(readOnly = true)
  public List<UserView> list(Actor actor) {
    Access.require(actor, Permission.MANAGE_USERS);
    Access.Clause scope = Access.scope(actor, Permission.MANAGE_USERS, "r.scope_path");
    Map<String, Object> params = new LinkedHashMap<>(scope.params());
    List<Long> ids =
        jdbc.sql(
                "select distinct a.id, a.username from user_account a left join user_role r on r.user_account = a.id where "
                    + scope.sql()
                    + (actor.may(Permission.MANAGE_USERS, "/VN/") ? " or r.id is null" : "")
                    + " order by a.username")
            .params(params)
            .query((rs, i) -> rs.getLong(1))
            .list();
    List<UserView> result = new ArrayList<>();
    for (Long id : ids) {
      view(id).ifPresent(result::add);
    }
    return result;
  }

  @Transactional(readOnly = true)
  public Optional<UserView> view(long id) {
    return jdbc.sql(
            """
            select a.id, a.username, a.display_name, a.email, a.person_id, a.enabled, a.version,
              (select count(*) from login_failure f where f.username = a.username
                 and f.failed_at > now() - cast(:w as interval)) as failures
            from user_account a where a.id = :id
            """)
        .param("id", id)
        .param("w", interval(window))
        .query((rs, i) ->
            new UserView(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                rs.getObject("person_id", Long.class),
                rs.getBoolean("enabled"),
                rs.getInt("failures"),
                grants(rs.getLong("id")),
                rs.getLong("version")))
        .optional();
  }

  /** Creates a user; returns the generated first password, shown once. */
  @Transactional
  public Created create(Actor actor, UserCommand command) {
    if (actor != null) {
      Access.require(actor, Permission.MANAGE_USERS);
    }
    if (command.username() == null || !command.username().matches("[a-z0-9._-]{3,60}")) {
      throw BusinessRuleViolation.onField("username", "account.username-invalid");
    }
    if (command.displayName() == null) {
      throw BusinessRuleViolation.onField("displayName", "account.display-name-required");
    }
    if (command.role() == null) {
      throw BusinessRuleViolation.onField("role", "account.role-required");
    }
    Scope scope = resolveScope(command.scopeUnitCode(), command.scopeOrganizationId());
    if (actor != null) {
      Access.require(actor, Permission.MANAGE_USERS, scope.path());
    }
    Integer taken =
        jdbc.sql("select count(*) from user_account where username = :u")
            .param("u", command.username())
            .query(Integer.class)
            .single();
    if (taken > 0) {
      throw BusinessRuleViolation.onField("username", "account.username-taken", command.username());
    }
    String password = generatePassword();
    String who = actor == null ? "system" : actor.getUsername();
    long id =
        jdbc.sql(
                """
                insert into user_account (username, password_hash, display_name, email, person_id,
                  created_by, updated_by)
                values (:u, :h, :d, :e, :p, :who, :who) returning id
                """)
            .param("u", command.username())
            .param("h", encoder.encode(password))
            .param("d", command.displayName())
            .param("e", command.email())
            .param("p", command.personId())
            .param("who", who)
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into user_role (user_account, role, scope_unit_code, scope_org_id, scope_path) values (:id, :role, :unit, :org, :path)")
        .param("id", id)
        .param("role", command.role().name())
        .param("unit", scope.unitCode())
        .param("org", scope.organizationId())
        .param("path", scope.path())
        .update();
    UserView created = view(id).orElseThrow();
    audit.record("account.create", "user_account", id, null, created);
    return new Created(created, password);
  }

  /** Sets a known password (first-start administrator from the environment). */
  @Transactional
  public void setPassword(String username, String password) {
    jdbc.sql(
            "update user_account set password_hash = :h, password_changed_at = now() where username = :u")
        .param("h", encoder.encode(password))
        .param("u", username)
        .update();
  }

  @Transactional
  public String resetPassword(Actor actor, long id) {
    UserView user = requireManageable(actor, id);
    String password = generatePassword();
    jdbc.sql(
            "update user_account set password_hash = :h, version = version + 1, updated_at = now(), updated_by = :who where id = :id")
        .param("h", encoder.encode(password))
        .param("who", actor.getUsername())
        .param("id", id)
        .update();
    clearLoginFailures(user.username());
    int ended = endSessionsAfterCommit(user.username(), null);
    audit.record(
        "account.password-reset",
        "user_account",
        id,
        null,
        Map.of("username", user.username(), "sessionsEnded", ended));
    return password;
  }

  /** Forgets the failed logins of a user's name (from every address): no backoff remains. */
  @Transactional
  public void unlock(Actor actor, long id) {
    UserView before = requireManageable(actor, id);
    clearLoginFailures(before.username());
    audit.record("account.unlock", "user_account", id, before, view(id).orElseThrow());
  }

  private void clearLoginFailures(String username) {
    jdbc.sql("delete from login_failure where username = :u")
        .param("u", loginName(username))
        .update();
  }

  @Transactional
  public void setEnabled(Actor actor, long id, boolean enabled) {
    UserView before = requireManageable(actor, id);
    if (before.id() == actor.userId() && !enabled) {
      throw new BusinessRuleViolation("account.cannot-disable-self");
    }
    jdbc.sql(
            "update user_account set enabled = :e, version = version + 1, updated_at = now(), updated_by = :who where id = :id")
        .param("e", enabled)
        .param("who", actor.getUsername())
        .param("id", id)
        .update();
    if (!enabled) {
      endSessionsAfterCommit(before.username(), null);
    }
    audit.record(
        enabled ? "account.enable" : "account.disable",
        "user_account",
        id,
        before,
        view(id).orElseThrow());
  }

  /**
   * A user the actor administers: without the permission anywhere 403; a user outside the actor's
   * scope answers the same 404 as an unknown id.
   */
  private UserView requireManageable(Actor actor, long id) {
    Access.require(actor, Permission.MANAGE_USERS);
    UserView user = view(id).orElseThrow(() -> new NotFound("account.not-found"));
    boolean inScope =
        user.grants().isEmpty()
            ? actor.may(Permission.MANAGE_USERS, "/VN/")
            : user.grants().stream()
                .allMatch(g -> actor.may(Permission.MANAGE_USERS, g.scopePath()));
    if (!inScope) {
      throw new NotFound("account.not-found");
    }
    return user;
  }

  @Transactional(readOnly = true)
  public boolean exists(String username) {
    return jdbc.sql("select count(*) from user_account where username = :u")
            .param("u", username)
            .query(Integer.class)
            .single()
        > 0;
  }

  Scope resolveScope(String unitCode, Long organizationId) {
    if (organizationId != null) {
      OrganizationView org =
          organizations
              .find(organizationId)
              .orElseThrow(() ->
                  BusinessRuleViolation.onField("scopeOrganizationId", "account.scope-unknown"));
      return new Scope(null, org.id(), org.path());
    }
    String code = unitCode == null ? AdministrativeUnitService.NATION_CODE : unitCode;
    AdministrativeUnit unit =
        units
            .find(code)
            .orElseThrow(
                () -> BusinessRuleViolation.onField("scopeUnitCode", "account.scope-unknown"));
    return new Scope(unit.code(), null, unit.path());
  }

  record Scope(String unitCode, Long organizationId, String path) {}

  /** A new user and the first password to hand over. */
  public record Created(UserView user, String password) {}

  @Override
  @Transactional(readOnly = true)
  public List<vn.thidua.organization.Accounts.Recipient> nearestHolders(
      vn.thidua.organization.Permission permission, String path) {
    return nearestHolders(
        List.of(new vn.thidua.organization.StepNotices.Audience(permission, path)));
  }

  @Override
  @Transactional(readOnly = true)
  public List<vn.thidua.organization.Accounts.Recipient> nearestHolders(
      List<vn.thidua.organization.StepNotices.Audience> audience) {
    if (audience.isEmpty()) {
      return List.of();
    }
    List<HolderRow> rows =
        jdbc.sql(
                """
                select u.username, u.display_name, u.email, r.role, r.scope_path
                from user_account u join user_role r on r.user_account = u.id
                where u.enabled
                  and exists (select 1 from unnest(:paths) p (path) where p.path like r.scope_path || '%')
                """)
            .param(
                "paths",
                audience.stream()
                    .map(vn.thidua.organization.StepNotices.Audience::path)
                    .distinct()
                    .toArray(String[]::new))
            .query(AccountService::holderRow)
            .list();
    Map<String, vn.thidua.organization.Accounts.Recipient> out = new LinkedHashMap<>();
    for (vn.thidua.organization.StepNotices.Audience a : audience) {
      List<HolderRow> covering = rows.stream().filter(r -> a.path().startsWith(r.scope())).toList();
      for (vn.thidua.organization.Accounts.Recipient r : nearest(covering, a.permission())) {
        out.putIfAbsent(r.username(), r);
      }
    }
    return List.copyOf(out.values());
  }

  /** An account's role over a scope, as the nearest holders are chosen from. */
  private record HolderRow(String username, String name, String email, Role role, String scope) {}

  private static HolderRow holderRow(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    return new HolderRow(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        Role.valueOf(rs.getString(4)),
        rs.getString(5));
  }

  /** Among roles covering a place: the holders of the permission with the narrowest scope. */
  private static List<vn.thidua.organization.Accounts.Recipient> nearest(
      List<HolderRow> rows, vn.thidua.organization.Permission permission) {
    int narrowest =
        rows.stream()
            .filter(r -> r.role() != Role.SYSTEM_ADMIN && r.role().allows(permission))
            .mapToInt(r -> r.scope().length())
            .max()
            .orElse(-1);
    return rows.stream()
        .filter(r -> r.role() != Role.SYSTEM_ADMIN && r.role().allows(permission))
        .filter(r -> r.scope().length() == narrowest)
        .map(r -> new vn.thidua.organization.Accounts.Recipient(r.username(), r.name(), r.email()))
        .distinct()
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<vn.thidua.kernel.Choice> pickHolders(
      java.util.Set<Role> roles, String path, String query, int limit) {
    if (roles.isEmpty() || path == null) {
      return List.of();
    }
    String folded = vn.thidua.kernel.VietnameseText.fold(query);
    return jdbc
        .sql(
            """
            select distinct u.username, u.display_name
            from user_account u join user_role r on r.user_account = u.id
            where u.enabled and r.role in (:roles) and :path like r.scope_path || '%'
            """)
        .param("roles", roles.stream().map(Role::name).toList())
        .param("path", path)
        .query((rs, i) -> new vn.thidua.kernel.Choice(rs.getString(1), rs.getString(2), null))
        .list()
        .stream()
        .filter(c ->
            folded.isEmpty() || vn.thidua.kernel.VietnameseText.fold(c.label()).contains(folded))
        .sorted(
            java.util.Comparator.comparing((vn.thidua.kernel.Choice c) ->
                    vn.thidua.kernel.VietnameseText.collationKey(c.label()))
                .thenComparing(vn.thidua.kernel.Choice::value))
        .limit(limit)
        .toList();
  }
}
