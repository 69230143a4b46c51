package vn.thidua.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.thidua.notification.NotificationView;
import vn.thidua.notification.domain.Inbox;
import vn.thidua.notification.domain.ReminderService;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Role;

/** The inbox page and API, and the administrator's re-run of a day's reminders. */
@Controller
@Tag(name = "Thông báo, nhắc hạn")
class NotificationController {

  private final Inbox inbox;
  private final ReminderService reminders;

  NotificationController(Inbox inbox, ReminderService reminders) {
    this.inbox = inbox;
    this.reminders = reminders;
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

  @GetMapping("/api/v1/notifications")
  @ResponseBody
  @Operation(summary = "Hộp thư thông báo của người dùng (100 thông báo mới nhất)")
  List<NotificationView> api(@AuthenticationPrincipal Actor actor) {
    return inbox.latest(actor.getUsername(), 100);
  }

  @PostMapping("/api/v1/reminders/run")
  @ResponseBody
  @Operation(
      summary =
          "Chạy lại việc nhắc hạn của một ngày (quản trị hệ thống); nhắc hạn đã gửi không gửi lại")
  ReminderService.Run run(
      @AuthenticationPrincipal Actor actor,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    if (!actor.hasRole(Role.SYSTEM_ADMIN)) {
      throw new AccessDeniedException("error.forbidden");
    }
    return reminders.run(date);
  }
}
