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

  private final WorkBoard work;

  HomeController(WorkBoard work) {
    this.work = work;
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
    return "home";
  }

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
