package vn.thidua.commendation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.commendation.domain.RewardFund;
import vn.thidua.document.Spreadsheets;
import vn.thidua.organization.Actor;

/** The reward fund of a level and year over the API, and its .xlsx. */
@RestController
@Tag(name = "Quỹ thi đua, khen thưởng")
class RewardFundApiController {

  private final RewardFund funds;
  private final MessageSource messages;

  RewardFundApiController(RewardFund funds, MessageSource messages) {
    this.funds = funds;
    this.messages = messages;
  }

  @GetMapping("/api/v1/reward-funds/{unit}/{year}")
  @Operation(summary = "Quỹ thi đua, khen thưởng của một cấp trong năm: mức quỹ, đã chi, còn lại")
  RewardFund.Summary get(
      @AuthenticationPrincipal Actor actor, @PathVariable String unit, @PathVariable int year) {
    return funds.summary(actor, unit, year);
  }

  @PutMapping("/api/v1/reward-funds/{unit}/{year}")
  @Operation(summary = "Đặt mức quỹ thi đua, khen thưởng của một cấp trong năm")
  RewardFund.Summary put(
      @AuthenticationPrincipal Actor actor,
      @PathVariable String unit,
      @PathVariable int year,
      @RequestParam BigDecimal amount) {
    return funds.set(actor, unit, year, amount);
  }

  @GetMapping("/api/v1/reward-funds/{unit}/{year}.xlsx")
  @Operation(summary = "Tiền thưởng theo từng quyết định trong năm, dạng .xlsx")
  ResponseEntity<byte[]> xlsx(
      @AuthenticationPrincipal Actor actor, @PathVariable String unit, @PathVariable int year) {
    RewardFund.Summary s = funds.summary(actor, unit, year);
    java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
    List<List<Object>> rows = new ArrayList<>();
    for (Map<String, Object> d : s.decisions()) {
      rows.add(
          List.of(
              d.get("decision_number"),
              ((java.sql.Date) d.get("decision_date")).toLocalDate(),
              d.get("awards"),
              d.get("total")));
    }
    rows.add(
        new ArrayList<>(
            java.util.Arrays.asList(
                messages.getMessage("fund.total", null, vi), null, null, s.awarded())));
    if (s.fund() != null) {
      rows.add(
          new ArrayList<>(
              java.util.Arrays.asList(
                  messages.getMessage("fund.amount", null, vi), null, null, s.fund())));
    }
    byte[] body =
        Spreadsheets.write(
            messages.getMessage("fund.sheet", null, vi),
            List.of(
                messages.getMessage("fund.col.decision", null, vi),
                messages.getMessage("fund.col.date", null, vi),
                messages.getMessage("fund.col.awards", null, vi),
                messages.getMessage("fund.col.total", null, vi)),
            rows,
            List.of());
    return NominationApiController.download(
        body,
        MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "quy-khen-thuong-" + unit + "-" + year + ".xlsx");
  }
}
