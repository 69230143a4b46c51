package vn.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.MethodParameter;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import vn.thidua.organization.Permission;
import vn.thidua.organization.Role;
import vn.thidua.support.Http;
import vn.thidua.support.TestHttp;

/**
 * Authorisation generated from the route table: every endpoint the application maps (pages and API,
 * from {@link RequestMappingHandlerMapping}) × every demo role × an object of the role's own
 * commune (Hà Bắc) and of another commune (Bình Giang), asserted against {@link #RULES}. A mapped
 * endpoint without a rule fails the build. What is asserted:
 *
 * <ul>
 *   <li>a role the rule allows, on an object its scope covers: neither 401, 403, 404 nor 5xx (a
 *       400, 409 or 422 means the request passed authorisation: the test sends version -1, empty
 *       bodies, placeholder values, so that nothing is really changed);
 *   <li>any other role, on its own commune's object: 403 or 404;
 *   <li>another commune's object: 404, the same answer as an id that does not exist (the
 *       commendation module, being rewritten, may still answer 403 there: {@code LEAD});
 *   <li>never a 5xx, never a login page for a signed-in user.
 * </ul>
 *
 * <p>It runs on its own application and database (the requests do change a few things: failed
 * attempts, read notifications), closed afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RouteAuthorizationIT {

  private static final Path DATA_DIR;

  static {
    try {
      Files.createDirectories(Path.of("target"));
      DATA_DIR = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "routes-data-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String ADMIN_PASSWORD = "Admin-Passw0rd-Routes";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("thidua.data-dir", DATA_DIR::toString);
    registry.add("thidua.demo", () -> "true");
    registry.add("thidua.admin-password", () -> ADMIN_PASSWORD);
    registry.add("thidua.db.url", () -> "");
    registry.add("spring.mail.host", () -> "");
    registry.add("thidua.reminders.cron", () -> "-");
    registry.add("thidua.login.address-max-failures", () -> "100000");
  }

  @Value("${local.server.port}")
  int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  // ----- who

  /** One demo account per role; the commune ones are Hà Bắc's. */
  enum Account {
    OFFICE("thuongtruc.habac", Role.STANDING_OFFICE),
    LEADER("lanhdao.habac", Role.LEADERSHIP),
    COUNCIL("hoidong.habac", Role.COUNCIL_MEMBER),
    FOCAL("daumoi.habac", Role.UNIT_FOCAL_POINT),
    PERSON("canhan.habac", Role.INDIVIDUAL),
    SUPERVISOR("giamsat.habac", Role.SUPERVISOR),
    CITY_ADMIN("quantri.haiphong", Role.SYSTEM_ADMIN);

    final String username;
    final Role role;

    Account(String username, Role role) {
      this.username = username;
      this.role = role;
    }
  }

  /** Who reads everything of the commune (not only a village or one organisation below it). */
  private static final Set<Account> COMMUNE_WIDE =
      EnumSet.of(
          Account.OFFICE, Account.LEADER, Account.COUNCIL, Account.SUPERVISOR, Account.CITY_ADMIN);

  // ----- what

  /**
   * The kinds of objects a route names. {@code covered}: the accounts whose scope covers the own
   * commune's object of that kind.
   */
  enum Kind {
    /** No object of a commune: a list, a form, the own account. */
    NONE(EnumSet.allOf(Account.class)),
    /** Phòng Kinh tế of Hà Bắc / Bình Giang. */
    ORG(COMMUNE_WIDE),
    /** A person of Phòng Kinh tế. */
    PERSON(COMMUNE_WIDE),
    /** The commune's emulation plan: readable at and below the commune. */
    MOVEMENT(EnumSet.allOf(Account.class)),
    /** The commune's emulation block. */
    BLOCK(COMMUNE_WIDE),
    /** An initiative of Phòng Văn hóa - Xã hội (Hà Bắc: Trần Thị An is its author). */
    INITIATIVE(plus(COMMUNE_WIDE, Account.PERSON)),
    /** An exemplary model of Phòng Văn hóa - Xã hội. */
    MODEL(plus(COMMUNE_WIDE, Account.PERSON)),
    /** A user account scoped to the commune. */
    USER(EnumSet.of(Account.CITY_ADMIN)),
    /** The commune itself (its code). */
    UNIT(COMMUNE_WIDE),
    /** Thôn Đông's registration and report. */
    REGISTRATION(plus(COMMUNE_WIDE, Account.FOCAL)),
    REPORT(plus(COMMUNE_WIDE, Account.FOCAL)),
    /**
     * Objects the test does not create (nominations, notifications, import jobs): an id that does
     * not exist, both "own" and "other"; every role must answer 404 (or 403 without the right).
     */
    MISSING(EnumSet.noneOf(Account.class));

    final Set<Account> covered;

    Kind(Set<Account> covered) {
      this.covered = covered;
    }
  }

  private static Set<Account> plus(Set<Account> set, Account extra) {
    Set<Account> out = EnumSet.copyOf(set);
    out.add(extra);
    return out;
  }

  /** What a route needs: nothing, a signed-in user, the object readable, or a permission. */
  sealed interface Need {}

  record Public() implements Need {}

  record SignedIn() implements Need {}

  record Readable() implements Need {}

  record Holds(Permission permission) implements Need {}

  record Only(Set<Account> accounts) implements Need {}

  /**
   * A rule: the kind of object, what is needed, and flags: {@code sub} (a second object the test
   * only names by a placeholder — an attachment, a sheet of a year, an organisation parameter —: an
   * allowed role may get 403 or 404 for it), {@code body} (who may act depends on the target named
   * in the body, which the test leaves empty: a denied role may get the form's 400/422, or the page
   * shown again, the module's own tests send real bodies), {@code lead} (commendation, which the
   * lead is rewriting: its own-commune answers are not asserted, another commune's object may still
   * answer 403).
   */
  record Rule(Kind kind, Need need, boolean sub, boolean lead, boolean body) {}

  private static final Map<String, Rule> RULES = new LinkedHashMap<>();

  private static void rule(String route, Kind kind, Need need, String... flags) {
    Set<String> f = Set.of(flags);
    RULES.put(
        route, new Rule(kind, need, f.contains("sub"), f.contains("lead"), f.contains("body")));
  }

  private static Need holds(Permission p) {
    return new Holds(p);
  }

  private static final Need PUBLIC = new Public();
  private static final Need SIGNED_IN = new SignedIn();
  private static final Need READABLE = new Readable();

  private static Need communeWide() {
    return new Only(COMMUNE_WIDE);
  }

  /**
   * A permission held over the commune's own plan, registrations and reports: a focal point holds
   * it over its organisation's plan only, so is refused on the commune's.
   */
  private static Need atCommune(Permission p) {
    Set<Account> out = EnumSet.noneOf(Account.class);
    for (Account a : COMMUNE_WIDE) {
      if (a.role.allows(p)) {
        out.add(a);
      }
    }
    return new Only(out);
  }

  /** Any role allowing one of the permissions. */
  private static Need anyOf(Permission... permissions) {
    Set<Account> out = EnumSet.noneOf(Account.class);
    for (Account a : Account.values()) {
      for (Permission p : permissions) {
        if (a.role.allows(p)) {
          out.add(a);
        }
      }
    }
    return new Only(out);
  }

  private static Need only(Account... accounts) {
    return new Only(EnumSet.copyOf(List.of(accounts)));
  }

  static {
    // platform
    rule("GET /", Kind.NONE, PUBLIC);
    rule("GET /login", Kind.NONE, PUBLIC);
    rule("GET /error", Kind.NONE, PUBLIC);
    rule("POST /error", Kind.NONE, PUBLIC);
    rule("PUT /error", Kind.NONE, PUBLIC);
    rule("DELETE /error", Kind.NONE, PUBLIC);
    rule("PATCH /error", Kind.NONE, PUBLIC);
    rule("GET /admin/audit", Kind.NONE, holds(Permission.VIEW_AUDIT));
    rule("POST /admin/audit/verify", Kind.NONE, holds(Permission.VIEW_AUDIT));
    rule("GET /api/v1/audit", Kind.NONE, holds(Permission.VIEW_AUDIT));
    rule("GET /api/v1/audit/verify", Kind.NONE, holds(Permission.VIEW_AUDIT));

    // organization: accounts
    rule("GET /account", Kind.NONE, SIGNED_IN);
    rule("POST /account/password", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/me", Kind.NONE, SIGNED_IN);
    rule("POST /api/v1/me/password", Kind.NONE, SIGNED_IN);
    rule("GET /admin/users", Kind.NONE, holds(Permission.MANAGE_USERS));
    rule("POST /admin/users", Kind.NONE, holds(Permission.MANAGE_USERS), "body");
    rule("GET /api/v1/users", Kind.NONE, holds(Permission.MANAGE_USERS));
    rule("POST /api/v1/users", Kind.NONE, holds(Permission.MANAGE_USERS), "body");
    rule("POST /admin/users/{id}/reset-password", Kind.USER, holds(Permission.MANAGE_USERS));
    rule("POST /admin/users/{id}/unlock", Kind.USER, holds(Permission.MANAGE_USERS));
    rule("POST /admin/users/{id}/enabled", Kind.USER, holds(Permission.MANAGE_USERS));
    rule("POST /admin/users/{id}/sessions/end", Kind.USER, holds(Permission.MANAGE_USERS));
    rule("POST /api/v1/users/{id}/unlock", Kind.USER, holds(Permission.MANAGE_USERS));
    rule("DELETE /api/v1/users/{id}/sessions", Kind.USER, holds(Permission.MANAGE_USERS));
    // organization: units, organisations, people, blocks, imports, calendar
    rule("GET /units", Kind.NONE, SIGNED_IN);
    // The official administrative units are public reference data.
    rule("GET /units/{code}", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/administrative-units", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/administrative-units/search", Kind.NONE, SIGNED_IN);
    // Pickers (issue 12b): every signed-in user may search; the answers stay inside the scope.
    rule("GET /pickers/people", Kind.NONE, SIGNED_IN);
    rule("GET /pickers/organizations", Kind.NONE, SIGNED_IN);
    rule("GET /pickers/administrative-units", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/pickers/people", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/pickers/organizations", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/pickers/administrative-units", Kind.NONE, SIGNED_IN);
    rule("GET /pickers/movements/{id}/indicators", Kind.MOVEMENT, holds(Permission.VIEW_PLANS));
    rule(
        "GET /api/v1/pickers/movements/{id}/indicators",
        Kind.MOVEMENT,
        holds(Permission.VIEW_PLANS));
    rule("GET /api/v1/working-calendar/{year}", Kind.NONE, SIGNED_IN);
    rule("PUT /api/v1/working-calendar/days/{day}", Kind.NONE, only(Account.CITY_ADMIN));
    rule("GET /organizations", Kind.NONE, SIGNED_IN);
    rule("GET /organizations/new", Kind.NONE, holds(Permission.MANAGE_ORGANIZATIONS));
    rule("POST /organizations", Kind.NONE, holds(Permission.MANAGE_ORGANIZATIONS), "body");
    rule("GET /organizations/{id}", Kind.ORG, holds(Permission.VIEW_ORGANIZATIONS));
    rule("GET /organizations/{id}/edit", Kind.ORG, holds(Permission.MANAGE_ORGANIZATIONS));
    rule("POST /organizations/{id}", Kind.ORG, holds(Permission.MANAGE_ORGANIZATIONS));
    rule("POST /organizations/{id}/deactivate", Kind.ORG, holds(Permission.MANAGE_ORGANIZATIONS));
    rule("POST /organizations/{id}/reactivate", Kind.ORG, holds(Permission.MANAGE_ORGANIZATIONS));
    rule("GET /api/v1/organizations", Kind.NONE, SIGNED_IN);
    rule("POST /api/v1/organizations", Kind.NONE, holds(Permission.MANAGE_ORGANIZATIONS), "body");
    rule("GET /api/v1/organizations/{id}", Kind.ORG, holds(Permission.VIEW_ORGANIZATIONS));
    rule("PUT /api/v1/organizations/{id}", Kind.ORG, holds(Permission.MANAGE_ORGANIZATIONS));
    rule(
        "POST /api/v1/organizations/{id}/deactivate",
        Kind.ORG,
        holds(Permission.MANAGE_ORGANIZATIONS));
    rule(
        "POST /api/v1/organizations/{id}/reactivate",
        Kind.ORG,
        holds(Permission.MANAGE_ORGANIZATIONS));
    rule("GET /people", Kind.NONE, SIGNED_IN);
    rule("GET /people/new", Kind.NONE, holds(Permission.MANAGE_PEOPLE));
    rule("POST /people", Kind.NONE, holds(Permission.MANAGE_PEOPLE), "body");
    rule("GET /people/{id}", Kind.PERSON, holds(Permission.VIEW_PEOPLE));
    rule("GET /people/{id}/edit", Kind.PERSON, holds(Permission.MANAGE_PEOPLE));
    rule("POST /people/{id}", Kind.PERSON, holds(Permission.MANAGE_PEOPLE));
    rule("POST /people/{id}/deactivate", Kind.PERSON, holds(Permission.MANAGE_PEOPLE));
    rule("POST /people/{id}/reactivate", Kind.PERSON, holds(Permission.MANAGE_PEOPLE));
    rule("POST /people/{id}/relatives", Kind.PERSON, holds(Permission.MANAGE_PEOPLE));
    rule(
        "POST /people/{id}/relatives/{relativeId}/withdraw",
        Kind.PERSON,
        holds(Permission.MANAGE_PEOPLE),
        "sub");
    rule("GET /api/v1/people", Kind.NONE, SIGNED_IN);
    rule("POST /api/v1/people", Kind.NONE, holds(Permission.MANAGE_PEOPLE), "body");
    rule("GET /api/v1/people/{id}", Kind.PERSON, holds(Permission.VIEW_PEOPLE));
    rule("PUT /api/v1/people/{id}", Kind.PERSON, holds(Permission.MANAGE_PEOPLE));
    rule("POST /api/v1/people/{id}/deactivate", Kind.PERSON, holds(Permission.MANAGE_PEOPLE));
    rule("POST /api/v1/people/{id}/reactivate", Kind.PERSON, holds(Permission.MANAGE_PEOPLE));
    rule("GET /api/v1/people/{id}/relatives", Kind.PERSON, holds(Permission.VIEW_PEOPLE));
    rule("POST /api/v1/people/{id}/relatives", Kind.PERSON, holds(Permission.MANAGE_PEOPLE));
    rule(
        "DELETE /api/v1/people/{id}/relatives/{relativeId}",
        Kind.PERSON,
        holds(Permission.MANAGE_PEOPLE),
        "sub");
    rule("GET /blocks", Kind.NONE, SIGNED_IN);
    rule("GET /blocks/new", Kind.NONE, holds(Permission.MANAGE_BLOCKS));
    rule("POST /blocks", Kind.NONE, holds(Permission.MANAGE_BLOCKS), "body");
    rule("GET /blocks/{id}", Kind.BLOCK, holds(Permission.VIEW_ORGANIZATIONS));
    rule("GET /blocks/{id}/edit", Kind.BLOCK, holds(Permission.MANAGE_BLOCKS));
    rule("POST /blocks/{id}", Kind.BLOCK, holds(Permission.MANAGE_BLOCKS));
    rule("GET /api/v1/emulation-blocks", Kind.NONE, SIGNED_IN);
    rule("POST /api/v1/emulation-blocks", Kind.NONE, holds(Permission.MANAGE_BLOCKS), "body");
    rule("GET /api/v1/emulation-blocks/{id}", Kind.BLOCK, holds(Permission.VIEW_ORGANIZATIONS));
    rule("PUT /api/v1/emulation-blocks/{id}", Kind.BLOCK, holds(Permission.MANAGE_BLOCKS));
    rule("GET /imports", Kind.NONE, holds(Permission.IMPORT_DATA));
    rule("POST /imports/{kind}", Kind.NONE, holds(Permission.IMPORT_DATA));
    rule("GET /imports/{id:[0-9a-f-]{36}}", Kind.MISSING, holds(Permission.IMPORT_DATA));
    rule("POST /api/v1/imports/{kind}", Kind.NONE, holds(Permission.IMPORT_DATA));
    rule("GET /api/v1/imports/{id:[0-9a-f-]{36}}", Kind.MISSING, holds(Permission.IMPORT_DATA));
    // A blank template: nothing of anyone's.
    rule("GET /api/v1/imports/templates/{kind}", Kind.NONE, SIGNED_IN);

    // movement
    rule("GET /movements", Kind.NONE, SIGNED_IN);
    rule("GET /movements/import", Kind.NONE, holds(Permission.MANAGE_PLANS));
    rule("POST /movements/import", Kind.NONE, holds(Permission.MANAGE_PLANS));
    rule("POST /movements", Kind.NONE, holds(Permission.MANAGE_PLANS), "body");
    rule("GET /movements/{id}", Kind.MOVEMENT, holds(Permission.VIEW_PLANS));
    rule("GET /movements/{id}/edit", Kind.MOVEMENT, atCommune(Permission.MANAGE_PLANS));
    rule("POST /movements/{id}/edit", Kind.MOVEMENT, atCommune(Permission.MANAGE_PLANS));
    rule("POST /movements/{id}/submit", Kind.MOVEMENT, atCommune(Permission.MANAGE_PLANS));
    rule("POST /movements/{id}/send-back", Kind.MOVEMENT, atCommune(Permission.ISSUE_PLANS));
    rule("POST /movements/{id}/issue", Kind.MOVEMENT, atCommune(Permission.ISSUE_PLANS));
    rule("POST /movements/{id}/derive", Kind.MOVEMENT, holds(Permission.MANAGE_PLANS), "body");
    rule("GET /movements/{id}/docx", Kind.MOVEMENT, holds(Permission.VIEW_PLANS));
    rule("GET /movements/{id}/cascade", Kind.MOVEMENT, holds(Permission.VIEW_PLANS));
    rule("GET /movements/{id}/cascade.xlsx", Kind.MOVEMENT, holds(Permission.VIEW_PLANS));
    rule("GET /calendar", Kind.NONE, SIGNED_IN);
    rule("GET /calendar.ics", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/calendar.ics", Kind.NONE, SIGNED_IN);
    rule("POST /api/v1/plan-documents/parse", Kind.NONE, SIGNED_IN);
    rule("POST /api/v1/plan-documents/render", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/movements", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/movements/deadlines", Kind.NONE, SIGNED_IN);
    rule("POST /api/v1/movements", Kind.NONE, holds(Permission.MANAGE_PLANS), "body");
    rule("GET /api/v1/movements/{id}", Kind.MOVEMENT, holds(Permission.VIEW_PLANS));
    rule("GET /api/v1/movements/{id}/document", Kind.MOVEMENT, holds(Permission.VIEW_PLANS));
    rule("PUT /api/v1/movements/{id}/document", Kind.MOVEMENT, atCommune(Permission.MANAGE_PLANS));
    rule(
        "POST /api/v1/movements/{id}/derive",
        Kind.MOVEMENT,
        holds(Permission.MANAGE_PLANS),
        "body");
    rule("POST /api/v1/movements/{id}/submit", Kind.MOVEMENT, atCommune(Permission.MANAGE_PLANS));
    rule("POST /api/v1/movements/{id}/send-back", Kind.MOVEMENT, atCommune(Permission.ISSUE_PLANS));
    rule("POST /api/v1/movements/{id}/issue", Kind.MOVEMENT, atCommune(Permission.ISSUE_PLANS));
    rule("GET /api/v1/movements/{id}/cascade", Kind.MOVEMENT, holds(Permission.VIEW_PLANS));

    // participation
    rule("GET /movements/{id}/dashboard", Kind.MOVEMENT, communeWide());
    rule("GET /api/v1/movements/{movementId}/dashboard", Kind.MOVEMENT, communeWide());
    rule("GET /movements/{id}/registrations", Kind.MOVEMENT, holds(Permission.VIEW_PLANS));
    rule("GET /movements/{id}/registrations.xlsx", Kind.MOVEMENT, holds(Permission.VIEW_PLANS));
    rule(
        "POST /movements/{id}/registrations/window",
        Kind.MOVEMENT,
        atCommune(Permission.MANAGE_PLANS));
    rule(
        "GET /movements/{id}/registrations/form",
        Kind.MOVEMENT,
        holds(Permission.RECORD_VALUES),
        "sub");
    rule(
        "POST /movements/{id}/registrations/form",
        Kind.MOVEMENT,
        holds(Permission.RECORD_VALUES),
        "body",
        "sub");
    rule("GET /registrations/{id}", Kind.REGISTRATION, READABLE);
    rule("POST /registrations/{id}/submit", Kind.REGISTRATION, holds(Permission.RECORD_VALUES));
    rule("POST /registrations/{id}/accept", Kind.REGISTRATION, atCommune(Permission.MANAGE_PLANS));
    rule("POST /registrations/{id}/return", Kind.REGISTRATION, atCommune(Permission.MANAGE_PLANS));
    rule(
        "PUT /api/v1/movements/{movementId}/registrations",
        Kind.MOVEMENT,
        holds(Permission.RECORD_VALUES),
        "body");
    rule(
        "GET /api/v1/movements/{movementId}/registrations",
        Kind.MOVEMENT,
        holds(Permission.VIEW_PLANS));
    rule(
        "GET /api/v1/movements/{movementId}/registrations/template",
        Kind.MOVEMENT,
        holds(Permission.VIEW_PLANS));
    rule(
        "POST /api/v1/movements/{movementId}/registrations/import",
        Kind.MOVEMENT,
        holds(Permission.RECORD_VALUES),
        "body",
        "sub");
    rule(
        "POST /movements/{id}/registrations/import",
        Kind.MOVEMENT,
        holds(Permission.RECORD_VALUES),
        "body",
        "sub");
    rule(
        "PUT /api/v1/movements/{movementId}/registration-window",
        Kind.MOVEMENT,
        atCommune(Permission.MANAGE_PLANS));
    rule("GET /api/v1/registrations/{id}", Kind.REGISTRATION, READABLE);
    rule("GET /api/v1/registrations/{id}/history", Kind.REGISTRATION, READABLE);
    rule(
        "POST /api/v1/registrations/{id}/submit",
        Kind.REGISTRATION,
        holds(Permission.RECORD_VALUES));
    rule(
        "POST /api/v1/registrations/{id}/accept",
        Kind.REGISTRATION,
        atCommune(Permission.MANAGE_PLANS));
    rule(
        "POST /api/v1/registrations/{id}/return",
        Kind.REGISTRATION,
        atCommune(Permission.MANAGE_PLANS));
    rule("GET /movements/{id}/reports", Kind.MOVEMENT, holds(Permission.VIEW_PLANS));
    rule("GET /movements/{id}/reports/form", Kind.MOVEMENT, holds(Permission.RECORD_VALUES), "sub");
    rule(
        "POST /movements/{id}/reports/form",
        Kind.MOVEMENT,
        holds(Permission.RECORD_VALUES),
        "body",
        "sub");
    rule("POST /movements/{id}/reports/rollup", Kind.MOVEMENT, atCommune(Permission.MANAGE_PLANS));
    rule("GET /movements/{id}/reports/children", Kind.MOVEMENT, holds(Permission.VIEW_PLANS));
    rule("GET /reports/{id}", Kind.REPORT, READABLE);
    rule("POST /reports/{id}/attachments", Kind.REPORT, holds(Permission.RECORD_VALUES));
    rule("GET /reports/{id}/attachments/{attachmentId}", Kind.REPORT, READABLE, "sub");
    rule(
        "POST /reports/{id}/attachments/{attachmentId}/delete",
        Kind.REPORT,
        holds(Permission.RECORD_VALUES),
        "sub");
    rule("POST /reports/{id}/submit", Kind.REPORT, holds(Permission.RECORD_VALUES));
    rule("POST /reports/{id}/accept", Kind.REPORT, atCommune(Permission.MANAGE_PLANS));
    rule("POST /reports/{id}/return", Kind.REPORT, atCommune(Permission.MANAGE_PLANS));
    rule("POST /reports/{id}/narrative", Kind.REPORT, holds(Permission.RECORD_VALUES), "sub");
    rule("GET /reports/{id}/report.docx", Kind.REPORT, READABLE, "sub");
    rule("GET /reports/{id}/units.xlsx", Kind.REPORT, READABLE, "sub");
    rule("GET /api/v1/movements/{movementId}/reports", Kind.MOVEMENT, holds(Permission.VIEW_PLANS));
    rule(
        "PUT /api/v1/movements/{movementId}/reports",
        Kind.MOVEMENT,
        holds(Permission.RECORD_VALUES),
        "body");
    rule(
        "POST /api/v1/movements/{movementId}/reports/rollup",
        Kind.MOVEMENT,
        atCommune(Permission.MANAGE_PLANS));
    rule(
        "GET /api/v1/movements/{movementId}/reports/children",
        Kind.MOVEMENT,
        holds(Permission.VIEW_PLANS));
    rule("GET /api/v1/reports/{id}", Kind.REPORT, READABLE);
    rule("GET /api/v1/reports/{id}/history", Kind.REPORT, READABLE);
    rule("POST /api/v1/reports/{id}/attachments", Kind.REPORT, holds(Permission.RECORD_VALUES));
    rule("GET /api/v1/reports/{id}/attachments/{attachmentId}", Kind.REPORT, READABLE, "sub");
    rule(
        "DELETE /api/v1/reports/{id}/attachments/{attachmentId}",
        Kind.REPORT,
        holds(Permission.RECORD_VALUES),
        "sub");
    rule("POST /api/v1/reports/{id}/submit", Kind.REPORT, holds(Permission.RECORD_VALUES));
    rule("POST /api/v1/reports/{id}/accept", Kind.REPORT, atCommune(Permission.MANAGE_PLANS));
    rule("POST /api/v1/reports/{id}/return", Kind.REPORT, atCommune(Permission.MANAGE_PLANS));
    rule(
        "PUT /api/v1/reports/{id}/narrative",
        Kind.REPORT,
        holds(Permission.RECORD_VALUES),
        "sub",
        "body");
    rule("GET /api/v1/reports/{id}/report.docx", Kind.REPORT, READABLE, "sub");
    rule("GET /api/v1/reports/{id}/units.xlsx", Kind.REPORT, READABLE, "sub");
    rule("GET /movements/{id}/values", Kind.MOVEMENT, communeWide());
    rule(
        "POST /movements/{id}/values/import",
        Kind.MOVEMENT,
        holds(Permission.RECORD_VALUES),
        "body",
        "sub");
    rule(
        "PUT /api/v1/movements/{movementId}/indicator-values",
        Kind.MOVEMENT,
        holds(Permission.RECORD_VALUES),
        "body",
        "sub");
    rule(
        "GET /api/v1/movements/{movementId}/indicator-values",
        Kind.MOVEMENT,
        holds(Permission.VIEW_PLANS),
        "sub");
    rule(
        "GET /api/v1/movements/{movementId}/indicator-totals",
        Kind.MOVEMENT,
        holds(Permission.VIEW_PLANS),
        "sub");
    rule(
        "GET /api/v1/movements/{movementId}/indicator-values/template",
        Kind.MOVEMENT,
        holds(Permission.VIEW_PLANS));
    rule(
        "POST /api/v1/movements/{movementId}/indicator-values/import",
        Kind.MOVEMENT,
        holds(Permission.RECORD_VALUES),
        "body",
        "sub");
    rule("GET /blocks/{id}/scoring", Kind.BLOCK, holds(Permission.VIEW_ORGANIZATIONS));
    rule("GET /blocks/{id}/scoring.xlsx", Kind.BLOCK, holds(Permission.VIEW_ORGANIZATIONS), "sub");
    rule("POST /blocks/{id}/scoring", Kind.BLOCK, holds(Permission.MANAGE_BLOCKS));
    rule("POST /blocks/{id}/scoring/publish", Kind.BLOCK, holds(Permission.MANAGE_BLOCKS), "sub");
    rule("POST /blocks/{id}/scoring/criteria", Kind.BLOCK, holds(Permission.MANAGE_BLOCKS), "sub");
    rule(
        "POST /blocks/{id}/scoring/criteria/{criterionId}",
        Kind.BLOCK,
        holds(Permission.MANAGE_BLOCKS),
        "sub");
    rule(
        "GET /blocks/{id}/scoring/members/{organizationId}",
        Kind.BLOCK,
        holds(Permission.VIEW_ORGANIZATIONS),
        "sub");
    rule(
        "POST /blocks/{id}/scoring/scores",
        Kind.BLOCK,
        holds(Permission.SCORE_BLOCK),
        "body",
        "sub");
    rule(
        "GET /api/v1/blocks/{blockId}/scoring",
        Kind.BLOCK,
        holds(Permission.VIEW_ORGANIZATIONS),
        "sub");
    rule("POST /api/v1/blocks/{blockId}/scoring", Kind.BLOCK, holds(Permission.MANAGE_BLOCKS));
    rule(
        "POST /api/v1/blocks/{blockId}/scoring/publish",
        Kind.BLOCK,
        holds(Permission.MANAGE_BLOCKS),
        "sub");
    rule(
        "POST /api/v1/blocks/{blockId}/scoring/criteria",
        Kind.BLOCK,
        holds(Permission.MANAGE_BLOCKS),
        "sub");
    rule(
        "PUT /api/v1/blocks/{blockId}/scoring/criteria/{criterionId}",
        Kind.BLOCK,
        holds(Permission.MANAGE_BLOCKS),
        "sub");
    rule(
        "PUT /api/v1/blocks/{blockId}/scoring/scores",
        Kind.BLOCK,
        holds(Permission.SCORE_BLOCK),
        "body",
        "sub");
    rule(
        "GET /api/v1/blocks/{blockId}/scoring/proposal",
        Kind.BLOCK,
        holds(Permission.VIEW_ORGANIZATIONS),
        "sub");
    rule(
        "GET /api/v1/blocks/{blockId}/scoring/history",
        Kind.BLOCK,
        holds(Permission.VIEW_ORGANIZATIONS),
        "sub");
    rule(
        "GET /api/v1/blocks/{blockId}/scoring/ranking",
        Kind.BLOCK,
        holds(Permission.VIEW_ORGANIZATIONS),
        "sub");
    rule(
        "GET /api/v1/blocks/{blockId}/scoring.xlsx",
        Kind.BLOCK,
        holds(Permission.VIEW_ORGANIZATIONS),
        "sub");

    // notification
    rule("GET /notifications", Kind.NONE, SIGNED_IN);
    // Marks one of the caller's own notifications read; any other id changes nothing, alike.
    rule("POST /notifications/{id}/read", Kind.NONE, SIGNED_IN);
    rule("POST /notifications/read-all", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/notifications", Kind.NONE, SIGNED_IN);
    rule("POST /api/v1/reminders/run", Kind.NONE, only(Account.CITY_ADMIN));

    // initiative
    rule("GET /initiatives", Kind.NONE, SIGNED_IN);
    rule("GET /initiatives/export.xlsx", Kind.NONE, SIGNED_IN);
    rule("GET /initiatives/new", Kind.NONE, holds(Permission.FILE_INITIATIVES));
    rule("POST /initiatives/new", Kind.NONE, holds(Permission.FILE_INITIATIVES), "body");
    rule("GET /initiatives/{id}", Kind.INITIATIVE, READABLE);
    rule("GET /initiatives/{id}/edit", Kind.INITIATIVE, holds(Permission.FILE_INITIATIVES));
    rule("POST /initiatives/{id}/edit", Kind.INITIATIVE, holds(Permission.FILE_INITIATIVES));
    rule("POST /initiatives/{id}/attachments", Kind.INITIATIVE, holds(Permission.FILE_INITIATIVES));
    rule("GET /initiatives/{id}/attachments/{attachmentId}", Kind.INITIATIVE, READABLE, "sub");
    rule(
        "POST /initiatives/{id}/attachments/{attachmentId}/delete",
        Kind.INITIATIVE,
        holds(Permission.FILE_INITIATIVES),
        "sub");
    rule("POST /initiatives/{id}/submit", Kind.INITIATIVE, holds(Permission.FILE_INITIATIVES));
    rule("POST /initiatives/{id}/review", Kind.INITIATIVE, holds(Permission.MANAGE_INITIATIVES));
    rule("POST /initiatives/{id}/return", Kind.INITIATIVE, holds(Permission.MANAGE_INITIATIVES));
    rule("POST /initiatives/{id}/refusal", Kind.INITIATIVE, holds(Permission.DECIDE_INITIATIVES));
    rule(
        "POST /initiatives/{id}/reviews/mine",
        Kind.INITIATIVE,
        holds(Permission.REVIEW_INITIATIVES));
    rule(
        "POST /initiatives/{id}/recognition",
        Kind.INITIATIVE,
        holds(Permission.DECIDE_INITIATIVES));
    rule("GET /people/{id}/initiatives", Kind.PERSON, holds(Permission.VIEW_PEOPLE));
    rule("GET /initiative-councils/{unitCode}", Kind.UNIT, SIGNED_IN);
    rule(
        "POST /initiative-councils/{unitCode}/members",
        Kind.UNIT,
        holds(Permission.MANAGE_INITIATIVES));
    rule(
        "POST /initiative-councils/{unitCode}/members/{username}/remove",
        Kind.UNIT,
        holds(Permission.MANAGE_INITIATIVES),
        "sub");
    rule("GET /api/v1/initiatives", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/initiatives.xlsx", Kind.NONE, SIGNED_IN);
    rule("POST /api/v1/initiatives", Kind.NONE, holds(Permission.FILE_INITIATIVES), "body");
    rule("GET /api/v1/initiatives/similar", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/initiatives/{id}", Kind.INITIATIVE, READABLE);
    rule("PUT /api/v1/initiatives/{id}", Kind.INITIATIVE, holds(Permission.FILE_INITIATIVES));
    rule(
        "POST /api/v1/initiatives/{id}/attachments",
        Kind.INITIATIVE,
        holds(Permission.FILE_INITIATIVES));
    rule(
        "GET /api/v1/initiatives/{id}/attachments/{attachmentId}",
        Kind.INITIATIVE,
        READABLE,
        "sub");
    rule(
        "DELETE /api/v1/initiatives/{id}/attachments/{attachmentId}",
        Kind.INITIATIVE,
        holds(Permission.FILE_INITIATIVES),
        "sub");
    rule(
        "POST /api/v1/initiatives/{id}/submit",
        Kind.INITIATIVE,
        holds(Permission.FILE_INITIATIVES));
    rule(
        "POST /api/v1/initiatives/{id}/review",
        Kind.INITIATIVE,
        holds(Permission.MANAGE_INITIATIVES));
    rule(
        "POST /api/v1/initiatives/{id}/return",
        Kind.INITIATIVE,
        holds(Permission.MANAGE_INITIATIVES));
    rule(
        "PUT /api/v1/initiatives/{id}/reviews/mine",
        Kind.INITIATIVE,
        holds(Permission.REVIEW_INITIATIVES));
    rule("GET /api/v1/initiatives/{id}/reviews", Kind.INITIATIVE, READABLE);
    rule(
        "POST /api/v1/initiatives/{id}/recognition",
        Kind.INITIATIVE,
        holds(Permission.DECIDE_INITIATIVES));
    rule("GET /api/v1/initiatives/{id}/recognitions", Kind.INITIATIVE, READABLE);
    rule(
        "POST /api/v1/initiatives/{id}/refusal",
        Kind.INITIATIVE,
        holds(Permission.DECIDE_INITIATIVES));
    rule("GET /api/v1/initiatives/{id}/history", Kind.INITIATIVE, READABLE);
    rule("GET /api/v1/initiatives/{id}/similar", Kind.INITIATIVE, READABLE);
    rule("GET /api/v1/initiative-councils/{unitCode}", Kind.UNIT, SIGNED_IN);
    rule(
        "PUT /api/v1/initiative-councils/{unitCode}",
        Kind.UNIT,
        holds(Permission.MANAGE_INITIATIVES),
        "body");
    rule(
        "PUT /api/v1/initiative-councils/{unitCode}/members/{username}",
        Kind.UNIT,
        holds(Permission.MANAGE_INITIATIVES));
    rule(
        "DELETE /api/v1/initiative-councils/{unitCode}/members/{username}",
        Kind.UNIT,
        holds(Permission.MANAGE_INITIATIVES),
        "sub");
    rule("GET /api/v1/people/{id}/initiatives", Kind.PERSON, holds(Permission.VIEW_PEOPLE));
    rule("GET /models", Kind.NONE, SIGNED_IN);
    rule("GET /models/new", Kind.NONE, holds(Permission.FILE_INITIATIVES));
    rule("POST /models/new", Kind.NONE, holds(Permission.FILE_INITIATIVES), "body");
    rule("GET /models/{id}", Kind.MODEL, READABLE);
    rule("GET /models/{id}/photos/{photoId}", Kind.MODEL, READABLE, "sub");
    rule("POST /models/{id}/photos", Kind.MODEL, holds(Permission.FILE_INITIATIVES));
    rule(
        "POST /models/{id}/{action:nominate|approve|publish|withdraw|return}",
        Kind.MODEL,
        holds(Permission.FILE_INITIATIVES));
    // Whoever files models or publishes them records where a model was replicated.
    rule("POST /models/{id}/replications", Kind.MODEL, holds(Permission.FILE_INITIATIVES));
    rule("GET /api/v1/exemplary-models", Kind.NONE, SIGNED_IN);
    rule("POST /api/v1/exemplary-models", Kind.NONE, holds(Permission.FILE_INITIATIVES), "body");
    rule("GET /api/v1/exemplary-models/published", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/exemplary-models/{id}", Kind.MODEL, READABLE);
    rule("PUT /api/v1/exemplary-models/{id}", Kind.MODEL, holds(Permission.FILE_INITIATIVES));
    rule(
        "POST /api/v1/exemplary-models/{id}/photos",
        Kind.MODEL,
        holds(Permission.FILE_INITIATIVES));
    rule("GET /api/v1/exemplary-models/{id}/photos/{photoId}", Kind.MODEL, READABLE, "sub");
    rule(
        "POST /api/v1/exemplary-models/{id}/nominate",
        Kind.MODEL,
        holds(Permission.FILE_INITIATIVES));
    rule(
        "POST /api/v1/exemplary-models/{id}/approve", Kind.MODEL, holds(Permission.PUBLISH_MODELS));
    rule("POST /api/v1/exemplary-models/{id}/return", Kind.MODEL, holds(Permission.PUBLISH_MODELS));
    rule(
        "POST /api/v1/exemplary-models/{id}/publish", Kind.MODEL, holds(Permission.PUBLISH_MODELS));
    rule(
        "POST /api/v1/exemplary-models/{id}/withdraw",
        Kind.MODEL,
        holds(Permission.PUBLISH_MODELS));
    rule(
        "POST /api/v1/exemplary-models/{id}/replications",
        Kind.MODEL,
        holds(Permission.FILE_INITIATIVES));
    rule("GET /api/v1/exemplary-models/{id}/history", Kind.MODEL, READABLE);
    rule("GET /portal/models", Kind.NONE, PUBLIC);
    rule("GET /portal/models/{id}", Kind.MISSING, PUBLIC);
    rule("GET /portal/models/{id}/photos/{photoId}", Kind.MISSING, PUBLIC);

    // commendation
    rule("GET /nominations", Kind.NONE, SIGNED_IN);
    rule("GET /nominations/new", Kind.NONE, SIGNED_IN);
    rule("POST /nominations/new", Kind.NONE, SIGNED_IN);
    rule("GET /nominations/{id}", Kind.MISSING, SIGNED_IN);
    // Issue 13: what the user's body selects for the office (empty for anyone else).
    rule("GET /nominations/awaiting-selection", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/nominations/awaiting-selection", Kind.NONE, SIGNED_IN);
    rule("POST /nominations/{id}/generate", Kind.MISSING, SIGNED_IN);
    rule("POST /nominations/{id}/upload", Kind.MISSING, SIGNED_IN);
    rule("GET /nominations/{id}/documents/{documentId}", Kind.MISSING, SIGNED_IN);
    rule("GET /nominations/{id}/certificate.pdf", Kind.MISSING, SIGNED_IN);
    rule("GET /nominations/{id}/decision.docx", Kind.MISSING, SIGNED_IN);
    rule("POST /nominations/{id}/action", Kind.MISSING, SIGNED_IN);
    rule("POST /council-sessions", Kind.NONE, holds(Permission.MANAGE_NOMINATIONS), "body");
    rule("POST /api/v1/nominations", Kind.NONE, SIGNED_IN, "body");
    // A unit named by a parameter: the placeholder is no unit.
    rule("GET /api/v1/nominations", Kind.NONE, SIGNED_IN, "sub");
    for (String n :
        List.of(
            "GET /api/v1/nominations/{id}",
            "PUT /api/v1/nominations/{id}",
            "GET /api/v1/nominations/{id}/eligibility",
            "GET /api/v1/nominations/{id}/history",
            "POST /api/v1/nominations/{id}/documents/generate",
            "POST /api/v1/nominations/{id}/documents",
            "GET /api/v1/nominations/{id}/documents/{documentId}",
            "POST /api/v1/nominations/{id}/submit",
            "POST /api/v1/nominations/{id}/receive",
            "POST /api/v1/nominations/{id}/select",
            "POST /api/v1/nominations/{id}/not-selected",
            "POST /api/v1/nominations/{id}/return",
            "POST /api/v1/nominations/{id}/appraise",
            "POST /api/v1/nominations/{id}/notice",
            "POST /api/v1/nominations/{id}/agenda",
            "POST /api/v1/nominations/{id}/ballot",
            "POST /api/v1/nominations/{id}/decide",
            "POST /api/v1/nominations/{id}/forward",
            "POST /api/v1/nominations/{id}/reject",
            "POST /api/v1/nominations/{id}/revoke",
            "GET /api/v1/nominations/{id}/certificate.pdf",
            "GET /api/v1/nominations/{id}/decision.docx")) {
      rule(n, Kind.MISSING, SIGNED_IN);
    }
    rule("POST /api/v1/council-sessions", Kind.NONE, holds(Permission.MANAGE_NOMINATIONS), "body");
    rule("GET /api/v1/people/{personId}/awards", Kind.PERSON, holds(Permission.VIEW_PEOPLE));
    rule("GET /api/v1/people/{personId}/record", Kind.PERSON, holds(Permission.VIEW_PEOPLE));
    rule(
        "POST /api/v1/people/{personId}/discipline",
        Kind.PERSON,
        holds(Permission.MANAGE_NOMINATIONS),
        "body");
    rule("GET /api/v1/records/awards/template", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/records/ratings/template", Kind.NONE, SIGNED_IN);
    rule(
        "POST /api/v1/records/awards/import",
        Kind.NONE,
        holds(Permission.MANAGE_NOMINATIONS),
        "body");
    rule(
        "POST /api/v1/records/ratings/import",
        Kind.NONE,
        holds(Permission.MANAGE_NOMINATIONS),
        "body");
    // The fund of the own level: who proposes, votes, decides or supervises there.
    rule("GET /rewards", Kind.NONE, communeWide());
    rule("POST /rewards", Kind.NONE, holds(Permission.MANAGE_NOMINATIONS), "body", "sub");
    rule("GET /api/v1/reward-funds/{unit}/{year}", Kind.UNIT, READABLE);
    rule(
        "PUT /api/v1/reward-funds/{unit}/{year}",
        Kind.UNIT,
        holds(Permission.MANAGE_NOMINATIONS),
        "body");
    rule("GET /api/v1/reward-funds/{unit}/{year}.xlsx", Kind.UNIT, READABLE);
    rule("DELETE /api/v1/nominations/{id}/documents/{documentId}", Kind.MISSING, SIGNED_IN);
    rule("POST /nominations/{id}/documents/{documentId}/remove", Kind.MISSING, SIGNED_IN);
    rule("GET /api/v1/nominations/{id}/comments", Kind.MISSING, SIGNED_IN);
    rule("GET /api/v1/nominations/{id}/money", Kind.MISSING, SIGNED_IN);
    rule("POST /api/v1/nominations/{id}/comments/{commentId}/moderate", Kind.MISSING, SIGNED_IN);
    rule("POST /nominations/{id}/comments/{commentId}", Kind.MISSING, SIGNED_IN);
    // The rulebook: read by everyone signed in; its readings signed off by the city's office.
    rule("GET /api/v1/award-forms", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/award-forms/{code}", Kind.NONE, SIGNED_IN, "sub");
    rule("GET /commendation/rulebook/review", Kind.NONE, SIGNED_IN);
    // A province office or the administrator signs the readings off (the key: a placeholder).
    rule("POST /commendation/rulebook/review", Kind.NONE, only(Account.CITY_ADMIN), "sub");
    rule("GET /portal/notices", Kind.NONE, PUBLIC);
    rule("POST /portal/notices/{id}/comments", Kind.MISSING, PUBLIC);
    rule("GET /portal/verify/{code}", Kind.NONE, PUBLIC);
    // issue 15: the public portal
    rule("GET /portal", Kind.NONE, PUBLIC);
    rule("GET /portal/verify", Kind.NONE, PUBLIC);
    rule("GET /portal/plans", Kind.NONE, PUBLIC);
    rule("GET /portal/plans/{id}", Kind.MISSING, PUBLIC);
    rule("GET /portal/plans/{id}/docx", Kind.MISSING, PUBLIC);
    rule("GET /portal/plans/{id}/pdf", Kind.MISSING, PUBLIC);
    rule("GET /portal/honours", Kind.NONE, PUBLIC);
    rule("GET /portal/initiatives", Kind.NONE, PUBLIC);
    rule("GET /portal/news", Kind.NONE, PUBLIC);
    rule("GET /portal/news/{id}", Kind.MISSING, PUBLIC);
    rule("GET /portal/news/{id}/images/{imageId}", Kind.MISSING, PUBLIC);
    rule("GET /portal/news/feed.atom", Kind.NONE, PUBLIC);
    rule("GET /sitemap.xml", Kind.NONE, PUBLIC);
    // issue 14: review rounds (rounds the test does not open: any id answers 404)
    rule("GET /rounds", Kind.NONE, holds(Permission.VIEW_PLANS));
    rule("GET /rounds/new", Kind.NONE, holds(Permission.MANAGE_PLANS));
    rule("POST /rounds/new", Kind.NONE, holds(Permission.MANAGE_PLANS), "body");
    rule("GET /rounds/{id}", Kind.MISSING, SIGNED_IN);
    rule("POST /rounds/{id}/report", Kind.MISSING, SIGNED_IN);
    rule("POST /rounds/{id}/{action:send|receive|give-back|close}", Kind.MISSING, SIGNED_IN);
    rule("GET /rounds/{id}/report.docx", Kind.MISSING, SIGNED_IN);
    rule("GET /rounds/{id}/suggestions", Kind.MISSING, SIGNED_IN);
    rule("POST /rounds/{id}/suggestions/nominate", Kind.MISSING, SIGNED_IN);
    rule("GET /api/v1/rounds", Kind.NONE, holds(Permission.VIEW_PLANS));
    rule("GET /api/v1/rounds/options", Kind.NONE, holds(Permission.VIEW_PLANS), "body");
    rule("POST /api/v1/rounds", Kind.NONE, holds(Permission.MANAGE_PLANS), "body");
    rule("GET /api/v1/rounds/{id}", Kind.MISSING, SIGNED_IN);
    rule("GET /api/v1/rounds/{id}/changes", Kind.MISSING, SIGNED_IN);
    rule("PUT /api/v1/rounds/{id}/report", Kind.MISSING, SIGNED_IN);
    rule("POST /api/v1/rounds/{id}/{action:send|receive|give-back|close}", Kind.MISSING, SIGNED_IN);
    rule("GET /api/v1/rounds/{id}/report.docx", Kind.MISSING, SIGNED_IN);
    rule("GET /api/v1/rounds/{id}/suggestions", Kind.MISSING, SIGNED_IN);
    rule("POST /api/v1/rounds/{id}/suggestions/nominate", Kind.MISSING, SIGNED_IN);

    // issue 14: values from other systems
    rule(
        "POST /api/v1/movements/{movementId}/external-values",
        Kind.MOVEMENT,
        holds(Permission.RECORD_VALUES),
        "body",
        "sub");
    rule(
        "POST /api/v1/movements/{movementId}/external-values/import",
        Kind.MOVEMENT,
        holds(Permission.RECORD_VALUES),
        "body",
        "sub");
    // issue 14 (issue-14b): the upload page for values from other systems, the next round
    rule(
        "GET /movements/{id}/external-values",
        Kind.MOVEMENT,
        holds(Permission.RECORD_VALUES),
        "sub");
    rule(
        "GET /movements/{id}/external-values/template.csv",
        Kind.MOVEMENT,
        holds(Permission.RECORD_VALUES),
        "sub");
    rule(
        "POST /movements/{id}/external-values/import",
        Kind.MOVEMENT,
        holds(Permission.RECORD_VALUES),
        "body",
        "sub");
    rule("POST /rounds/{id}/next", Kind.MISSING, SIGNED_IN);
    rule("POST /api/v1/rounds/{id}/next", Kind.MISSING, SIGNED_IN);
    // issue 14: Bình dân học vụ số (sessions the test does not record: any id answers 404)
    rule("GET /training", Kind.NONE, anyOf(Permission.VIEW_PLANS, Permission.RECORD_VALUES));
    rule("GET /training/new", Kind.NONE, holds(Permission.RECORD_VALUES));
    rule("POST /training/new", Kind.NONE, holds(Permission.RECORD_VALUES), "body");
    rule("GET /training/{id}", Kind.MISSING, SIGNED_IN);
    rule("POST /training/{id}/cancel", Kind.MISSING, SIGNED_IN);
    rule(
        "GET /api/v1/training-sessions",
        Kind.NONE,
        anyOf(Permission.VIEW_PLANS, Permission.RECORD_VALUES));
    rule(
        "GET /api/v1/training-sessions/summary",
        Kind.NONE,
        anyOf(Permission.VIEW_PLANS, Permission.RECORD_VALUES));
    rule("POST /api/v1/training-sessions", Kind.NONE, holds(Permission.RECORD_VALUES), "body");
    rule("GET /api/v1/training-sessions/{id}", Kind.MISSING, SIGNED_IN);
    rule("POST /api/v1/training-sessions/{id}/cancel", Kind.MISSING, SIGNED_IN);

    // issue 15: news and columns (articles the test does not create: any id answers 404)
    rule("GET /news", Kind.NONE, SIGNED_IN);
    rule("GET /news/new", Kind.NONE, holds(Permission.WRITE_NEWS));
    rule("POST /news/new", Kind.NONE, holds(Permission.WRITE_NEWS), "body");
    rule("GET /news/{id}", Kind.MISSING, SIGNED_IN);
    rule("GET /news/{id}/edit", Kind.MISSING, SIGNED_IN);
    rule("POST /news/{id}", Kind.MISSING, SIGNED_IN);
    rule("POST /news/{id}/images", Kind.MISSING, SIGNED_IN);
    rule("GET /news/{id}/images/{imageId}", Kind.MISSING, SIGNED_IN);
    rule("POST /news/{id}/{action:publish|withdraw|reopen}", Kind.MISSING, SIGNED_IN);
    rule("GET /api/v1/news", Kind.NONE, SIGNED_IN);
    rule("POST /api/v1/news", Kind.NONE, holds(Permission.WRITE_NEWS), "body");
    rule("GET /api/v1/news/{id}", Kind.MISSING, SIGNED_IN);
    rule("PUT /api/v1/news/{id}", Kind.MISSING, SIGNED_IN);
    rule("POST /api/v1/news/{id}/{action:publish|withdraw|reopen}", Kind.MISSING, SIGNED_IN);
    rule("GET /api/v1/news/indicator", Kind.NONE, SIGNED_IN, "sub");
    rule("POST /api/v1/news/{id}/images", Kind.MISSING, SIGNED_IN);
    // issue 15: statistics (a unit the test names by a placeholder answers 404)
    rule("GET /statistics", Kind.NONE, SIGNED_IN);
    rule("GET /statistics/{form:\\d{4}}.xlsx", Kind.NONE, SIGNED_IN, "sub");
    rule("GET /api/v1/statistics/{form:\\d{4}}", Kind.NONE, SIGNED_IN, "sub");
    rule("GET /api/v1/exports/awards/{unit}/{year}.json", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/exports/awards/{unit}/{year}.csv", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/statistics/registry", Kind.NONE, SIGNED_IN, "sub");
    rule("POST /api/v1/statistics/registry/bodies", Kind.NONE, holds(Permission.OVERSEE), "body");
    rule("POST /api/v1/statistics/registry/bodies/{id}/officers", Kind.MISSING, SIGNED_IN);
    // issue 15: the registry kept on a page; a level's forms sent up to the level above (the
    // unit is a placeholder, which no one reaches: 404; the sets the test does not create: 404)
    rule("POST /api/v1/statistics/registry/bodies/{id}/end", Kind.MISSING, SIGNED_IN);
    rule("POST /api/v1/statistics/registry/officers/{id}/end", Kind.MISSING, SIGNED_IN);
    rule("GET /statistics/registry", Kind.NONE, SIGNED_IN);
    rule("POST /statistics/registry/bodies", Kind.NONE, SIGNED_IN, "sub");
    rule("POST /statistics/registry/bodies/{id}/officers", Kind.MISSING, SIGNED_IN);
    rule("POST /statistics/registry/bodies/{id}/end", Kind.MISSING, SIGNED_IN);
    rule("POST /statistics/registry/officers/{id}/end", Kind.MISSING, SIGNED_IN);
    rule("POST /statistics/send", Kind.NONE, SIGNED_IN, "sub");
    rule("GET /statistics/returns/{id}", Kind.MISSING, SIGNED_IN);
    rule("POST /statistics/returns/{id}/{action:accept|return}", Kind.MISSING, SIGNED_IN);
    rule("GET /api/v1/statistics/returns", Kind.NONE, SIGNED_IN, "sub");
    rule("POST /api/v1/statistics/returns", Kind.NONE, SIGNED_IN, "body");
    rule("GET /api/v1/statistics/returns/{id}", Kind.MISSING, SIGNED_IN);
    rule("POST /api/v1/statistics/returns/{id}/{action:accept|return}", Kind.MISSING, SIGNED_IN);
    rule("POST /movements/{id}/classification", Kind.MOVEMENT, atCommune(Permission.MANAGE_PLANS));
    rule("GET /api/v1/nominations/{id}/classification", Kind.MISSING, SIGNED_IN);
    rule("PUT /api/v1/nominations/{id}/classification", Kind.MISSING, SIGNED_IN);
    rule("GET /api/v1/commendation/catalogue", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/commendation/catalogue/{code}", Kind.NONE, SIGNED_IN, "sub");
    rule("GET /api/v1/commendation/base-salaries", Kind.NONE, SIGNED_IN);
    rule("POST /api/v1/eligibility/check", Kind.NONE, SIGNED_IN);
    rule("POST /api/v1/eligibility/check-batch", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/eligibility/rules", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/eligibility/regimes", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/eligibility/province-parameters", Kind.NONE, SIGNED_IN);
    rule("GET /commendation/catalogue", Kind.NONE, SIGNED_IN);
    rule("GET /eligibility", Kind.NONE, SIGNED_IN);
    rule("POST /eligibility", Kind.NONE, SIGNED_IN);

    // oversight: duties as tasks, inspections, difficulties, supervision
    rule("GET /oversight", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/oversight/work", Kind.NONE, SIGNED_IN);
    rule("GET /oversight/overdue", Kind.NONE, holds(Permission.OVERSEE));
    rule("GET /api/v1/tasks/overdue", Kind.NONE, SIGNED_IN);
    rule("GET /oversight/plans/{id}", Kind.MOVEMENT, holds(Permission.VIEW_PLANS));
    rule("GET /oversight/plans/{id}/summary", Kind.MOVEMENT, holds(Permission.VIEW_PLANS));
    rule("POST /oversight/plans/{id}/tasks", Kind.MOVEMENT, holds(Permission.OVERSEE));
    rule("POST /oversight/plans/{id}/remarks", Kind.MOVEMENT, holds(Permission.SUPERVISE), "body");
    rule("GET /api/v1/movements/{id}/tasks", Kind.MOVEMENT, holds(Permission.VIEW_PLANS));
    rule("POST /api/v1/movements/{id}/tasks/generate", Kind.MOVEMENT, holds(Permission.OVERSEE));
    rule("GET /api/v1/movements/{id}/leads", Kind.MOVEMENT, holds(Permission.VIEW_PLANS));
    rule("GET /api/v1/movements/{id}/leads/selection", Kind.MOVEMENT, holds(Permission.VIEW_PLANS));
    rule("GET /api/v1/movements/{id}/remarks", Kind.MOVEMENT, holds(Permission.VIEW_PLANS));
    rule("POST /api/v1/movements/{id}/remarks", Kind.MOVEMENT, holds(Permission.SUPERVISE), "body");
    rule("GET /api/v1/movements/{id}/events", Kind.MOVEMENT, holds(Permission.VIEW_PLANS));
    rule(
        "PUT /api/v1/movements/{id}/events",
        Kind.MOVEMENT,
        atCommune(Permission.MANAGE_PLANS),
        "body");
    rule("POST /movements/{id}/events", Kind.MOVEMENT, atCommune(Permission.MANAGE_PLANS), "body");
    rule(
        "POST /movements/{id}/derive-organization",
        Kind.MOVEMENT,
        holds(Permission.MANAGE_PLANS),
        "body");
    rule(
        "POST /api/v1/movements/{id}/derive-organization",
        Kind.MOVEMENT,
        holds(Permission.MANAGE_PLANS),
        "body");
    rule("GET /oversight/concerns", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/concerns", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/concerns/counts", Kind.NONE, SIGNED_IN);
    rule("GET /oversight/concerns/new", Kind.NONE, SIGNED_IN);
    rule("POST /oversight/concerns", Kind.NONE, SIGNED_IN, "body");
    rule("POST /api/v1/concerns", Kind.NONE, SIGNED_IN, "body");
    rule("GET /oversight/inspections", Kind.NONE, SIGNED_IN);
    rule("GET /api/v1/inspections", Kind.NONE, SIGNED_IN);
    rule("POST /oversight/inspections", Kind.NONE, SIGNED_IN, "body");
    rule("POST /api/v1/inspections", Kind.NONE, SIGNED_IN, "body");
    // Tasks, inspections, recommendations and difficulties the test does not create: every role
    // gets 404 for an id that does not exist (OversightIT walks the real ones role by role).
    for (String o :
        List.of(
            "GET /oversight/tasks/{id}",
            "POST /oversight/tasks/{id}/report",
            "POST /oversight/tasks/{id}/evidence",
            "GET /oversight/tasks/{id}/evidence/{fileId}",
            "POST /oversight/tasks/{id}/criteria",
            "POST /oversight/tasks/{id}/close",
            "POST /oversight/tasks/{id}/return",
            "POST /oversight/tasks/{id}/due",
            "POST /oversight/tasks/{id}/owner",
            "GET /api/v1/tasks/{id}",
            "POST /api/v1/tasks/{id}/report",
            "POST /api/v1/tasks/{id}/close",
            "POST /api/v1/tasks/{id}/return",
            "PUT /api/v1/tasks/{id}/due",
            "PUT /api/v1/tasks/{id}/owner",
            "POST /api/v1/tasks/{id}/evidence",
            "GET /api/v1/tasks/{id}/evidence/{fileId}",
            "POST /api/v1/tasks/{id}/criteria",
            "GET /oversight/inspections/{id}",
            "GET /pickers/inspections/{id}/members",
            "GET /api/v1/pickers/inspections/{id}/members",
            "POST /oversight/inspections/{id}/members",
            "POST /oversight/inspections/{id}/targets",
            "POST /oversight/inspections/{id}/checklist",
            "POST /oversight/inspections/{id}/start",
            "POST /oversight/inspections/{id}/findings",
            "GET /oversight/inspections/{id}/findings/{findingId}/evidence/{fileId}",
            "POST /oversight/inspections/{id}/findings/{findingId}/answer",
            "POST /oversight/inspections/{id}/recommendations",
            "POST /oversight/inspections/{id}/report",
            "POST /oversight/inspections/{id}/close",
            "GET /oversight/inspections/{id}/conclusion.docx",
            "GET /api/v1/inspections/{id}",
            "POST /api/v1/inspections/{id}/members",
            "POST /api/v1/inspections/{id}/targets",
            "POST /api/v1/inspections/{id}/checklist",
            "POST /api/v1/inspections/{id}/start",
            "POST /api/v1/inspections/{id}/findings",
            "POST /api/v1/inspections/{id}/findings/{findingId}/evidence",
            "GET /api/v1/inspections/{id}/findings/{findingId}/evidence/{fileId}",
            "POST /api/v1/inspections/{id}/findings/{findingId}/answer",
            "POST /api/v1/inspections/{id}/recommendations",
            "POST /api/v1/inspections/{id}/report",
            "POST /api/v1/inspections/{id}/close",
            "GET /api/v1/inspections/{id}/conclusion.docx",
            "GET /oversight/recommendations/{id}",
            "POST /oversight/recommendations/{id}/evidence",
            "GET /oversight/recommendations/{id}/evidence/{fileId}",
            "POST /oversight/recommendations/{id}/answer",
            "POST /oversight/recommendations/{id}/close",
            "POST /oversight/recommendations/{id}/return",
            "GET /api/v1/recommendations/{id}",
            "POST /api/v1/recommendations/{id}/evidence",
            "GET /api/v1/recommendations/{id}/evidence/{fileId}",
            "POST /api/v1/recommendations/{id}/answer",
            "POST /api/v1/recommendations/{id}/close",
            "POST /api/v1/recommendations/{id}/return",
            "GET /oversight/concerns/{id}",
            "POST /oversight/concerns/{id}/answer",
            "POST /oversight/concerns/{id}/forward",
            "POST /oversight/concerns/{id}/close",
            "POST /oversight/concerns/{id}/reopen",
            "POST /oversight/concerns/{id}/attachments",
            "GET /oversight/concerns/{id}/attachments/{fileId}",
            "GET /api/v1/concerns/{id}",
            "POST /api/v1/concerns/{id}/answer",
            "POST /api/v1/concerns/{id}/forward",
            "POST /api/v1/concerns/{id}/close",
            "POST /api/v1/concerns/{id}/reopen",
            "POST /api/v1/concerns/{id}/attachments",
            "GET /api/v1/concerns/{id}/attachments/{fileId}")) {
      rule(o, Kind.MISSING, SIGNED_IN);
    }
  }

  // ----- the objects

  private final Map<Kind, String[]> ids = new HashMap<>();

  private Http admin() {
    return TestHttp.at(base()).as("admin", ADMIN_PASSWORD);
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private Map<String, String> passwords() throws IOException {
    Map<String, String> out = new HashMap<>();
    for (String line : Files.readAllLines(DATA_DIR.resolve("demo-accounts.txt"))) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] parts = line.split("\t");
        out.put(parts[0], parts[3]);
      }
    }
    return out;
  }

  private static long first(JsonNode list) {
    JsonNode items = list.has("items") ? list.get("items") : list;
    assertThat(items.size()).isPositive();
    return items.get(0).get("id").asLong();
  }

  private void fixtures(Map<String, String> pw) {
    Http admin = admin();
    String[] units = {"10816", "10966"};
    String[] office = {"thuongtruc.habac", "thuongtruc.binhgiang"};
    String[] org = new String[2];
    String[] person = new String[2];
    String[] movement = new String[2];
    String[] block = new String[2];
    String[] initiative = new String[2];
    String[] model = new String[2];
    String[] user = new String[2];
    String[] registration = new String[2];
    String[] report = new String[2];
    for (int c = 0; c < 2; c++) {
      long economy =
          first(admin.json("/api/v1/organizations?unit=" + units[c] + "&q=phong%20kinh%20te"));
      org[c] = "" + economy;
      person[c] = "" + first(admin.json("/api/v1/people?organization=" + economy));
      for (JsonNode m : admin.json("/api/v1/movements")) {
        if (m.get("unitCode").asString().equals(units[c])) {
          movement[c] = m.get("id").asString();
        }
      }
      for (JsonNode b : admin.json("/api/v1/emulation-blocks")) {
        if (b.toString().contains(units[c])) {
          block[c] = b.get("id").asString();
        }
      }
      Http off = TestHttp.at(base()).as(office[c], pw.get(office[c]));
      long culture = first(admin.json("/api/v1/organizations?unit=" + units[c] + "&q=van%20hoa"));
      long author =
          c == 0
              ? first(admin.json("/api/v1/people?unit=10816&q=tran%20thi%20an"))
              : first(admin.json("/api/v1/people?organization=" + culture));
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("title", "Sáng kiến kiểm tra phân quyền " + units[c]);
      i.put("field", "ADMINISTRATION");
      i.put("organizationId", culture);
      i.put("solution", "Giải pháp");
      i.put("effect", "Hiệu quả");
      i.put("authors", List.of(Map.of("personId", author, "share", 100)));
      Http.Response ri = off.postJson("/api/v1/initiatives", i);
      assertThat(ri.status()).as(ri.body()).isEqualTo(201);
      initiative[c] = ri.json().get("initiative").get("id").asString();
      Map<String, Object> mo = new LinkedHashMap<>();
      mo.put("kind", "MODEL");
      mo.put("title", "Mô hình kiểm tra phân quyền " + units[c]);
      mo.put("story", "Câu chuyện");
      mo.put("organizationId", culture);
      mo.put("consent", true);
      Http.Response rm = off.postJson("/api/v1/exemplary-models", mo);
      assertThat(rm.status()).as(rm.body()).isIn(200, 201);
      model[c] = rm.json().get("id").asString();
      Http.Response ru =
          admin.postJson(
              "/api/v1/users",
              Map.of(
                  "username",
                  "phanquyen." + units[c],
                  "displayName",
                  "Kiểm tra phân quyền",
                  "role",
                  "SUPERVISOR",
                  "scopeUnitCode",
                  units[c]));
      assertThat(ru.status()).as(ru.body()).isEqualTo(201);
      user[c] = ru.json().get("user").get("id").asString();
      long village =
          first(
              admin.json("/api/v1/organizations?unit=" + units[c] + "&q=thon%20dong&type=VILLAGE"));
      off.putJson(
          "/api/v1/movements/" + movement[c] + "/registration-window?year=2026&closesOn=2026-12-31",
          Map.of());
      Http.Response rr =
          off.putJson(
              "/api/v1/movements/" + movement[c] + "/registrations",
              Map.of(
                  "organizationId",
                  village,
                  "year",
                  2026,
                  "titles",
                  List.of(),
                  "commitments",
                  List.of()));
      registration[c] = rr.status() == 200 ? rr.json().get("id").asString() : "987654321";
      Http.Response rp =
          off.putJson(
              "/api/v1/movements/" + movement[c] + "/reports",
              Map.of(
                  "organizationId",
                  village,
                  "year",
                  2026,
                  "values",
                  Map.of(),
                  "narrative",
                  List.of()));
      report[c] = rp.status() == 200 ? rp.json().get("report").get("id").asString() : "987654321";
      assertThat(rr.status()).as("registration fixture: " + rr.body()).isEqualTo(200);
      assertThat(rp.status()).as("report fixture: " + rp.body()).isEqualTo(200);
    }
    ids.put(Kind.NONE, new String[] {"", ""});
    ids.put(Kind.ORG, org);
    ids.put(Kind.PERSON, person);
    ids.put(Kind.MOVEMENT, movement);
    ids.put(Kind.BLOCK, block);
    ids.put(Kind.INITIATIVE, initiative);
    ids.put(Kind.MODEL, model);
    ids.put(Kind.USER, user);
    ids.put(Kind.UNIT, units);
    ids.put(Kind.REGISTRATION, registration);
    ids.put(Kind.REPORT, report);
    ids.put(Kind.MISSING, new String[] {"987654321", "987654322"});
  }

  // ----- the requests

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::(?:[^{}]|\\{[^}]*})*)?}");

  /** The path with its variables filled: the object's id for the first, placeholders after. */
  private static String path(String pattern, String objectId) {
    Matcher m = VARIABLE.matcher(pattern);
    StringBuilder out = new StringBuilder();
    boolean firstDone = false;
    while (m.find()) {
      String name = m.group(1);
      String value;
      if (m.group().contains("[0-9a-f-]")) {
        value = UUID.randomUUID().toString();
        firstDone = true;
      } else if (!firstDone && !objectId.isEmpty() && !name.equals("year")) {
        value = objectId;
        firstDone = true;
      } else {
        value =
            switch (name) {
              case "year" -> "2026";
              case "kind" -> "organizations";
              case "action" -> "nominate";
              case "day" -> "2026-01-01";
              case "code", "unit", "unitCode" -> "10816";
              case "username" -> "khong.co.ai";
              case "id" ->
                  pattern.contains("[0-9a-f-]") ? UUID.randomUUID().toString() : "987654321";
              default -> "987654321";
            };
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Required request parameters of the handler, with placeholder values of their type. */
  private static Map<String, String> parameters(HandlerMethod handler) {
    Map<String, String> out = new LinkedHashMap<>();
    for (MethodParameter p : handler.getMethodParameters()) {
      RequestParam rp = p.getParameterAnnotation(RequestParam.class);
      if (rp == null
          || !rp.required()
          || !rp.defaultValue()
              .equals(org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE)) {
        continue;
      }
      Class<?> type = p.getParameterType();
      if (Map.class.isAssignableFrom(type) || MultipartFile.class.isAssignableFrom(type)) {
        continue;
      }
      String name =
          !rp.name().isEmpty()
              ? rp.name()
              : !rp.value().isEmpty() ? rp.value() : p.getParameterName();
      String value;
      if (name.equals("year")) {
        value = "2026";
      } else if (type == long.class
          || type == Long.class
          || type == int.class
          || type == Integer.class) {
        value = "-1";
      } else if (type == BigDecimal.class) {
        value = "1";
      } else if (type == boolean.class || type == Boolean.class) {
        value = "true";
      } else if (type == LocalDate.class) {
        value = "2026-01-01";
      } else if (type.isEnum()) {
        value = ((Enum<?>) type.getEnumConstants()[0]).name();
      } else {
        value = "x";
      }
      out.put(name, value);
    }
    return out;
  }

  private static boolean hasBody(HandlerMethod handler) {
    for (MethodParameter p : handler.getMethodParameters()) {
      if (p.hasParameterAnnotation(RequestBody.class)) {
        return true;
      }
    }
    return false;
  }

  private static String multipartField(HandlerMethod handler) {
    for (MethodParameter p : handler.getMethodParameters()) {
      if (MultipartFile.class.isAssignableFrom(p.getParameterType())) {
        RequestParam rp = p.getParameterAnnotation(RequestParam.class);
        return rp != null && !rp.value().isEmpty() ? rp.value() : p.getParameterName();
      }
    }
    return null;
  }

  private static String query(Map<String, String> params) {
    StringBuilder q = new StringBuilder();
    params.forEach((k, v) ->
        q.append(q.isEmpty() ? "?" : "&")
            .append(k)
            .append('=')
            .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return q.toString();
  }

  /** A route of the table: method, pattern, handler. */
  record Route(String method, String pattern, HandlerMethod handler) {
    String key() {
      return method + " " + pattern;
    }

    boolean api() {
      return pattern.startsWith("/api/");
    }
  }

  private List<Route> routes() {
    List<Route> out = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
      HandlerMethod h = e.getValue();
      if (!h.getBeanType().getPackageName().startsWith("vn.thidua")) {
        continue;
      }
      RequestMappingInfo info = e.getKey();
      Set<String> methods = new TreeSet<>();
      info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
      if (methods.isEmpty()) {
        methods.addAll(List.of("GET", "POST", "PUT", "DELETE", "PATCH"));
      }
      for (String pattern : info.getPatternValues()) {
        for (String method : methods) {
          out.add(new Route(method, pattern, h));
        }
      }
    }
    return out;
  }

  /** What came back, as the table speaks of it. */
  enum Outcome {
    PASS,
    DENIED,
    HIDDEN,
    LOGIN,
    ERROR
  }

  private static Outcome outcome(Http.Response r) {
    int s = r.status();
    if (s >= 500) {
      return Outcome.ERROR;
    }
    if (s == 401 || (s == 302 && String.valueOf(r.header("Location")).contains("/login"))) {
      return Outcome.LOGIN;
    }
    if (s == 403) {
      return Outcome.DENIED;
    }
    if (s == 404) {
      return Outcome.HIDDEN;
    }
    return Outcome.PASS;
  }

  private Http.Response call(Http client, Route route, String objectId, String csrf) {
    String url = path(route.pattern(), objectId);
    Map<String, String> params = new LinkedHashMap<>(parameters(route.handler()));
    String file = multipartField(route.handler());
    if (!route.api() && csrf != null && !route.method().equals("GET")) {
      params.put("_csrf", csrf);
    }
    return switch (route.method()) {
      case "GET" -> client.get(url + query(params));
      case "POST", "PUT", "PATCH", "DELETE" -> {
        if (file != null) {
          yield client.postFile(url + query(params), file, "a.txt", "x".getBytes());
        }
        if (hasBody(route.handler())) {
          yield client.send(route.method(), url + query(params), "application/json", "{}");
        }
        if (!route.api() && route.method().equals("POST")) {
          yield client.postForm(url, params);
        }
        yield client.send(route.method(), url + query(params));
      }
      default -> throw new IllegalStateException(route.method());
    };
  }

  /**
   * Whether the role holds what the rule needs anywhere: a role without it is refused (403) before
   * any lookup, the same for every id, which reveals nothing.
   */
  private static boolean holdsAnywhere(Rule rule, Account account) {
    return switch (rule.need()) {
      case Holds h -> account.role.allows(h.permission());
      case Only o -> o.accounts().contains(account);
      default -> true;
    };
  }

  private boolean expectedAllowed(Rule rule, Account account) {
    boolean covered = rule.kind().covered.contains(account);
    return switch (rule.need()) {
      case Public p -> true;
      case SignedIn s -> rule.kind() == Kind.NONE || rule.kind() == Kind.UNIT || covered;
      case Readable r -> covered;
      case Holds h -> covered && account.role.allows(h.permission());
      case Only o -> o.accounts().contains(account) && covered;
    };
  }

  @Test
  void everyRouteHasARuleAndAnswersAsItSaysForEveryRoleAndCommune() throws Exception {
    Map<String, String> pw = passwords();
    fixtures(pw);
    List<Route> routes = routes();
    List<String> missing = new ArrayList<>();
    for (Route r : routes) {
      if (!RULES.containsKey(r.key())) {
        missing.add(r.key());
      }
    }
    assertThat(missing).as("routes without a rule in RouteAuthorizationIT.RULES").isEmpty();

    Map<String, String> wrong = java.util.Collections.synchronizedMap(new TreeMap<>());
    Map<Account, Http> api = new HashMap<>();
    Map<Account, Http> pages = new HashMap<>();
    Map<Account, String> csrf = new HashMap<>();
    for (Account a : Account.values()) {
      api.put(a, TestHttp.at(base()).as(a.username, pw.get(a.username)));
      Http browser = TestHttp.at(base());
      assertThat(browser.login(a.username, pw.get(a.username))).doesNotContain("login");
      pages.put(a, browser);
      csrf.put(a, Http.csrf(browser.get("/account").body()));
    }
    Set<String> checked = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    for (Route route : routes) {
      if (route.pattern().equals("/error")) {
        continue;
      }
      Rule rule = RULES.get(route.key());
      String[] objects = ids.get(rule.kind());
      if (rule.need() instanceof Public && !route.method().equals("GET")) {
        // A public form (a comment on a notice) needs the page's CSRF token: refused without.
        continue;
      }
      if (rule.need() instanceof Public) {
        Outcome o = outcome(call(TestHttp.at(base()), route, objects[0], null));
        if (o == Outcome.LOGIN || o == Outcome.DENIED || o == Outcome.ERROR) {
          wrong.put(route.key() + " anonymous", o.name());
        }
        continue;
      }
      final Rule rule0 = rule;
      final String[] objects0 = objects;
      List<java.util.concurrent.Callable<Void>> calls = new ArrayList<>();
      for (Account a : Account.values()) {
        calls.add(() -> {
          check(route, rule0, objects0, a, api, pages, csrf, wrong, checked);
          return null;
        });
      }
      // The accounts of one route are asked at once (each its own session); routes one by one.
      for (java.util.concurrent.Future<Void> f : pool.invokeAll(calls)) {
        f.get();
      }
    }
    pool.shutdown();
    StringBuilder report = new StringBuilder();
    wrong.forEach((k, v) -> report.append(k).append(" → ").append(v).append('\n'));
    Files.writeString(Path.of("target", "route-authorization.txt"), report.toString());
    assertThat(checked.size()).isGreaterThan(200);
    assertThat(wrong).as("see target/route-authorization.txt").isEmpty();
  }

  /** One cell row of the matrix: every commune of one route for one account. */
  private void check(
      Route route,
      Rule rule,
      String[] objects,
      Account a,
      Map<Account, Http> api,
      Map<Account, Http> pages,
      Map<Account, String> csrf,
      Map<String, String> wrong,
      Set<String> checked) {
    Http client = route.api() ? api.get(a) : pages.get(a);
    for (int c = 0; c < 2; c++) {
      if (c == 1 && rule.kind() == Kind.NONE) {
        continue;
      }
      // The city's administrator covers both communes: "other" is just as much its own.
      boolean own = c == 0 || a == Account.CITY_ADMIN;
      Http.Response response = call(client, route, objects[c], csrf.get(a));
      Outcome o = outcome(response);
      checked.add(route.key());
      String cell = route.key() + " as " + a.username + (c == 0 ? " (own)" : " (other)");
      if (o == Outcome.ERROR || o == Outcome.LOGIN) {
        wrong.put(cell, o + " " + response.status());
        continue;
      }
      boolean allowed = own && expectedAllowed(rule, a);
      if (rule.kind() == Kind.MISSING) {
        // No such object: 404; or refused before any lookup (no right at all: 403; the
        // request's own form: 400), which says nothing about which ids exist.
        if (!(o == Outcome.HIDDEN
            || o == Outcome.DENIED
            || response.status() == 400
            || (rule.lead() && own))) {
          wrong.put(cell, o + " " + response.status() + ", expected 404 (no such object)");
        }
      } else if (rule.lead() && own) {
        continue;
      } else if (allowed) {
        boolean placeholder = rule.sub() && (o == Outcome.HIDDEN || o == Outcome.DENIED);
        if (!(o == Outcome.PASS || placeholder)) {
          wrong.put(cell, o + " " + response.status() + ", expected allowed");
        }
      } else if (own) {
        int st = response.status();
        boolean refusedForm =
            rule.body() && (st == 400 || st == 422 || (!route.api() && (st == 200 || st == 302)));
        if (o == Outcome.PASS && !refusedForm) {
          wrong.put(cell, o + " " + response.status() + ", expected 403/404");
        }
      } else if (!(o == Outcome.HIDDEN
          || (o == Outcome.DENIED && (rule.lead() || !holdsAnywhere(rule, a)))
          || ((rule.body() || rule.sub()) && response.status() == 400))) {
        wrong.put(cell, o + " " + response.status() + ", expected 404 like a missing id");
      }
    }
  }
}
