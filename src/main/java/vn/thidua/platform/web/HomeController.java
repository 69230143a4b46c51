package vn.thidua.platform.web;

import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.organization.Actor;

/** The home page and the login page. */
@Controller
class HomeController {

  /** How many lines "since your last visit" shows at most. */
  static final int SINCE_LAST_VISIT = 8;

  private final WorkBoard work;
  private final BaseUrlCheck baseUrl;
  private final vn.thidua.organization.Accounts accounts;
  private final java.util.List<vn.thidua.organization.Happenings> happenings;

  HomeController(
      WorkBoard work,
      vn.thidua.organization.Accounts accounts,
      java.util.List<vn.thidua.organization.Happenings> happenings,
      BaseUrlCheck baseUrl) {
    this.baseUrl = baseUrl;
    this.work = work;
    this.accounts = accounts;
    this.happenings = happenings;
  }

  /** The public home, or the signed-in person's work list ("Việc cần xử lý"). */
  @GetMapping("/")
  String home(@AuthenticationPrincipal Actor actor, Model model) {
    LocalDate today = work.today();
    model.addAttribute("today", VietnameseDates.longForm(today));
    if (actor == null) {
      return "public-home";
    }
    model.addAttribute("day", today);
    model.addAttribute("items", work.waitingFor(actor));
    model.addAttribute("upcoming", work.upcoming(actor));
    sinceLastVisit(actor, model);
    model.addAttribute(
        "baseUrlMissing",
        baseUrl.missing() && actor.hasRole(vn.thidua.organization.Role.SYSTEM_ADMIN));
    return "home";
  }

  /**
   * What changed for the person since the sign-in before this one (issue 12): the inbox lines that
   * arrived meanwhile, newest first; nothing on the first visit.
   */
  private void sinceLastVisit(Actor actor, Model model) {
    java.util.Optional<java.time.Instant> previous = accounts.previousSignIn(actor.getUsername());
    model.addAttribute("lastVisit", previous.map(p -> p.atZone(VietnameseDates.ZONE)).orElse(null));
    java.util.List<vn.thidua.organization.Happenings.Happening> lines = new java.util.ArrayList<>();
    previous.ifPresent(p -> {
      for (var h : happenings) {
        lines.addAll(h.since(actor, p, SINCE_LAST_VISIT));
      }
    });
    lines.sort(
        java.util.Comparator.comparing(vn.thidua.organization.Happenings.Happening::at).reversed());
    model.addAttribute(
        "sinceVisit",
        lines.stream()
            .limit(SINCE_LAST_VISIT)
            .map(h -> new SinceLine(h.at().atZone(VietnameseDates.ZONE), h.text(), h.link()))
            .toList());
  }

  /** One line of "since your last visit", in Vietnamese time. */
  record SinceLine(java.time.ZonedDateTime at, String text, String link) {}

  @GetMapping("/login")
  String login(
      @RequestParam(required = false) String error,
      @RequestParam(required = false) String throttled,
      @RequestParam(required = false) String disabled,
      @RequestParam(required = false) String logout,
      Model model) {
    if (error != null) {
      model.addAttribute("loginError", "login.error.credentials");
    } else if (throttled != null) {
      model.addAttribute("loginError", "login.error.throttled");
      model.addAttribute("loginErrorArg", minutes(throttled));
    } else if (disabled != null) {
      model.addAttribute("loginError", "login.error.disabled");
    }
    model.addAttribute("loggedOut", logout != null);
    return "login";
  }

  /** The minutes to wait, as the failure handler wrote them (1 to 60). */
  private static int minutes(String text) {
    try {
      return Math.clamp(Integer.parseInt(text.strip()), 1, 60);
    } catch (NumberFormatException e) {
      return 15;
    }
  }
}
