package vn.thidua.organization.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Role;
import vn.thidua.organization.UserCommand;
import vn.thidua.organization.domain.AccountService;

/**
 * The own account (password change, which ends the user's other sessions) and the administrator's
 * user pages (create, reset a password, forget failed logins, end a user's sessions, disable).
 */
@Controller
class AccountController {

  private final AccountService accounts;

  AccountController(AccountService accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/account")
  String account(@AuthenticationPrincipal Actor actor, Model model) {
    return "account/password";
  }

  @PostMapping("/account/password")
  String changePassword(
      @AuthenticationPrincipal Actor actor,
      @RequestParam String currentPassword,
      @RequestParam String newPassword,
      @RequestParam String confirmation,
      HttpSession session,
      Model model,
      RedirectAttributes redirect) {
    try {
      accounts.changePassword(actor, currentPassword, newPassword, confirmation, session.getId());
      redirect.addFlashAttribute("notice", "account.password-changed");
      return "redirect:/account";
    } catch (BusinessRuleViolation e) {
      model.addAttribute("problem", e.code());
      model.addAttribute("problemArgs", e.args());
      model.addAttribute("problemField", e.field());
      return "account/password";
    }
  }

  @GetMapping("/admin/users")
  String users(@AuthenticationPrincipal Actor actor, Model model) {
    model.addAttribute("users", accounts.list(actor));
    model.addAttribute("roles", Role.values());
    return "account/users";
  }

  @PostMapping("/admin/users")
  String create(
      @AuthenticationPrincipal Actor actor,
      @RequestParam String username,
      @RequestParam String displayName,
      @RequestParam(required = false) String email,
      @RequestParam Role role,
      @RequestParam(required = false) String scopeUnitCode,
      @RequestParam(required = false) Long scopeOrganizationId,
      Model model,
      RedirectAttributes redirect) {
    try {
      AccountService.Created created =
          accounts.create(
              actor,
              new UserCommand(
                  username, displayName, email, role, scopeUnitCode, scopeOrganizationId, null));
      redirect.addFlashAttribute("createdUser", created.user().username());
      redirect.addFlashAttribute("createdPassword", created.password());
      return "redirect:/admin/users";
    } catch (BusinessRuleViolation e) {
      model.addAttribute("problem", e.code());
      model.addAttribute("problemArgs", e.args());
      return users(actor, model);
    }
  }

  @PostMapping("/admin/users/{id}/reset-password")
  String reset(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
    String password = accounts.resetPassword(actor, id);
    redirect.addFlashAttribute("createdUser", accounts.view(id).orElseThrow().username());
    redirect.addFlashAttribute("createdPassword", password);
    return "redirect:/admin/users";
  }

  @PostMapping("/admin/users/{id}/unlock")
  String unlock(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
    accounts.unlock(actor, id);
    redirect.addFlashAttribute("notice", "account.unlocked");
    return "redirect:/admin/users";
  }

  @PostMapping("/admin/users/{id}/sessions/end")
  String endSessions(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
    int ended = accounts.endSessions(actor, id);
    redirect.addFlashAttribute("endedSessions", ended);
    redirect.addFlashAttribute("endedUser", accounts.view(id).orElseThrow().username());
    return "redirect:/admin/users";
  }

  @PostMapping("/admin/users/{id}/enabled")
  String enabled(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam boolean enabled,
      RedirectAttributes redirect) {
    try {
      accounts.setEnabled(actor, id, enabled);
      redirect.addFlashAttribute("notice", enabled ? "account.enabled" : "account.disabled");
    } catch (BusinessRuleViolation e) {
      redirect.addFlashAttribute("problem", e.code());
    }
    return "redirect:/admin/users";
  }
}
