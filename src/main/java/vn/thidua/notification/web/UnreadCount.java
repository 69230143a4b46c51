package vn.thidua.notification.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.thidua.notification.domain.Inbox;
import vn.thidua.organization.Actor;

/** The number of unread messages, shown beside the user's name on every page (not for the API). */
@ControllerAdvice
class UnreadCount {

  private final Inbox inbox;

  UnreadCount(Inbox inbox) {
    this.inbox = inbox;
  }

  @ModelAttribute("unreadNotifications")
  Long unread(jakarta.servlet.http.HttpServletRequest request) {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return null;
    }
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !(auth.getPrincipal() instanceof Actor actor)) {
      return null;
    }
    return inbox.unread(actor.getUsername());
  }
}
