package vn.thidua.organization.domain;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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

/** User accounts: roles over scopes, passwords, lockout after repeated failures. */
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
  private final Clock clock;
  private final int maxFailures;
  private final Duration lockout;

  AccountService(
      JdbcClient jdbc,
      PasswordEncoder encoder,
      AdministrativeUnitService units,
      OrganizationService organizations,
      AuditTrail audit,
      Clock clock,
      @Value("${thidua.login.max-failures:5}") int maxFailures,
      @Value("${thidua.login.lockout:PT15M}") Duration lockout) {
    this.jdbc = jdbc;
    this.encoder = encoder;
    this.units = units;
    this.organizations = organizations;
    this.audit = audit;
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.lockout = lockout;
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
            select id, username, password_hash, display_name, person_id, enabled, locked_until
            from user_account where username = :u
            """)
        .param("u", username.strip().toLowerCase(java.util.Locale.ROOT))
        .query((rs, i) -> {
          Timestamp locked = rs.getTimestamp("locked_until");
          long id = rs.getLong("id");
          return new Actor(
              id,
              rs.getString("username"),
              rs.getString("password_hash"),
              rs.getString("display_name"),
              rs.getObject("person_id", Long.class),
              rs.getBoolean("enabled"),
              locked != null && locked.toInstant().isAfter(clock.instant()),
              List.of());
        })
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

  @Override
  @Transactional
  public void recordLoginFailure(String username) {
    if (username == null) {
      return;
    }
    String u = username.strip().toLowerCase(java.util.Locale.ROOT);
    Integer failures =
        jdbc.sql(
                "update user_account set failed_attempts = failed_attempts + 1 where username = :u returning failed_attempts")
            .param("u", u)
            .query(Integer.class)
            .optional()
            .orElse(0);
    if (failures >= maxFailures) {
      Instant until = clock.instant().plus(lockout);
      jdbc.sql(
              "update user_account set failed_attempts = 0, locked_until = :until where username = :u")
          .param("until", Timestamp.from(until))
          .param("u", u)
          .update();
      audit.record(
          "account.locked", "user_account", u, null, Map.of("lockedUntil", until.toString()));
    }
  }

  @Override
  @Transactional
  public void recordLoginSuccess(String username) {
    jdbc.sql(
            "update user_account set failed_attempts = 0, locked_until = null where username = :u and (failed_attempts > 0 or locked_until is not null)")
        .param("u", username)
        .update();
  }

  @Transactional
  public void changePassword(Actor actor, String current, String next, String confirmation) {
    String hash =
        jdbc.sql("select password_hash from user_account where id = :id")
            .param("id", actor.userId())
            .query(String.class)
            .single();
    if (current == null || !encoder.matches(current, hash)) {
      throw BusinessRuleViolation.onField("currentPassword", "account.password-current-wrong");
    }
    checkPolicy(next, actor.getUsername());
    if (!next.equals(confirmation)) {
      throw BusinessRuleViolation.onField("confirmation", "account.password-mismatch");
    }
    jdbc.sql(
            "update user_account set password_hash = :h, password_changed_at = now(), version = version + 1, updated_at = now(), updated_by = :who where id = :id")
        .param("h", encoder.encode(next))
        .param("who", actor.getUsername())
        .param("id", actor.userId())
        .update();
    audit.record(
        "account.password-change",
        "user_account",
        actor.userId(),
        null,
        Map.of("username", actor.getUsername()));
  }

  static void checkPolicy(String password, String username) {
    if (password == null || password.length() < 10) {
      throw BusinessRuleViolation.onField("newPassword", "account.password-too-short", 10);
    }
    if (!password.matches(".*\\p{L}.*") || !password.matches(".*\\d.*")) {
      throw BusinessRuleViolation.onField("newPassword", "account.password-weak");
    }
    if (password
        .toLowerCase(java.util.Locale.ROOT)
        .contains(username.toLowerCase(java.util.Locale.ROOT))) {
      throw BusinessRuleViolation.onField("newPassword", "account.password-contains-username");
    }
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
            "select id, username, display_name, email, person_id, enabled, locked_until, version from user_account where id = :id")
        .param("id", id)
        .query((rs, i) -> {
          Timestamp locked = rs.getTimestamp("locked_until");
          return new UserView(
              rs.getLong("id"),
              rs.getString("username"),
              rs.getString("display_name"),
              rs.getString("email"),
              rs.getObject("person_id", Long.class),
              rs.getBoolean("enabled"),
              locked == null ? null : locked.toInstant(),
              grants(rs.getLong("id")),
              rs.getLong("version"));
        })
        .optional();
  }

  /** Creates a user; returns the generated first password, shown once. */
  @Transactional
  public Created create(Actor actor, UserCommand command) {
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
            "update user_account set password_hash = :h, failed_attempts = 0, locked_until = null, version = version + 1, updated_at = now(), updated_by = :who where id = :id")
        .param("h", encoder.encode(password))
        .param("who", actor.getUsername())
        .param("id", id)
        .update();
    audit.record(
        "account.password-reset", "user_account", id, null, Map.of("username", user.username()));
    return password;
  }

  @Transactional
  public void unlock(Actor actor, long id) {
    UserView before = requireManageable(actor, id);
    jdbc.sql(
            "update user_account set failed_attempts = 0, locked_until = null, version = version + 1, updated_at = now(), updated_by = :who where id = :id")
        .param("who", actor.getUsername())
        .param("id", id)
        .update();
    audit.record("account.unlock", "user_account", id, before, view(id).orElseThrow());
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
    audit.record(
        enabled ? "account.enable" : "account.disable",
        "user_account",
        id,
        before,
        view(id).orElseThrow());
  }

  private UserView requireManageable(Actor actor, long id) {
    UserView user = view(id).orElseThrow(() -> new NotFound("account.not-found"));
    Access.require(actor, Permission.MANAGE_USERS);
    for (RoleGrant grant : user.grants()) {
      Access.require(actor, Permission.MANAGE_USERS, grant.scopePath());
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
    record Row(String username, String name, String email, Role role, String scope) {}
    List<Row> rows =
        jdbc.sql(
                """
                select u.username, u.display_name, u.email, r.role, r.scope_path
                from user_account u join user_role r on r.user_account = u.id
                where u.enabled and :path like r.scope_path || '%'
                """)
            .param("path", path)
            .query((rs, i) ->
                new Row(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    Role.valueOf(rs.getString(4)),
                    rs.getString(5)))
            .list();
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
}
