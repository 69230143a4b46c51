package vn.thidua.notification.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.thidua.notification.domain.Inbox;
import vn.thidua.organization.Actor;

/** The inbox page. */
@Controller
class NotificationController {

  private final Inbox inbox;

  NotificationController(Inbox inbox) {
    this.inbox = inbox;
  }

  @GetMapping("/notifications")
  String page(@AuthenticationPrincipal Actor actor, Model model) {
    model.addAttribute("items", inbox.latest(actor.getUsername(), 100));
    return "notification/inbox";
  }

  @PostMapping("/notifications/{id}/read")
  String read(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    inbox.markRead(actor.getUsername(), id);
    return "redirect:/notifications";
  }

  @PostMapping("/notifications/read-all")
  String readAll(@AuthenticationPrincipal Actor actor) {
    inbox.markRead(actor.getUsername(), null);
    return "redirect:/notifications";
  }
}
