package vn.thidua.commendation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
import vn.thidua.commendation.domain.CertificateService;
import vn.thidua.commendation.domain.CouncilService;
import vn.thidua.commendation.domain.CouncilSessions;
import vn.thidua.commendation.domain.DecisionService;
import vn.thidua.commendation.domain.NominationDocuments;
import vn.thidua.commendation.domain.NominationEligibility;
import vn.thidua.commendation.domain.NominationService;
import vn.thidua.commendation.domain.NominationWorkflow;
import vn.thidua.commendation.domain.NoticeService;
import vn.thidua.commendation.domain.RewardFund;
import vn.thidua.kernel.ActionOutcome;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.VietnameseNumbers;
import vn.thidua.organization.Actor;
import vn.thidua.rulebook.FormRule;

/**
 * Nomination pages: the list of a level, the proposal form, and one nomination with the actions its
 * state, the rulebook and the user's role allow (dossier, submit, receive, return, appraise,
 * notice, agenda, ballot, decide, forward, revoke) and the downloads.
 */
@Controller
class NominationController {

  private final NominationService nominations;
  private final NominationDocuments documents;
  private final RewardFund funds;
  private final CertificateService certificates;
  private final NominationEligibility eligibility;
  private final CouncilSessions sessions;
  private final CouncilService councils;
  private final NoticeService notices;
  private final DecisionService decisions;
  private final vn.thidua.review.Rounds rounds;

  NominationController(
      NominationService nominations,
      NominationDocuments documents,
      RewardFund funds,
      CertificateService certificates,
      NominationEligibility eligibility,
      CouncilSessions sessions,
      CouncilService councils,
      NoticeService notices,
      DecisionService decisions,
      vn.thidua.review.Rounds rounds) {
    this.rounds = rounds;
    this.nominations = nominations;
    this.documents = documents;
    this.funds = funds;
    this.certificates = certificates;
    this.eligibility = eligibility;
    this.sessions = sessions;
    this.councils = councils;
    this.notices = notices;
    this.decisions = decisions;
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
      @RequestParam(required = false) Long round,
      Model model) {
    formModel(actor, model, person, organization, round);
    return "commendation/nomination-form";
  }

  private void formModel(Actor actor, Model model, Long person, Long organization) {
    formModel(actor, model, person, organization, null);
  }

  /** The form, inside a review round when one is named (its occasion, year and plan proposed). */
  private void formModel(Actor actor, Model model, Long person, Long organization, Long roundId) {
    model.addAttribute(
        "round",
        roundId == null
            ? null
            : rounds.terms(roundId).filter(r -> actor.reaches(r.path())).orElse(null));
    String kind = person != null ? null : organization != null ? "COLLECTIVE" : null;
    List<FormRule> forms =
        person == null && organization != null
            ? nominations.formsForOrganization(organization)
            : nominations.formsFor(kind);
    if (person != null) {
      forms =
          forms.stream().filter(f -> f.opensTo("INDIVIDUAL") || f.opensTo("HOUSEHOLD")).toList();
    }
    model.addAttribute("forms", forms);
    model.addAttribute("organization", organization);
    model.addAttribute("person", person);
    model.addAttribute(
        "subjectLabel",
        person == null && organization == null
            ? null
            : nominations.subjectLabel(actor, person, organization).orElse(null));
    model.addAttribute("plans", nominations.plans(actor));
    model.addAttribute("thisYear", nominations.today().getYear());
    model.addAttribute("fields", vn.thidua.oversight.Field.values());
  }

  /** "Hồ sơ chờ lựa chọn": what the user's body selects for the office (issue 13). */
  @GetMapping("/nominations/awaiting-selection")
  String awaitingSelection(@AuthenticationPrincipal Actor actor, Model model) {
    model.addAttribute("items", nominations.awaitingSelection(actor));
    return "commendation/awaiting-selection";
  }

  @PostMapping("/nominations/new")
  String propose(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String award,
      @RequestParam(required = false) String occasion,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String subjectKind,
      @RequestParam(required = false) Long personId,
      @RequestParam(required = false) Long organizationId,
      @RequestParam(required = false, defaultValue = "") String achievement,
      @RequestParam(required = false) Long movementId,
      @RequestParam(required = false) String field,
      @RequestParam(required = false) Long roundId,
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
                  "COLLECTIVE".equals(subjectKind) ? null : personId,
                  organizationId,
                  achievement,
                  null,
                  field,
                  roundId));
      redirect.addFlashAttribute("notice", "nomination.proposed");
      return "redirect:/nominations/" + n.id();
    } catch (BusinessRuleViolation e) {
      // Every error at once, each beside its field (issue 12).
      model.addAllAttributes(vn.thidua.kernel.FieldChecks.attributes(e));
      // What was typed comes back as typed.
      java.util.Map<String, String> typed = new java.util.HashMap<>();
      typed.put("award", award);
      typed.put("occasion", occasion);
      typed.put("year", year == null ? null : year.toString());
      typed.put("subjectKind", subjectKind);
      typed.put("movementId", movementId == null ? null : movementId.toString());
      typed.put("field", field);
      typed.put("achievement", achievement);
      model.addAttribute("typed", typed);
      formModel(actor, model, personId, organizationId, roundId);
      return "commendation/nomination-form";
    }
  }

  @GetMapping("/nominations/{id}")
  String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
    NominationView n = nominations.view(actor, id);
    FormRule form = nominations.form(n);
    model.addAttribute("n", n);
    model.addAttribute("form", form);
    model.addAttribute("dossier", nominations.requirements(n));
    model.addAttribute("history", nominations.history(actor, id));
    model.addAttribute("comments", notices.comments(actor, n));
    model.addAttribute("canAuthor", nominations.mayAuthor(actor, n));
    model.addAttribute("canOffice", nominations.mayOffice(actor, n));
    model.addAttribute("canLead", nominations.mayLead(actor, n));
    model.addAttribute("canVote", nominations.mayVote(actor, n));
    model.addAttribute("conflicted", nominations.conflicted(actor, n));
    model.addAttribute("canSelect", nominations.maySelect(actor, n));
    model.addAttribute("field", nominations.fieldOf(n));
    model.addAttribute("selectionLead", nominations.selectionLead(n));
    model.addAttribute("authority", nominations.authorityHere(n));
    model.addAttribute("councilHere", nominations.councilHere(n));
    model.addAttribute("noticeHere", nominations.noticeHere(n));
    model.addAttribute("noticeDays", notices.requiredDays(n));
    model.addAttribute("ready", decisions.ready(n));
    model.addAttribute(
        "actions", NominationWorkflow.TABLE.actions(n.status()).stream().map(Enum::name).toList());
    model.addAttribute("uploadable", NominationService.UPLOADABLE);
    model.addAttribute(
        "sessions",
        nominations.councilHere(n)
            ? sessions.ofLevel(n.levelUnitCode(), n.levelOrganizationId())
            : List.of());
    NominationEligibility.Judgement j = eligibility.judge(actor, id);
    model.addAttribute("judgement", j);
    model.addAttribute("eligibility", j.answer());
    LocalDate today = nominations.today();
    if (decisions.ready(n) && nominations.authorityHere(n) != null) {
      DecisionService.Money money = decisions.money(n, form, today);
      model.addAttribute("money", money);
      BigDecimal over =
          funds.overrun(n.levelUnitCode(), today.getYear(), BigDecimal.valueOf(money.paid()));
      if (over != null) {
        model.addAttribute(
            "fundWarning",
            new Object[] {
              VietnameseNumbers.format(BigDecimal.valueOf(money.paid())),
              today.getYear(),
              VietnameseNumbers.format(over)
            });
      }
    }
    model.addAttribute("today", today);
    model.addAttribute("decisionFloor", decisions.earliestDecisionDate(n));
    model.addAttribute(
        "fileMaxBytes", vn.thidua.commendation.domain.NominationService.MAX_FILE_BYTES);
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

  @PostMapping("/nominations/{id}/documents/{documentId}/remove")
  String removeDocument(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable long documentId,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        "nomination.document-removed",
        () -> nominations.removeDocument(actor, id, documentId));
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

  @PostMapping("/nominations/{id}/comments/{commentId}")
  String moderate(
      @AuthenticationPrincipal Actor actor,
      @PathVariable long id,
      @PathVariable long commentId,
      @RequestParam boolean approve,
      RedirectAttributes redirect) {
    return act(
        redirect,
        id,
        approve ? "nomination.comment-approved" : "nomination.comment-rejected",
        () -> notices.moderate(actor, id, commentId, approve));
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
      @RequestParam(required = false) Boolean acknowledged,
      RedirectAttributes redirect) {
    Runnable r =
        switch (action) {
          case "submit" -> () -> nominations.submit(actor, id, version);
          case "receive" -> () -> nominations.receive(actor, id, version);
          case "select" -> () -> nominations.select(actor, id, version, reason);
          case "not-selected" -> () -> nominations.notSelected(actor, id, version, reason);
          case "return" -> () -> nominations.giveBack(actor, id, version, reason);
          case "appraise" -> () -> nominations.appraise(actor, id, version, reason);
          case "notice" -> () -> notices.notice(actor, id, version, days);
          case "agenda" -> () -> councils.agenda(actor, id, version, sessionId);
          case "ballot" -> () -> councils.ballot(actor, id, version, inFavour, against, abstain);
          case "decide" ->
              () ->
                  decisions.decide(
                      actor,
                      id,
                      version,
                      new DecisionService.DecisionCommand(
                          number, date, signer, signerTitle, acknowledged));
          case "forward" -> () -> decisions.forward(actor, id, version);
          case "reject" -> () -> nominations.reject(actor, id, version, reason);
          case "revoke" -> () -> decisions.revoke(actor, id, version, reason);
          default -> throw new vn.thidua.kernel.NotFound("nomination.not-found");
        };
    if ("decide".equals(action)) {
      // A refused decision names its field beside it and keeps what was typed (issue 12).
      Runnable decide = r;
      r =
          () -> {
            try {
              decide.run();
            } catch (BusinessRuleViolation e) {
              if (e.field() != null) {
                redirect.addFlashAttribute("problemField", e.field());
                redirect.addFlashAttribute(
                    "decisionTyped",
                    java.util.Map.of(
                        "number", number == null ? "" : number,
                        "date", date == null ? "" : date.toString(),
                        "signer", signer == null ? "" : signer,
                        "signerTitle", signerTitle == null ? "" : signerTitle));
              }
              throw e;
            }
          };
    }
    ActionOutcome outcome = ActionOutcome.of("nomination.done." + action, r);
    outcome.flash(redirect::addFlashAttribute);
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

  @PostMapping("/council-sessions")
  String session(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String unitCode,
      @RequestParam(required = false) Long organizationId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate heldOn,
      @RequestParam(required = false) Integer members,
      @RequestParam(required = false) Integer present,
      @RequestParam(required = false) String chair,
      @RequestParam(required = false) Long back,
      RedirectAttributes redirect) {
    CouncilSessions.Session[] made = new CouncilSessions.Session[1];
    ActionOutcome.of(
            "nomination.session-opened",
            () ->
                made[0] =
                    sessions.open(actor, unitCode, organizationId, heldOn, members, present, chair))
        .flash(redirect::addFlashAttribute);
    if (made[0] != null) {
      redirect.addFlashAttribute("sessionId", made[0].id());
    }
    return back == null
        ? "redirect:/nominations?unit=" + unitCode
        : "redirect:/nominations/" + back;
  }
}
