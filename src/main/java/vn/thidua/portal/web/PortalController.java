package vn.thidua.portal.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.commendation.Honours;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.PageResult;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.Plans;

/**
 * The public portal (no sign-in): home, issued plans by level and place with their phases,
 * deadlines and cascade, honour lists by level and year searchable without diacritics, recognised
 * initiatives, and the certificate-code box. Shows only what the documents themselves publish.
 */
@Controller
class PortalController {

  static final MediaType DOCX =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final Plans plans;
  private final vn.thidua.news.NewsArticles news;
  private final PortalReads reads;

  /** Decisions shown on one page of the honour lists. */
  static final int DECISIONS_PER_PAGE = 20;

  PortalController(Plans plans, vn.thidua.news.NewsArticles news, PortalReads reads) {
    this.plans = plans;
    this.news = news;
    this.reads = reads;
  }

  @GetMapping("/portal")
  String home(Model model) {
    List<MovementView> issued = issuedPlans();
    model.addAttribute("plans", issued.stream().limit(8).toList());
    model.addAttribute("planCount", issued.size());
    model.addAttribute("honours", reads.decided().stream().limit(8).toList());
    model.addAttribute("initiatives", reads.recognised().stream().limit(5).toList());
    model.addAttribute("news", news.published(null, null, 6));
    return "portal/home";
  }

  /** The certificate-code box: to the verification page of the code. */
  @GetMapping("/portal/verify")
  String verifyBox(@RequestParam(required = false) String code) {
    String c = code == null ? "" : code.strip().replaceAll("[^A-Za-z0-9-]", "");
    // Without a code: the page where one is typed (or a QR code scanned, which opens the result).
    return c.isEmpty() ? "portal/verify-box" : "redirect:/portal/verify/" + c;
  }

  @GetMapping("/portal/plans")
  String plans(
      @RequestParam(required = false) String level,
      @RequestParam(required = false) String unit,
      Model model) {
    List<MovementView> all = issuedPlans();
    Map<String, String> places = new LinkedHashMap<>();
    all.stream()
        .sorted(Comparator.comparing(MovementView::level).thenComparing(MovementView::unitCode))
        .forEach(m -> places.putIfAbsent(m.unitCode(), m.unitName()));
    String lv = blankToNull(level);
    String u = blankToNull(unit);
    model.addAttribute(
        "plans",
        all.stream()
            .filter(m -> lv == null || m.level().name().equals(lv))
            .filter(m -> u == null || m.unitCode().equals(u))
            .toList());
    model.addAttribute("places", places);
    model.addAttribute("level", lv);
    model.addAttribute("unit", u);
    return "portal/plans";
  }

  @GetMapping("/portal/plans/{id}")
  String plan(@PathVariable long id, Model model) {
    MovementView m = issuedPlan(id);
    PlanDocument doc = plans.currentDocument(id);
    model.addAttribute("m", m);
    model.addAttribute("doc", doc);
    model.addAttribute(
        "parent",
        m.parentId() == null
            ? null
            : issuedPlans().stream().filter(p -> p.id() == m.parentId()).findFirst().orElse(null));
    model.addAttribute(
        "below",
        plans.derived(id).stream()
            .filter(c -> c.status() == MovementView.Status.ISSUED)
            .sorted(Comparator.comparing(MovementView::unitName))
            .toList());
    return "portal/plan";
  }

  @GetMapping("/portal/plans/{id}/docx")
  ResponseEntity<byte[]> planDocx(@PathVariable long id) {
    MovementView m = issuedPlan(id);
    return ResponseEntity.ok()
        .contentType(DOCX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"ke-hoach-" + m.unitCode() + "-" + m.id() + ".docx\"")
        .body(plans.docx(id));
  }

  @GetMapping("/portal/plans/{id}/pdf")
  ResponseEntity<byte[]> planPdf(@PathVariable long id) {
    MovementView m = issuedPlan(id);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"ke-hoach-" + m.unitCode() + "-" + m.id() + ".pdf\"")
        .body(reads.planPdf(id));
  }

  @GetMapping("/portal/honours")
  String honours(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String q,
      @RequestParam(required = false, defaultValue = "0") int page,
      Model model) {
    String u = blankToNull(unit);
    List<Honours.Honour> all = reads.decided();
    Map<String, String> levels = new LinkedHashMap<>();
    all.stream()
        .sorted(Comparator.comparing(Honours.Honour::levelUnitCode))
        .forEach(h -> levels.putIfAbsent(h.levelUnitCode(), h.levelUnitName()));
    String folded = q == null || q.isBlank() ? null : VietnameseText.fold(q);
    List<Honours.Honour> shown =
        all.stream()
            .filter(h -> u == null || h.levelUnitCode().equals(u))
            .filter(h -> year == null || h.decisionDate().getYear() == year)
            .filter(h ->
                folded == null || VietnameseText.fold(h.name() + " " + h.unit()).contains(folded))
            .toList();
    // One block per decision, in the order of the list (newest first).
    Map<String, List<Honours.Honour>> byDecision = new LinkedHashMap<>();
    for (Honours.Honour h : shown) {
      byDecision
          .computeIfAbsent(
              h.levelUnitCode() + "|" + h.decisionNumber() + "|" + h.decisionDate(),
              k -> new java.util.ArrayList<>())
          .add(h);
    }
    List<List<Honours.Honour>> blocks = List.copyOf(byDecision.values());
    int pages = Math.max(1, (blocks.size() + DECISIONS_PER_PAGE - 1) / DECISIONS_PER_PAGE);
    int p = Math.clamp(page, 0, pages - 1);
    model.addAttribute(
        "result",
        new PageResult<>(
            blocks.subList(
                p * DECISIONS_PER_PAGE, Math.min(blocks.size(), (p + 1) * DECISIONS_PER_PAGE)),
            p,
            DECISIONS_PER_PAGE,
            blocks.size()));
    model.addAttribute("count", shown.size());
    model.addAttribute("levels", levels);
    model.addAttribute("years", reads.years());
    model.addAttribute("unit", u);
    model.addAttribute("year", year);
    model.addAttribute("q", q);
    return "portal/honours";
  }

  @GetMapping("/portal/initiatives")
  String initiatives(@RequestParam(required = false) String q, Model model) {
    String folded = q == null || q.isBlank() ? null : VietnameseText.fold(q);
    model.addAttribute(
        "initiatives",
        reads.recognised().stream()
            .filter(i ->
                folded == null || VietnameseText.fold(i.title() + " " + i.unit()).contains(folded))
            .toList());
    model.addAttribute("q", q);
    return "portal/initiatives";
  }

  private List<MovementView> issuedPlans() {
    return reads.issuedPlans();
  }

  private MovementView issuedPlan(long id) {
    return issuedPlans().stream()
        .filter(m -> m.id() == id)
        .findFirst()
        .orElseThrow(() -> new NotFound("error.not-found"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static boolean same(Object a, Object b) {
    return Objects.equals(a, b);
  }
}
