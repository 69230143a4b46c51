package vn.thidua.commendation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.commendation.NominationView;
import vn.thidua.commendation.domain.NominationService;
import vn.thidua.kernel.ActionOutcome;

/**
 * Public pages, no sign-in: the lists on public notice (name, unit and form only, as the notice
 * requires) with a comment form, and the verification of a certificate by its code (the QR code
 * opens it): awardee, form, decision and whether it stands or was revoked.
 */
@Controller
class PublicCommendationController {

  private final NominationService nominations;
  private final vn.thidua.commendation.domain.NoticeService notices;

  PublicCommendationController(
      NominationService nominations, vn.thidua.commendation.domain.NoticeService notices) {
    this.nominations = nominations;
    this.notices = notices;
  }

  @GetMapping("/portal/notices")
  String notices(Model model) {
    model.addAttribute("items", nominations.onNotice());
    model.addAttribute("maxComment", vn.thidua.commendation.domain.NoticeService.MAX_COMMENT);
    return "commendation/public-notices";
  }

  @PostMapping("/portal/notices/{id}/comments")
  String comment(
      @PathVariable long id,
      @RequestParam(required = false) String author,
      @RequestParam(required = false) String text,
      jakarta.servlet.http.HttpServletRequest request,
      RedirectAttributes redirect) {
    ActionOutcome.of(
            "nomination.comment-saved",
            () -> notices.comment(id, author, text, request.getRemoteAddr()))
        .flash(redirect::addFlashAttribute);
    return "redirect:/portal/notices";
  }

  @GetMapping("/portal/verify/{code}")
  String verify(@PathVariable String code, Model model) {
    NominationView n = nominations.byCertificate(code).orElse(null);
    model.addAttribute("n", n);
    model.addAttribute("code", code);
    return "commendation/verify";
  }
}
