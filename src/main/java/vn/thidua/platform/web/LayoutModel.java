package vn.thidua.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Permission;

/** What every page's layout needs: the signed-in user and the navigation they may use. */
@ControllerAdvice
class LayoutModel {

  /** A navigation entry: message key of its label, its path and the section it marks active. */
  public record NavItem(String labelKey, String href, String section) {}

  @ModelAttribute("currentActor")
  Actor currentActor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof Actor actor ? actor : null;
  }

  @ModelAttribute("navigation")
  List<NavItem> navigation() {
    Actor actor = currentActor();
    List<NavItem> items = new ArrayList<>();
    items.add(new NavItem("nav.home", "/", "home"));
    items.add(new NavItem("nav.portal", "/portal", "portal"));
    if (actor == null) {
      return items;
    }
    items.add(new NavItem("nav.units", "/units", "units"));
    if (actor.may(Permission.VIEW_PLANS)) {
      items.add(new NavItem("nav.movements", "/movements", "movements"));
      items.add(new NavItem("nav.calendar", "/calendar", "calendar"));
      items.add(new NavItem("oversight.nav", "/oversight", "oversight"));
    }
    if (actor.may(Permission.VIEW_ORGANIZATIONS)) {
      items.add(new NavItem("nav.organizations", "/organizations", "organizations"));
    }
    if (actor.may(Permission.VIEW_PEOPLE) || actor.personId() != null) {
      items.add(
          new NavItem(
              "nav.people",
              actor.may(Permission.VIEW_PEOPLE) ? "/people" : "/people/" + actor.personId(),
              "people"));
    }
    if (actor.may(Permission.VIEW_ORGANIZATIONS)) {
      items.add(new NavItem("nav.blocks", "/blocks", "blocks"));
    }
    items.add(new NavItem("initiative.nav", "/initiatives", "initiatives"));
    items.add(new NavItem("model.nav", "/models", "models"));
    items.add(new NavItem("nav.news", "/news", "news"));
    if (actor.may(Permission.VIEW_PLANS)) {
      items.add(new NavItem("nav.statistics", "/statistics", "statistics"));
    }
    if (actor.may(Permission.RECORD_VALUES)
        || actor.may(Permission.MANAGE_NOMINATIONS)
        || actor.may(Permission.DECIDE_AWARDS)
        || actor.may(Permission.VOTE_AWARDS)) {
      items.add(new NavItem("nav.nominations", "/nominations", "nominations"));
    }
    if (actor.may(Permission.MANAGE_NOMINATIONS) || actor.may(Permission.DECIDE_AWARDS)) {
      items.add(new NavItem("nav.rewards", "/rewards", "rewards"));
    }
    items.add(new NavItem("commendation.nav", "/commendation/catalogue", "commendation"));
    if (actor.may(Permission.IMPORT_DATA)) {
      items.add(new NavItem("nav.imports", "/imports", "imports"));
    }
    if (actor.may(Permission.MANAGE_USERS)) {
      items.add(new NavItem("nav.users", "/admin/users", "users"));
    }
    if (actor.may(Permission.VIEW_AUDIT)) {
      items.add(new NavItem("nav.audit", "/admin/audit", "audit"));
    }
    items.add(new NavItem("nav.api", "/api-docs", "api"));
    return items;
  }
}
