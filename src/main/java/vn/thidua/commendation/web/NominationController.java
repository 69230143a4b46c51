package vn.thidua.commendation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
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
import vn.thidua.commendation.NominationCommand;
import vn.thidua.commendation.NominationView;
import vn.thidua.commendation.domain.FormRules;
import vn.thidua.commendation.domain.NominationDocuments;
import vn.thidua.commendation.domain.NominationService;
import vn.thidua.kernel.ActionOutcome;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.organization.Actor;

/**
 * Nomination pages: the list of a level, the proposal form, and one nomination with the actions its
 * state and the user's role allow (dossier, submit, receive, return, appraise, notice, agenda,
 * ballot, decide, forward, revoke) and the downloads.
 */
@Controller
class NominationController {

  private final NominationService nominations;
  private final NominationDocuments documents;
  private final vn.thidua.commendation.domain.RewardFund funds;
  private final vn.thidua.commendation.domain.CertificateService certificates;
  private final vn.thidua.commendation.domain.NominationEligibility eligibility;

  NominationController(
      vn.thidua.commendation.domain.NominationEligibility eligibility,
      NominationService nominations,
      NominationDocuments documents,
      vn.thidua.commendation.domain.RewardFund funds,
      vn.thidua.commendation.domain.CertificateService certificates) {
    this.certificates = certificates;
    this.eligibility = eligibility;
    this.nominations = nominations;
    this.documents = documents;
    this.funds = funds;
  }

  @GetMapping("/nominations")
  String list(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Integer year,
      Model model) {
    String u = unit == null ? unitOf(actor.grants().getFirst().scopePath()) : unit;
    model.addAttribute("unit", u);
    model.addAttribute("year", year);
    model.addAttribute("items", u == null ? List.of() : nominations.list(actor, u, year));
    return "commendation/nominations";
  }

  @GetMapping("/nominations/new")
  String form(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) Long organization,
      @RequestParam(required = false) Long person,
      Model model) {
    formModel(model, person, organization);
    return "commendation/nomination-form";
  }

  private void formModel(Model model, Long person, Long organization) {
    model.addAttribute("forms", FormRules.codes().stream().sorted().toList());
    model.addAttribute("organization", organization);
    model.addAttribute("person", person);
    model.addAttribute(
        "subjectLabel",
        person == null && organization == null
            ? null
            : nominations.subjectLabel(person, organization).orElse(null));
    model.addAttribute("plans", nominations.plans());
  }

  @PostMapping("/nominations/new")
  String propose(
      @AuthenticationPrincipal Actor actor,
      @RequestParam String award,
      @RequestParam String occasion,
      @RequestParam Integer year,
      @RequestParam String subjectKind,
      @RequestParam(required = false) Long personId,
      @RequestParam(required = false) Long organizationId,
      @RequestParam(required = false, defaultValue = "") String achievement,
      @RequestParam(required = false) Long movementId,
      Model model,
      RedirectAttributes redirect) {
    try {
      NominationView n =
          nominations.propose(
              actor,
              new NominationCommand(
                  award,
                  occasion,
                  year,
                  movementId,
                  subjectKind,
                  "INDIVIDUAL".equals(subjectKind) ? personId : null,
                  organizationId,
                  achievement,
                  null));
      redirect.addFlashAttribute("notice", "nomination.proposed");
      return "redirect:/nominations/" + n.id();
    } catch (BusinessRuleViolation e) {
      model.addAttribute("problem", e.code());
      model.addAttribute("problemArgs", e.args());
      formModel(model, personId, organizationId);
      return "commendation/nomination-form";
    }
  }

  @GetMapping("/nominations/{id}")
  String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
    NominationView n = nominations.view(actor, id);
    model.addAttribute("n", n);
    model.addAttribute("dossier", nominations.requirements(n));
    model.addAttribute("history", nominations.history(actor, id));
    model.addAttribute("comments", nominations.comments(id));
    model.addAttribute("canAuthor", nominations.mayAuthor(actor, n));
    model.addAttribute("canOffice", nominations.mayOffice(actor, n));
    model.addAttribute("canLead", nominations.mayLead(actor, n));
    model.addAttribute("canVote", nominations.mayVote(actor, n));
    model.addAttribute("decidesHere", nominations.decidesHere(n));
    model.addAttribute("decidable", nominations.decidable(n));
    model.addAttribute("eligibility", eligibility.judge(actor, id).answer());
    if (nominations.decidable(n) && nominations.decidesHere(n)) {
      LocalDate today = LocalDate.now();
      java.math.BigDecimal bonus =
          FormRules.bonus(
              FormRules.of(n.award()).orElseThrow(), "COLLECTIVE".equals(n.subjectKind()), today);
      java.math.BigDecimal over = funds.overrun(n.levelUnitCode(), today.getYear(), bonus);
      if (over != null) {
        model.addAttribute(
            "fundWarning",
            new Object[] {
              vn.thidua.kernel.VietnameseNumbers.format(bonus),
              today.getYear(),
              vn.thidua.kernel.VietnameseNumbers.format(over)
            });
      }
    }
    model.addAttribute("today", LocalDate.now());
    return "commendation/nomination";
  }

  private static String act(RedirectAttributes redirect, long id, String notice, Runnable action) {
    ActionOutcome.of(notice, action).flash(redirect::addFlashAttribute);
    return "redirect:/nominations/" + id;
  }

  @PostMapping("/nominations/{id}/generate")
  String generate(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
    return act(redirect, id, "nomination.generated", () -> documents.generate(actor, id));
  }

  @PostMapping("/nominations/{id}/upload")
  String upload(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam String docCode,
      @RequestParam("file") MultipartFile file,
      RedirectAttributes redirect) {
    if (file.getSize() > NominationService.MAX_FILE_BYTES) {
      redirect.addFlashAttribute("problem", "error.file-too-large");
      redirect.addFlashAttribute("problemArgs", new Object[] {10});
      return "redirect:/nominations/" + id;
    }
    return act(
        redirect,
        id,
        "nomination.uploaded",
        () -> {
          try {
            nominations.upload(
                actor,
                id,
                docCode,
                file.getOriginalFilename(),
                file.getContentType(),
                file.getBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @GetMapping("/nominations/{id}/documents/{documentId}")
  ResponseEntity<byte[]> document(
      @AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long documentId) {
    NominationService.File f = nominations.document(actor, id, documentId);
    return NominationApiController.download(
        f.content(), MediaType.parseMediaType(f.contentType()), f.fileName());
  }

  @GetMapping("/nominations/{id}/certificate.pdf")
  ResponseEntity<byte[]> certificate(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return NominationApiController.download(
        certificates.pdf(actor, id), MediaType.APPLICATION_PDF, "giay-chung-nhan-" + id + ".pdf");
  }

  @GetMapping("/nominations/{id}/decision.docx")
  ResponseEntity<byte[]> decision(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
    return NominationApiController.download(
        documents.decision(actor, id), NominationApiController.DOCX, "quyet-dinh-" + id + ".docx");
  }

  @PostMapping("/nominations/{id}/action")
  String action(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @RequestParam String action,
      @RequestParam long version,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) Integer days,
      @RequestParam(required = false) Long sessionId,
      @RequestParam(required = false) Integer inFavour,
      @RequestParam(required = false) Integer against,
      @RequestParam(required = false) Integer abstain,
      @RequestParam(required = false) String number,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(required = false) String signer,
      @RequestParam(required = false) String signerTitle,
      RedirectAttributes redirect) {
    Runnable r =
        switch (action) {
          case "submit" -> () -> nominations.submit(actor, id, version);
          case "receive" -> () -> nominations.receive(actor, id, version);
          case "return" -> () -> nominations.giveBack(actor, id, version, reason);
          case "appraise" -> () -> nominations.appraise(actor, id, version, reason);
          case "notice" -> () -> nominations.notice(actor, id, version, days == null ? 0 : days);
          case "agenda" ->
              () -> nominations.agenda(actor, id, version, sessionId == null ? -1 : sessionId);
          case "ballot" ->
              () ->
                  nominations.ballot(
                      actor, id, version, zero(inFavour), zero(against), zero(abstain));
          case "decide" ->
              () -> nominations.decide(actor, id, version, number, date, signer, signerTitle);
          case "forward" -> () -> nominations.forward(actor, id, version);
          case "reject" -> () -> nominations.reject(actor, id, version, reason);
          case "revoke" -> () -> nominations.revoke(actor, id, version, reason);
          default -> throw new vn.thidua.kernel.NotFound("nomination.not-found");
        };
    ActionOutcome outcome = ActionOutcome.of("nomination.done." + action, r);
    outcome.flash(redirect::addFlashAttribute);
    if (outcome.done() && action.equals("forward")) {
      NominationView n = nominations.get(id);
      return "redirect:/nominations/" + n.id();
    }
    return "redirect:/nominations/" + id;
  }

  /** The administrative unit of a scope path: "/VN/31/10816/o1001/" → "10816". */
  static String unitOf(String scopePath) {
    String unit = null;
    for (String part : scopePath.split("/")) {
      if (!part.isEmpty() && !part.startsWith("o")) {
        unit = part;
      }
    }
    return unit;
  }

  private static int zero(Integer v) {
    return v == null ? 0 : v;
  }

  @PostMapping("/council-sessions")
  String session(
      @AuthenticationPrincipal Actor actor,
      @RequestParam String unitCode,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
      @RequestParam int members,
      @RequestParam int present,
      @RequestParam(required = false) String chair,
      @RequestParam(required = false) Long back,
      RedirectAttributes redirect) {
    NominationService.Session[] made = new NominationService.Session[1];
    ActionOutcome.of(
            "nomination.session-opened",
            () ->
                made[0] = nominations.openSession(actor, unitCode, heldOn, members, present, chair))
        .flash(redirect::addFlashAttribute);
    if (made[0] != null) {
      redirect.addFlashAttribute("sessionId", made[0].id());
    }
    return back == null
        ? "redirect:/nominations?unit=" + unitCode
        : "redirect:/nominations/" + back;
  }
}
