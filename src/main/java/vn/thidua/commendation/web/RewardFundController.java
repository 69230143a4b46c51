package vn.thidua.commendation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.commendation.domain.RewardFund;
import vn.thidua.kernel.ActionOutcome;
import vn.thidua.organization.Actor;

/** The reward fund page of a level and year. */
@Controller
class RewardFundController {

  private final RewardFund funds;
  private final java.time.Clock clock;

  RewardFundController(RewardFund funds, java.time.Clock clock) {
    this.clock = clock;
    this.funds = funds;
  }

  @GetMapping("/rewards")
  String page(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Integer year,
      Model model) {
    String u =
        unit == null ? NominationController.unitOf(actor.grants().getFirst().scopePath()) : unit;
    int y =
        year == null
            ? LocalDate.now(clock.withZone(vn.thidua.kernel.VietnameseDates.ZONE)).getYear()
            : year;
    model.addAttribute("s", funds.summary(actor, u, y));
    return "commendation/rewards";
  }

  @PostMapping("/rewards")
  String set(
      @AuthenticationPrincipal Actor actor,
      @RequestParam String unit,
      @RequestParam int year,
      @RequestParam BigDecimal amount,
      RedirectAttributes redirect) {
    ActionOutcome.of("fund.saved", () -> funds.set(actor, unit, year, amount))
        .flash(redirect::addFlashAttribute);
    return "redirect:/rewards?unit=" + unit + "&year=" + year;
  }
}
