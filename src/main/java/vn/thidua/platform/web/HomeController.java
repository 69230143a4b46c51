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

  @GetMapping("/")
  String home(@AuthenticationPrincipal Actor actor, Model model) {
    model.addAttribute("today", VietnameseDates.longForm(LocalDate.now(VietnameseDates.ZONE)));
    return actor == null ? "public-home" : "home";
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
