package vn.thidua.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.organization.Actor;
import vn.thidua.organization.RoleGrant;
import vn.thidua.organization.UserCommand;
import vn.thidua.organization.UserView;
import vn.thidua.organization.domain.AccountService;

/** The caller's own account and, for administrators, the users in scope. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tài khoản")
class AccountApiController {

  private final AccountService accounts;

  AccountApiController(AccountService accounts) {
    this.accounts = accounts;
  }

  /** The signed-in user. */
  record Me(long id, String username, String displayName, Long personId, List<RoleGrant> roles) {}

  @GetMapping("/me")
  @Operation(summary = "Người dùng đang đăng nhập, vai trò và phạm vi")
  Me me(@AuthenticationPrincipal Actor actor) {
    return new Me(
        actor.userId(), actor.getUsername(), actor.displayName(), actor.personId(), actor.grants());
  }

  @GetMapping("/users")
  List<UserView> users(@AuthenticationPrincipal Actor actor) {
    return accounts.list(actor);
  }

  @PostMapping("/users")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Tạo người dùng; mật khẩu ban đầu sinh ngẫu nhiên, trả về một lần")
  Map<String, Object> create(
      @AuthenticationPrincipal Actor actor, @RequestBody UserCommand command) {
    AccountService.Created created = accounts.create(actor, command);
    return Map.of("user", created.user(), "initialPassword", created.password());
  }

  @PostMapping("/users/{id}/unlock")
  @Operation(summary = "Xóa các lượt đăng nhập sai gần đây của một người dùng (hết thời gian chờ)")
  UserView unlock(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    accounts.unlock(actor, id);
    return accounts.view(id).orElseThrow();
  }

  /** How many sessions ended. */
  record Ended(int sessionsEnded) {}

  @DeleteMapping("/users/{id}/sessions")
  @Operation(summary = "Kết thúc mọi phiên đăng nhập của một người dùng trong phạm vi quản trị")
  Ended endSessions(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return new Ended(accounts.endSessions(actor, id));
  }

  /** A password change: the current password, the new one twice. */
  record PasswordChange(String currentPassword, String newPassword, String confirmation) {}

  @PostMapping("/me/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary =
          "Đổi mật khẩu của mình (tối thiểu 10 ký tự, chữ và số, không phổ biến, không chứa tên);"
              + " các phiên đăng nhập khác kết thúc")
  void changePassword(
      @AuthenticationPrincipal Actor actor,
      @RequestBody PasswordChange change,
      HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    accounts.changePassword(
        actor,
        change.currentPassword(),
        change.newPassword(),
        change.confirmation(),
        session == null ? null : session.getId());
  }
}
