package vn.thidua.oversight.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.kernel.ActionOutcome;
import vn.thidua.kernel.FileTooLarge;
import vn.thidua.movement.Plans;
import vn.thidua.organization.Actor;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.Permission;
import vn.thidua.oversight.RemarkView;
import vn.thidua.oversight.TaskView;
import vn.thidua.oversight.domain.ConcernService;
import vn.thidua.oversight.domain.OversightFiles;
import vn.thidua.oversight.domain.TaskService;
import vn.thidua.oversight.domain.WorkListService;

/**
 * Oversight pages of tasks: the work list, a plan's duties and remarks, a task with its report,
 * evidence and history, the overdue tasks per commune and body.
 */
@Controller
class TaskController {

  private final TaskService tasks;
  private final ConcernService concerns;
  private final WorkListService work;
  private final Plans plans;
  private final OrganizationDirectory organizations;

  TaskController(
      TaskService tasks,
      ConcernService concerns,
      WorkListService work,
      Plans plans,
      OrganizationDirectory organizations) {
    this.tasks = tasks;
    this.concerns = concerns;
    this.work = work;
    this.plans = plans;
    this.organizations = organizations;
  }

  @GetMapping("/oversight")
  String work(@AuthenticationPrincipal Actor actor, Model model) {
    model.addAttribute("work", work.of(actor));
    return "oversight/work";
  }

  @GetMapping("/oversight/plans/{id}")
  String plan(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      Model model) {
    var plan =
        plans
            .readable(actor, id)
            .orElseThrow(() -> new vn.thidua.kernel.NotFound("movement.not-found"));
    List<TaskView> list = tasks.ofPlan(actor, id, asOf);
    Map<String, List<TaskView>> byOwner = new LinkedHashMap<>();
    list.forEach(
        t -> byOwner.computeIfAbsent(t.ownerName(), k -> new java.util.ArrayList<>()).add(t));
    model.addAttribute("plan", plan);
    model.addAttribute("byOwner", byOwner);
    model.addAttribute("asOf", asOf == null ? tasks.today() : asOf);
    model.addAttribute("overdue", list.stream().filter(TaskView::overdue).count());
    model.addAttribute("remarks", concerns.remarks(actor, id));
    model.addAttribute("leads", tasks.leads(id));
    model.addAttribute("openConcerns", concerns.openOn(id));
    String path = plans.pathOf(id);
    model.addAttribute("canOversee", actor.may(Permission.OVERSEE, path));
    model.addAttribute(
        "canRemark",
        actor.scopesFor(Permission.SUPERVISE).stream()
            .anyMatch(s -> s.startsWith(path) || path.startsWith(s)));
    model.addAttribute(
        "canRaise", actor.may(Permission.RAISE_CONCERNS) || actor.may(Permission.SUPERVISE));
    model.addAttribute("subjects", RemarkView.Subject.values());
    return "oversight/plan";
  }

  /**
   * The plan's oversight figures as an htmx fragment, for the plan's cascade board: overdue tasks
   * and unanswered concerns of the plan and the plans below it that the actor oversees.
   */
  @GetMapping("/oversight/plans/{id}/summary")
  String summary(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
    plans
        .readable(actor, id)
        .orElseThrow(() -> new vn.thidua.kernel.NotFound("movement.not-found"));
    String path = plans.pathOf(id);
    model.addAttribute("planId", id);
    model.addAttribute(
        "overdue",
        tasks.overdue(actor, null).stream()
            .filter(t -> plans.pathOf(t.movementId()).startsWith(path))
            .count());
    model.addAttribute(
        "openConcerns",
        concerns.list(actor).stream()
            .filter(c -> c.open() && plans.pathOf(c.movementId()).startsWith(path))
            .count());
    return "oversight/summary :: summary";
  }

  @PostMapping("/oversight/plans/{id}/tasks")
  String generate(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
    ActionOutcome.of("oversight.tasks.generated", () -> tasks.generate(actor, id))
        .flash(redirect::addFlashAttribute);
    return "redirect:/oversight/plans/" + id;
  }

  @PostMapping("/oversight/plans/{id}/remarks")
  String remark(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam(required = false) RemarkView.Subject subject,
      @RequestParam(required = false) String subjectRef,
      @RequestParam(required = false) String text,
      RedirectAttributes redirect) {
    ActionOutcome.of(
            "oversight.remark.saved", () -> concerns.remark(actor, id, subject, subjectRef, text))
        .flash(redirect::addFlashAttribute);
    return "redirect:/oversight/plans/" + id;
  }

  @GetMapping("/oversight/tasks/{id}")
  String task(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
    TaskView t = tasks.view(actor, id);
    model.addAttribute("t", t);
    model.addAttribute("rights", tasks.rights(actor, id));
    model.addAttribute("history", tasks.history(actor, id));
    model.addAttribute("maxMegabytes", OversightFiles.MAX_BYTES / (1024 * 1024));
    TaskService.Rights rights = tasks.rights(actor, id);
    model.addAttribute(
        "owners",
        rights.oversee() && t.ownerOrganizationId() == null
            ? organizations.organizationsOf(t.unitCode())
            : List.of());
    model.addAttribute("fileMaxBytes", vn.thidua.oversight.domain.OversightFiles.MAX_BYTES);
    return "oversight/task";
  }

  @PostMapping("/oversight/tasks/{id}/report")
  String report(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false) String report,
      RedirectAttributes redirect) {
    return act(
        redirect, id, "oversight.task.reported", () -> tasks.report(actor, id, version, report));
  }

  @PostMapping("/oversight/tasks/{id}/close")
  String close(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      RedirectAttributes redirect) {
    return act(redirect, id, "oversight.task.closed-done", () -> tasks.close(actor, id, version));
  }

  @PostMapping("/oversight/tasks/{id}/return")
  String giveBack(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    return act(
        redirect, id, "oversight.task.returned", () -> tasks.giveBack(actor, id, version, reason));
  }

  @PostMapping("/oversight/tasks/{id}/due")
  String due(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate dueOn,
      RedirectAttributes redirect) {
    return act(
        redirect, id, "oversight.task.due-set", () -> tasks.setDue(actor, id, version, dueOn));
  }

  @PostMapping("/oversight/tasks/{id}/owner")
  String owner(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam long organizationId,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        "oversight.task.owner-set",
        () -> tasks.setOwner(actor, id, version, organizationId));
  }

  @PostMapping("/oversight/tasks/{id}/criteria")
  String criteria(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false) String heading,
      @RequestParam(required = false) String items,
      @RequestParam(required = false) String indicators,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        "oversight.task.criteria-published",
        () -> tasks.publishCriteria(actor, id, version, heading, items, indicators));
  }

  @PostMapping("/oversight/tasks/{id}/evidence")
  String evidence(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam("file") MultipartFile file,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        "oversight.file.attached",
        () ->
            tasks.attach(
                actor,
                id,
                file.getOriginalFilename(),
                file.getContentType(),
                OversightApiController.bytes(file)));
  }

  @GetMapping("/oversight/tasks/{id}/evidence/{fileId}")
  ResponseEntity<byte[]> file(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long fileId) {
    return OversightApiController.download(tasks.file(actor, id, fileId));
  }

  @GetMapping("/oversight/overdue")
  String overdue(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      Model model) {
    if (!actor.may(Permission.OVERSEE)) {
      throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
    }
    LocalDate day = asOf == null ? tasks.today() : asOf;
    model.addAttribute("asOf", day);
    model.addAttribute("tallies", tasks.tallies(actor, day));
    model.addAttribute("tasks", tasks.overdue(actor, day));
    model.addAttribute("concernCounts", concerns.counts(actor));
    return "oversight/overdue";
  }

  static String act(RedirectAttributes redirect, String target, String notice, Runnable action) {
    try {
      ActionOutcome.of(notice, action).flash(redirect::addFlashAttribute);
    } catch (FileTooLarge e) {
      redirect.addFlashAttribute("problem", "error.file-too-large");
      redirect.addFlashAttribute(
          "problemArgs", new Object[] {OversightFiles.MAX_BYTES / (1024 * 1024)});
    }
    return "redirect:" + target;
  }

  private static String act(RedirectAttributes redirect, long id, String notice, Runnable action) {
    return act(redirect, "/oversight/tasks/" + id, notice, action);
  }
}
