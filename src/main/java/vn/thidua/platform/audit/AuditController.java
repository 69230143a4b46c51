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
  private final vn.thidua.platform.web.Messages messages;

  AuditController(AuditLog log, vn.thidua.platform.web.Messages messages) {
    this.log = log;
    this.messages = messages;
  }

  /** The kinds of records the log names, as a person calls them (the filter's choices). */
  static final java.util.List<String> ENTITY_TYPES =
      java.util.List.of(
          "movement",
          "registration",
          "report",
          "nomination",
          "council_session",
          "initiative",
          "initiative_council",
          "exemplary_model",
          "inspection",
          "oversight_task",
          "organization",
          "person",
          "user_account",
          "emulation_block",
          "emulation_body",
          "emulation_officer",
          "reward_fund",
          "score_sheet",
          "score_criterion",
          "score_entry");

  /** One line of the log as a person reads it: no action code, table name or JSON. */
  record Line(
      long id,
      java.time.ZonedDateTime localTime,
      String actor,
      String action,
      String entity,
      String entityType,
      String entityId,
      boolean data) {}

  private Line line(AuditLog.Entry e) {
    String actor = "system".equals(e.actor()) ? messages.get("audit.system") : e.actor();
    return new Line(
        e.id(),
        e.localTime(),
        actor,
        actionName(e.action()),
        entityName(e.entityType()),
        e.entityType(),
        e.entityId(),
        e.before() != null || e.after() != null);
  }

  /**
   * "nomination.submit" reads as the step's own name ({@code nomination.action.SUBMIT}); the other
   * actions have their own label ({@code audit.do.person.create}); an unknown one a plain "Thay
   * đổi".
   */
  String actionName(String action) {
    String own = messages.get("audit.do." + action);
    if (!own.equals("audit.do." + action)) {
      return own;
    }
    int dot = action.lastIndexOf('.');
    if (dot > 0) {
      String prefix = action.substring(0, dot).replace("oversight_task", "task");
      String step =
          prefix + ".action." + action.substring(dot + 1).toUpperCase(java.util.Locale.ROOT);
      String text = messages.get(step);
      if (!text.equals(step)) {
        return text;
      }
    }
    return messages.get("audit.do.other");
  }

  String entityName(String type) {
    String text = messages.get("audit.entity." + type);
    return text.equals("audit.entity." + type) ? messages.get("audit.entity.other") : text;
  }

  private void lines(Model model, PageResult<AuditLog.Entry> entries) {
    model.addAttribute("entries", entries);
    model.addAttribute("lines", entries.items().stream().map(this::line).toList());
    model.addAttribute(
        "entityTypes",
        ENTITY_TYPES.stream().map(t -> java.util.Map.entry(t, entityName(t))).toList());
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
    lines(model, log.page(actorName, entityType, entityId, Math.max(0, page), 50));
    model.addAttribute("actorName", actorName);
    model.addAttribute("entityType", entityType);
    model.addAttribute("entityId", entityId);
    return "audit/list";
  }

  @PostMapping("/admin/audit/verify")
  String verify(@AuthenticationPrincipal Actor actor, Model model) {
    require(actor);
    model.addAttribute("verification", log.verify());
    lines(model, log.page(null, null, null, 0, 50));
    return "audit/list";
  }
}
