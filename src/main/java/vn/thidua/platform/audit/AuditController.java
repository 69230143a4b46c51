package vn.thidua.platform.audit;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.kernel.PageResult;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Permission;

/** The administrator's view of the audit log and the chain check. */
@Controller
class AuditController {

  private final AuditLog log;

  AuditController(AuditLog log) {
    this.log = log;
  }

  static void require(Actor actor) {
    if (actor == null || !actor.may(Permission.VIEW_AUDIT)) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  @GetMapping("/admin/audit")
  String list(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String actorName,
      @RequestParam(required = false) String entityType,
      @RequestParam(required = false) String entityId,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    require(actor);
    model.addAttribute("entries", log.page(actorName, entityType, entityId, Math.max(0, page), 50));
    model.addAttribute("actorName", actorName);
    model.addAttribute("entityType", entityType);
    model.addAttribute("entityId", entityId);
    return "audit/list";
  }

  @PostMapping("/admin/audit/verify")
  String verify(@AuthenticationPrincipal Actor actor, Model model) {
    require(actor);
    model.addAttribute("verification", log.verify());
    PageResult<AuditLog.Entry> entries = log.page(null, null, null, 0, 50);
    model.addAttribute("entries", entries);
    return "audit/list";
  }
}
