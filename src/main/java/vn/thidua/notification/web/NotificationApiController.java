package vn.thidua.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.notification.NotificationView;
import vn.thidua.notification.domain.Inbox;
import vn.thidua.notification.domain.ReminderService;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Role;

/** The inbox over the API, and the administrator's run of a day's reminders. */
@RestController
@Tag(name = "Thông báo, nhắc hạn")
class NotificationApiController {

  private final Inbox inbox;
  private final ReminderService reminders;

  NotificationApiController(Inbox inbox, ReminderService reminders) {
    this.inbox = inbox;
    this.reminders = reminders;
  }

  @GetMapping("/api/v1/notifications")
  @Operation(summary = "Hộp thư thông báo của người dùng (100 thông báo mới nhất)")
  List<NotificationView> api(@AuthenticationPrincipal Actor actor) {
    return inbox.latest(actor.getUsername(), 100);
  }

  @PostMapping("/api/v1/reminders/run")
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
