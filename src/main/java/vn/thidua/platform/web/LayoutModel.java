package vn.thidua.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Permission;
import vn.thidua.organization.Role;

/**
 * What every page's layout needs: the signed-in user and the navigation they may use, grouped by
 * what people do (Kế hoạch · Báo cáo · Sáng kiến, điển hình · Khen thưởng · Tra cứu · Quản trị),
 * with only the pages the person's roles open.
 */
@ControllerAdvice
class LayoutModel {

  private final WorkBoard work;
  private final long uploadMaxBytes;

  LayoutModel(
      WorkBoard work,
      @org.springframework.beans.factory.annotation.Value(
              "${spring.servlet.multipart.max-file-size:20MB}")
          org.springframework.util.unit.DataSize maxFile) {
    this.work = work;
    this.uploadMaxBytes = maxFile.toBytes();
  }

  /**
   * The largest file the server takes at all; a field whose own limit is smaller says so with
   * {@code data-max-bytes} (read by {@code upload-limit.js} before anything is sent).
   */
  @ModelAttribute("uploadMaxBytes")
  long uploadMaxBytes() {
    return uploadMaxBytes;
  }

  /** A navigation entry: message key of its label, its path and the section it marks active. */
  public record NavItem(String labelKey, String href, String section) {}

  /** A group of the menu: its label and its entries (never empty). */
  public record NavGroup(String labelKey, List<NavItem> items) {}

  @ModelAttribute("currentActor")
  Actor currentActor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof Actor actor ? actor : null;
  }

  /** How many items wait for the signed-in person (the menu's count), or null. */
  @ModelAttribute("workCount")
  Integer workCount(jakarta.servlet.http.HttpServletRequest request) {
    Actor actor = currentActor();
    if (actor == null
        || api(request)
        || request.getRequestURI().startsWith(request.getContextPath() + "/portal/")) {
      return null;
    }
    return work.count(actor);
  }

  /** An API call: it answers JSON, never a page, so it needs no menu. */
  private static boolean api(jakarta.servlet.http.HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  /** The flat list of every entry (the groups' entries, in order), for tests and other pages. */
  @ModelAttribute("navigation")
  List<NavItem> navigation(jakarta.servlet.http.HttpServletRequest request) {
    if (api(request)) {
      return List.of();
    }
    List<NavItem> items = new ArrayList<>();
    Actor actor = currentActor();
    if (actor == null) {
      items.add(new NavItem("nav.home", "/", "home"));
      items.add(new NavItem("nav.portal", "/portal", "portal"));
      return items;
    }
    items.add(new NavItem("work.nav", "/", "home"));
    for (NavGroup g : groups(actor)) {
      items.addAll(g.items());
    }
    return items;
  }

  @ModelAttribute("navGroups")
  List<NavGroup> navGroups(jakarta.servlet.http.HttpServletRequest request) {
    return api(request) ? List.of() : groups(currentActor());
  }

  static List<NavGroup> groups(Actor actor) {
    List<NavGroup> groups = new ArrayList<>();
    if (actor == null) {
      return groups;
    }
    List<NavItem> plans = new ArrayList<>();
    if (actor.may(Permission.VIEW_PLANS)) {
      plans.add(new NavItem("nav.movements", "/movements", "movements"));
      plans.add(new NavItem("oversight.nav", "/oversight", "oversight"));
      plans.add(new NavItem("nav.rounds", "/rounds", "rounds"));
    }
    add(groups, "nav.group.plans", plans);

    List<NavItem> reports = new ArrayList<>();
    if (actor.may(Permission.VIEW_PLANS)) {
      reports.add(new NavItem("nav.calendar", "/calendar", "calendar"));
    }
    if (actor.may(Permission.VIEW_ORGANIZATIONS)) {
      reports.add(new NavItem("nav.blocks", "/blocks", "blocks"));
    }
    if (actor.may(Permission.VIEW_PLANS)) {
      reports.add(new NavItem("nav.statistics", "/statistics", "statistics"));
    }
    if (actor.may(Permission.VIEW_PLANS) || actor.may(Permission.RECORD_VALUES)) {
      reports.add(new NavItem("nav.training", "/training", "training"));
    }
    add(groups, "nav.group.reports", reports);

    List<NavItem> initiatives = new ArrayList<>();
    initiatives.add(new NavItem("initiative.nav", "/initiatives", "initiatives"));
    initiatives.add(new NavItem("model.nav", "/models", "models"));
    initiatives.add(new NavItem("nav.news", "/news", "news"));
    add(groups, "nav.group.initiatives", initiatives);

    List<NavItem> commendation = new ArrayList<>();
    if (actor.may(Permission.RECORD_VALUES)
        || actor.may(Permission.MANAGE_NOMINATIONS)
        || actor.may(Permission.DECIDE_AWARDS)
        || actor.may(Permission.VOTE_AWARDS)) {
      commendation.add(new NavItem("nav.nominations", "/nominations", "nominations"));
    }
    // The reward fund is the administrative unit's: the page opens on the unit of the first grant.
    String unit = actor.grants().isEmpty() ? null : unitPath(actor.grants().getFirst().scopePath());
    if (unit != null
        && (actor.may(Permission.MANAGE_NOMINATIONS, unit)
            || actor.may(Permission.DECIDE_AWARDS, unit))) {
      commendation.add(new NavItem("nav.rewards", "/rewards", "rewards"));
    }
    commendation.add(new NavItem("commendation.nav", "/commendation/catalogue", "commendation"));
    add(groups, "nav.group.commendation", commendation);

    List<NavItem> directory = new ArrayList<>();
    directory.add(new NavItem("nav.units", "/units", "units"));
    if (actor.may(Permission.VIEW_ORGANIZATIONS)) {
      directory.add(new NavItem("nav.organizations", "/organizations", "organizations"));
    }
    if (actor.may(Permission.VIEW_PEOPLE) || actor.personId() != null) {
      directory.add(
          new NavItem(
              "nav.people",
              actor.may(Permission.VIEW_PEOPLE) ? "/people" : "/people/" + actor.personId(),
              "people"));
    }
    directory.add(new NavItem("nav.portal", "/portal", "portal"));
    add(groups, "nav.group.directory", directory);

    List<NavItem> admin = new ArrayList<>();
    if (actor.may(Permission.IMPORT_DATA)) {
      admin.add(new NavItem("nav.imports", "/imports", "imports"));
    }
    if (actor.may(Permission.MANAGE_USERS)) {
      admin.add(new NavItem("nav.users", "/admin/users", "users"));
    }
    if (actor.may(Permission.VIEW_AUDIT)) {
      admin.add(new NavItem("nav.audit", "/admin/audit", "audit"));
    }
    if (actor.hasRole(Role.SYSTEM_ADMIN)) {
      admin.add(new NavItem("nav.api", "/swagger-ui/index.html", "api"));
    }
    add(groups, "nav.group.admin", admin);
    return groups;
  }

  /** The administrative unit's part of a scope path ("/VN/31/o55/" → "/VN/31/"). */
  static String unitPath(String scopePath) {
    StringBuilder out = new StringBuilder("/");
    for (String part : scopePath.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.startsWith("o")) {
        break;
      }
      out.append(part).append('/');
    }
    return out.toString();
  }

  private static void add(List<NavGroup> groups, String key, List<NavItem> items) {
    if (!items.isEmpty()) {
      groups.add(new NavGroup(key, List.copyOf(items)));
    }
  }
}
