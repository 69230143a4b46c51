package vn.thidua.movement.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.PlanDocument.Award;
import vn.thidua.movement.PlanDocument.Criterion;
import vn.thidua.movement.PlanDocument.Deadline;
import vn.thidua.movement.PlanDocument.DeadlineKind;
import vn.thidua.movement.PlanDocument.Occasion;
import vn.thidua.movement.PlanDocument.ParticipantType;
import vn.thidua.movement.PlanDocument.Phase;
import vn.thidua.movement.PlanDocument.Responsibility;
import vn.thidua.movement.PlanDocument.Theme;
import vn.thidua.movement.plan.PlanParser;

/**
 * The draft editor: every field of the structured plan as a form field. Lists are text areas, one
 * entry per line, sub-items on lines starting with "- "; the parts without a field (sections) ride
 * along in {@code baseJson}.
 */
public class PlanDraftForm {

  /** Catalogue codes offered in the awards grid, in catalogue order. */
  public static final List<String> FORMS = vn.thidua.rulebook.AwardNames.planCodes();

  private String baseJson;
  private String unitCode;
  private Long organizationId;
  private Long parentId;
  private Long version;
  private String note;
  private String ref;
  private PlanDocument.DocumentType documentType = PlanDocument.DocumentType.PLAN;
  private Integer number;
  private String symbol;
  private String issuerParent;
  private String issuerName;
  private String place;
  private Integer year;
  private Integer month;
  private Integer day;
  private String title;
  private String movements = "";
  private Integer periodFrom;
  private Integer periodTo;
  private String legalBases = "";
  private String themes = "";
  private String criteria = "";
  private List<String> awards = new ArrayList<>();
  private List<PhaseRow> phases = new ArrayList<>();
  private List<DeadlineRow> deadlines = new ArrayList<>();
  private String responsibilities = "";
  private String recipients = "";
  private String indicators = "";
  private String signerName;
  private String signerTitle;
  private String signerOnBehalfOf;
  private String signerSigningFor;

  /** One phase row of the editor. */
  public static class PhaseRow {
    private Integer fromYear;
    private Integer toYear;
    private Occasion review;
    private Integer reviewYear;

    public Integer getFromYear() {
      return fromYear;
    }

    public void setFromYear(Integer fromYear) {
      this.fromYear = fromYear;
    }

    public Integer getToYear() {
      return toYear;
    }

    public void setToYear(Integer toYear) {
      this.toYear = toYear;
    }

    public Occasion getReview() {
      return review;
    }

    public void setReview(Occasion review) {
      this.review = review;
    }

    public Integer getReviewYear() {
      return reviewYear;
    }

    public void setReviewYear(Integer reviewYear) {
      this.reviewYear = reviewYear;
    }
  }

  /** One deadline row of the editor. */
  public static class DeadlineRow {
    private DeadlineKind kind;
    private Integer day;
    private Integer month;
    private Integer withinDays;
    private Integer byQuarter;
    private Integer byMonth;
    private Integer year;
    private String from;
    private String to;
    private String text;
    private String event;

    public String getEvent() {
      return event;
    }

    public void setEvent(String event) {
      this.event = event;
    }

    public DeadlineKind getKind() {
      return kind;
    }

    public void setKind(DeadlineKind kind) {
      this.kind = kind;
    }

    public Integer getDay() {
      return day;
    }

    public void setDay(Integer day) {
      this.day = day;
    }

    public Integer getMonth() {
      return month;
    }

    public void setMonth(Integer month) {
      this.month = month;
    }

    public Integer getWithinDays() {
      return withinDays;
    }

    public void setWithinDays(Integer withinDays) {
      this.withinDays = withinDays;
    }

    public Integer getByQuarter() {
      return byQuarter;
    }

    public void setByQuarter(Integer byQuarter) {
      this.byQuarter = byQuarter;
    }

    public Integer getByMonth() {
      return byMonth;
    }

    public void setByMonth(Integer byMonth) {
      this.byMonth = byMonth;
    }

    public Integer getYear() {
      return year;
    }

    public void setYear(Integer year) {
      this.year = year;
    }

    public String getFrom() {
      return from;
    }

    public void setFrom(String from) {
      this.from = from;
    }

    public String getTo() {
      return to;
    }

    public void setTo(String to) {
      this.to = to;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }
  }

  static PlanDraftForm of(PlanDocument d, ObjectMapper json) {
    PlanDraftForm f = new PlanDraftForm();
    f.baseJson = json.writeValueAsString(d);
    f.documentType = d.documentType();
    f.number = d.number();
    f.symbol = d.symbol();
    f.issuerParent = d.issuer() == null ? null : d.issuer().parent();
    f.issuerName = d.issuer() == null ? null : d.issuer().name();
    f.place = d.place();
    if (d.issuedOn() != null) {
      f.year = d.issuedOn().year();
      f.month = d.issuedOn().month();
      f.day = d.issuedOn().day();
    }
    f.title = d.title();
    f.movements = String.join("\n", d.movements());
    if (d.period() != null) {
      f.periodFrom = d.period().fromYear();
      f.periodTo = d.period().toYear();
    }
    List<String> bases = new ArrayList<>();
    d.legalBases().forEach(b -> bases.add(b.text()));
    f.legalBases = String.join("\n", bases);
    StringBuilder t = new StringBuilder();
    for (Theme theme : d.themes()) {
      t.append(theme.title()).append('\n');
      theme.items().forEach(i -> t.append("- ").append(i).append('\n'));
    }
    f.themes = t.toString().strip();
    StringBuilder c = new StringBuilder();
    for (Criterion criterion : d.criteria()) {
      c.append('[')
          .append(GROUPS.get(criterion.participantType()))
          .append("] ")
          .append(criterion.heading())
          .append('\n');
      criterion.items().forEach(i -> c.append("- ").append(i).append('\n'));
    }
    f.criteria = c.toString().strip();
    for (Award a : d.awards()) {
      if (a.forms().isEmpty()) {
        f.awards.add(a.occasion() + ":");
      }
      a.forms().forEach(form -> f.awards.add(a.occasion() + ":" + form));
    }
    for (Phase p : d.phases()) {
      PhaseRow row = new PhaseRow();
      row.fromYear = p.fromYear();
      row.toYear = p.toYear();
      row.review = p.review();
      row.reviewYear = p.reviewYear();
      f.phases.add(row);
    }
    for (Deadline dl : d.deadlines()) {
      DeadlineRow row = new DeadlineRow();
      row.kind = dl.kind();
      row.day = dl.day();
      row.month = dl.month();
      row.withinDays = dl.withinDays();
      row.byQuarter = dl.byQuarter();
      row.byMonth = dl.byMonth();
      row.year = dl.year();
      row.from = dl.from();
      row.to = dl.to();
      row.text = dl.text();
      row.event = dl.event();
      f.deadlines.add(row);
    }
    StringBuilder r = new StringBuilder();
    for (Responsibility resp : d.responsibilities()) {
      r.append(resp.body()).append('\n');
      resp.tasks().forEach(i -> r.append("- ").append(i).append('\n'));
    }
    f.responsibilities = r.toString().strip();
    f.recipients = String.join("\n", d.recipients());
    StringBuilder ind = new StringBuilder();
    for (PlanDocument.Indicator i : d.indicators()) {
      ind.append(i.name())
          .append(" | ")
          .append(i.unit() == null ? "" : i.unit())
          .append(" | ")
          .append(i.direction() == PlanDocument.Direction.DECREASE ? "giảm" : "tăng")
          .append(" | ");
      List<String> targets = new ArrayList<>();
      i.targets()
          .forEach((y, v) -> targets.add(y + "=" + vn.thidua.kernel.VietnameseNumbers.format(v)));
      ind.append(String.join("; ", targets));
      String said = i.source() == null ? null : SOURCE_WORDS.get(i.source());
      if (i.theme() != null || said != null) {
        ind.append(" | ").append(i.theme() == null ? "" : i.theme());
      }
      if (said != null) {
        ind.append(" | ").append(said);
      }
      ind.append('\n');
    }
    f.indicators = ind.toString().strip();
    if (d.signer() != null) {
      f.signerName = d.signer().name();
      f.signerTitle = d.signer().title();
      f.signerOnBehalfOf = d.signer().onBehalfOf();
      f.signerSigningFor = d.signer().signingFor();
    }
    f.padRows();
    return f;
  }

  /** Blank rows so that a phase or a deadline can be added without JavaScript. */
  void padRows() {
    int phaseRows = Math.max(3, phases.size() + 1);
    while (phases.size() < phaseRows) {
      phases.add(new PhaseRow());
    }
    int deadlineRows = Math.max(4, deadlines.size() + 1);
    while (deadlines.size() < deadlineRows) {
      deadlines.add(new DeadlineRow());
    }
  }

  PlanDocument toDocument(ObjectMapper json) {
    PlanDocument base =
        baseJson == null || baseJson.isBlank()
            ? null
            : json.readValue(baseJson, PlanDocument.class);
    List<Theme> themeList = new ArrayList<>();
    for (Entry e : entries(themes)) {
      themeList.add(new Theme(e.head(), e.items()));
    }
    List<Criterion> criteriaList = new ArrayList<>();
    for (Entry e : entries(criteria)) {
      ParticipantType type = ParticipantType.AGENCY;
      String heading = e.head();
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("^\\[([^\\]]+)]\\s*(.*)$").matcher(heading);
      if (m.matches()) {
        type = group(m.group(1));
        heading = m.group(2);
      }
      criteriaList.add(new Criterion(type, heading, e.items()));
    }
    Map<Occasion, List<String>> byOccasion = new EnumMap<>(Occasion.class);
    for (String a : awards == null ? List.<String>of() : awards) {
      String[] parts = a.split(":", 2);
      try {
        Occasion occasion = Occasion.valueOf(parts[0]);
        List<String> forms = byOccasion.computeIfAbsent(occasion, o -> new ArrayList<>());
        if (parts.length > 1 && !parts[1].isBlank() && !forms.contains(parts[1])) {
          forms.add(parts[1]);
        }
      } catch (IllegalArgumentException ignored) {
        // not an occasion
      }
    }
    List<Award> awardList = new ArrayList<>();
    byOccasion.forEach((o, forms) -> awardList.add(new Award(o, forms)));
    List<Phase> phaseList = new ArrayList<>();
    for (PhaseRow row : phases) {
      if (row.fromYear != null && row.toYear != null) {
        phaseList.add(
            new Phase(
                row.fromYear,
                row.toYear,
                row.review == null ? Occasion.FINAL : row.review,
                row.reviewYear == null ? row.toYear : row.reviewYear));
      }
    }
    List<Deadline> deadlineList = new ArrayList<>();
    for (DeadlineRow row : deadlines) {
      if (row.kind == null) {
        continue;
      }
      deadlineList.add(
          new Deadline(
              row.kind,
              row.day,
              row.month,
              row.withinDays,
              row.byQuarter,
              row.byMonth,
              row.year,
              clean(row.from),
              clean(row.to),
              clean(row.text),
              vn.thidua.movement.Recipients.split(clean(row.to)),
              clean(row.event)));
    }
    List<Responsibility> respList = new ArrayList<>();
    for (Entry e : entries(responsibilities)) {
      respList.add(new Responsibility(e.head(), e.items()));
    }
    List<String> basesText = lines(legalBases);
    return new PlanDocument(
        documentType,
        number,
        clean(symbol),
        new PlanDocument.Issuer(clean(issuerParent), clean(issuerName)),
        clean(place),
        new PlanDocument.PartialDate(year, month, day),
        clean(title),
        lines(movements),
        new PlanDocument.Period(periodFrom, periodTo),
        PlanParser.legalBasesOf(basesText),
        themeList,
        criteriaList,
        awardList,
        phaseList,
        deadlineList,
        respList,
        base == null ? List.of() : withBases(base.sections(), basesText),
        clean(signerName) == null && clean(signerTitle) == null
            ? null
            : new PlanDocument.Signer(
                clean(signerName),
                clean(signerTitle),
                clean(signerOnBehalfOf),
                clean(signerSigningFor)),
        lines(recipients),
        List.of(),
        indicators(indicators, base == null ? List.of() : base.indicators()));
  }

  /**
   * The groups of criteria as the editor writes them ("[Cơ quan, đơn vị]"); the plan's own
   * participant-type names ({@code participant.*} in the bundle say the same).
   */
  static final java.util.Map<ParticipantType, String> GROUPS =
      java.util.Map.of(
          ParticipantType.AGENCY, "Cơ quan, đơn vị",
          ParticipantType.FRONT_AND_MASS_ORG, "Mặt trận, đoàn thể",
          ParticipantType.ENTERPRISE, "Doanh nghiệp, HTX",
          ParticipantType.INDIVIDUAL, "Cá nhân");

  /** A group written in Vietnamese (or, as before, by its code); unknown → agencies. */
  static ParticipantType group(String text) {
    String f = VietnameseText.fold(text.strip());
    for (var e : GROUPS.entrySet()) {
      if (VietnameseText.fold(e.getValue()).equals(f) || e.getKey().name().equalsIgnoreCase(text)) {
        return e.getKey();
      }
    }
    if (f.contains("mat tran") || f.contains("doan the")) {
      return ParticipantType.FRONT_AND_MASS_ORG;
    }
    if (f.contains("doanh nghiep") || f.contains("hop tac xa")) {
      return ParticipantType.ENTERPRISE;
    }
    if (f.contains("ca nhan")) {
      return ParticipantType.INDIVIDUAL;
    }
    return ParticipantType.AGENCY;
  }

  static List<PlanDocument.Indicator> indicators(String text) {
    return indicators(text, List.of());
  }

  /**
   * The words an office writes in an indicator's last cell to say where its values come from (the
   * indicator's source in the plan document), as it reads them back; like "tăng"/"giảm", they are
   * read without tone marks.
   */
  static final java.util.Map<String, String> SOURCE_WORDS;

  static {
    java.util.Map<String, String> w = new java.util.LinkedHashMap<>();
    w.put(PlanDocument.Indicator.ENTERED, "nhập tay");
    w.put(PlanDocument.Indicator.IMPORTED, "hệ thống khác");
    w.put("INITIATIVES_RECOGNISED", "sáng kiến được công nhận");
    w.put("MODELS_PUBLISHED", "mô hình được công bố");
    w.put("MODELS_REPLICATED", "mô hình được nhân rộng");
    w.put("UNITS_REGISTERED", "đơn vị đăng ký");
    w.put("REPORTS_ON_TIME", "báo cáo đúng hạn");
    w.put("PEOPLE_TRAINED", "người được tập huấn");
    SOURCE_WORDS = java.util.Collections.unmodifiableMap(w);
  }

  /** The source an office's words name, or empty when they name none. */
  static java.util.Optional<String> sourceOf(String words) {
    String folded = VietnameseText.fold(words == null ? "" : words.strip());
    return SOURCE_WORDS.entrySet().stream()
        .filter(e -> VietnameseText.fold(e.getValue()).equals(folded))
        .map(java.util.Map.Entry::getKey)
        .findFirst();
  }

  /**
   * "name | unit | tăng/giảm | 2026=80; 2027=1.200 | 4", one indicator per line; the last part,
   * optional, is the number of the plan's theme the indicator belongs to. A person never types an
   * indicator's internal code: an indicator keeps the code it had in the previous version (found by
   * its name), a new one gets a code made from its name. Lines written the older way, with the code
   * first, are still read.
   */
  static List<PlanDocument.Indicator> indicators(String text, List<PlanDocument.Indicator> before) {
    List<PlanDocument.Indicator> out = new ArrayList<>();
    java.util.Map<String, String> codes = new java.util.HashMap<>();
    for (PlanDocument.Indicator i : before) {
      if (i.code() != null && i.name() != null) {
        codes.put(VietnameseText.fold(i.name()), i.code());
      }
    }
    java.util.Set<String> used = new java.util.HashSet<>();
    for (String line : lines(text)) {
      String[] cells = line.split("\\|", -1);
      if (cells.length < 1) {
        continue;
      }
      String[] parts;
      String code;
      if (cells.length >= 2 && cells[0].strip().matches("[A-Z][A-Z0-9_]*")) {
        code = cells[0].strip();
        parts = cells;
      } else {
        code = null;
        parts = new String[cells.length + 1];
        parts[0] = "";
        System.arraycopy(cells, 0, parts, 1, cells.length);
      }
      String name = VietnameseText.cleanOrNull(parts[1]);
      if (name == null) {
        continue;
      }
      if (code == null) {
        code = codes.get(VietnameseText.fold(name));
      }
      if (code == null) {
        String made =
            VietnameseText.fold(name)
                .toUpperCase(java.util.Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", "_");
        made = made.replaceAll("^_+|_+$", "");
        made = made.length() > 40 ? made.substring(0, 40).replaceAll("_+$", "") : made;
        code = made.isEmpty() ? "CHI_TIEU" : made;
      }
      String unique = code;
      for (int n = 2; !used.add(unique); n++) {
        unique = code + "_" + n;
      }
      code = unique;
      String unit = parts.length > 2 ? VietnameseText.cleanOrNull(parts[2]) : null;
      PlanDocument.Direction direction =
          parts.length > 3 && VietnameseText.fold(parts[3]).startsWith("giam")
              ? PlanDocument.Direction.DECREASE
              : PlanDocument.Direction.INCREASE;
      java.util.Map<Integer, java.math.BigDecimal> targets = new java.util.TreeMap<>();
      if (parts.length > 4) {
        for (String t : parts[4].split(";|,(?=\\s*\\d{4}\\s*=)")) {
          String[] kv = t.split("=");
          if (kv.length == 2) {
            try {
              targets.put(
                  Integer.parseInt(kv[0].strip()),
                  vn.thidua.kernel.VietnameseNumbers.parse(kv[1].strip()));
            } catch (IllegalArgumentException e) {
              throw vn.thidua.kernel.BusinessRuleViolation.onField(
                  "indicators", "movement.indicator-invalid", line);
            }
          }
        }
      }
      Integer theme = null;
      if (parts.length > 5 && !parts[5].isBlank()) {
        try {
          theme = Integer.valueOf(parts[5].strip());
        } catch (NumberFormatException e) {
          throw vn.thidua.kernel.BusinessRuleViolation.onField(
              "indicators", "movement.indicator-invalid", line);
        }
      }
      String source = null;
      if (parts.length > 6 && !parts[6].isBlank()) {
        source =
            sourceOf(parts[6])
                .orElseThrow(() ->
                    vn.thidua.kernel.BusinessRuleViolation.onField(
                        "indicators",
                        "movement.indicator-source-invalid",
                        line,
                        String.join(", ", SOURCE_WORDS.values())));
      }
      out.add(new PlanDocument.Indicator(code, name, unit, direction, targets, theme, source));
    }
    return out;
  }

  /** Keeps the sections, with the preamble as now edited. */
  private static List<PlanDocument.Section> withBases(
      List<PlanDocument.Section> sections, List<String> bases) {
    List<PlanDocument.Section> out = new ArrayList<>();
    for (PlanDocument.Section s : sections) {
      if (s.parts().contains("BASES") || s.parts().contains("PLAN_BASES")) {
        continue;
      }
      out.add(s);
    }
    if (!bases.isEmpty()) {
      List<String> paragraphs =
          bases.stream()
              .map(b ->
                  b.matches("(?iu)^(căn cứ|thực hiện|xét đề nghị)\\b.*") ? b : "Căn cứ " + b + ";")
              .toList();
      out.addFirst(new PlanDocument.Section(null, String.join("\n", paragraphs), List.of("BASES")));
    }
    return out;
  }

  private record Entry(String head, List<String> items) {}

  private static List<Entry> entries(String text) {
    List<Entry> out = new ArrayList<>();
    String head = null;
    List<String> items = new ArrayList<>();
    for (String line : lines(text)) {
      if (line.startsWith("- ") || line.startsWith("+ ")) {
        if (head != null) {
          items.add(VietnameseText.clean(line.substring(2)));
        }
      } else {
        if (head != null) {
          out.add(new Entry(head, items));
        }
        head = line;
        items = new ArrayList<>();
      }
    }
    if (head != null) {
      out.add(new Entry(head, items));
    }
    return out;
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String line : text.split("\\r?\\n")) {
      String c = VietnameseText.clean(line);
      if (c != null && !c.isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  private static String clean(String s) {
    return VietnameseText.cleanOrNull(s);
  }

  /** Whether the awards grid has this occasion and form ticked. */
  public boolean hasAward(String occasion, String form) {
    return awards != null && awards.contains(occasion + ":" + form);
  }

  /** Occasions named (with or without forms). */
  public Set<String> occasionsNamed() {
    Set<String> out = new LinkedHashSet<>();
    if (awards != null) {
      awards.forEach(a -> out.add(a.split(":", 2)[0]));
    }
    return out;
  }

  // getters and setters for binding

  public String getBaseJson() {
    return baseJson;
  }

  public void setBaseJson(String baseJson) {
    this.baseJson = baseJson;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public Long getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(Long organizationId) {
    this.organizationId = organizationId;
  }

  public void setUnitCode(String unitCode) {
    this.unitCode = unitCode;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }

  public String getNote() {
    return note;
  }

  public String getRef() {
    return ref;
  }

  public void setRef(String ref) {
    this.ref = ref;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public PlanDocument.DocumentType getDocumentType() {
    return documentType;
  }

  public void setDocumentType(PlanDocument.DocumentType documentType) {
    this.documentType = documentType;
  }

  public Integer getNumber() {
    return number;
  }

  public void setNumber(Integer number) {
    this.number = number;
  }

  public String getSymbol() {
    return symbol;
  }

  public void setSymbol(String symbol) {
    this.symbol = symbol;
  }

  public String getIssuerParent() {
    return issuerParent;
  }

  public void setIssuerParent(String issuerParent) {
    this.issuerParent = issuerParent;
  }

  public String getIssuerName() {
    return issuerName;
  }

  public void setIssuerName(String issuerName) {
    this.issuerName = issuerName;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Integer getMonth() {
    return month;
  }

  public void setMonth(Integer month) {
    this.month = month;
  }

  public Integer getDay() {
    return day;
  }

  public void setDay(Integer day) {
    this.day = day;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getMovements() {
    return movements;
  }

  public void setMovements(String movements) {
    this.movements = movements;
  }

  public Integer getPeriodFrom() {
    return periodFrom;
  }

  public void setPeriodFrom(Integer periodFrom) {
    this.periodFrom = periodFrom;
  }

  public Integer getPeriodTo() {
    return periodTo;
  }

  public void setPeriodTo(Integer periodTo) {
    this.periodTo = periodTo;
  }

  public String getLegalBases() {
    return legalBases;
  }

  public void setLegalBases(String legalBases) {
    this.legalBases = legalBases;
  }

  public String getThemes() {
    return themes;
  }

  public void setThemes(String themes) {
    this.themes = themes;
  }

  public String getCriteria() {
    return criteria;
  }

  public void setCriteria(String criteria) {
    this.criteria = criteria;
  }

  public List<String> getAwards() {
    return awards;
  }

  public void setAwards(List<String> awards) {
    this.awards = awards == null ? new ArrayList<>() : awards;
  }

  public List<PhaseRow> getPhases() {
    return phases;
  }

  public void setPhases(List<PhaseRow> phases) {
    this.phases = phases;
  }

  public List<DeadlineRow> getDeadlines() {
    return deadlines;
  }

  public void setDeadlines(List<DeadlineRow> deadlines) {
    this.deadlines = deadlines;
  }

  public String getResponsibilities() {
    return responsibilities;
  }

  public void setResponsibilities(String responsibilities) {
    this.responsibilities = responsibilities;
  }

  public String getRecipients() {
    return recipients;
  }

  public void setRecipients(String recipients) {
    this.recipients = recipients;
  }

  public String getSignerName() {
    return signerName;
  }

  public void setSignerName(String signerName) {
    this.signerName = signerName;
  }

  public String getSignerTitle() {
    return signerTitle;
  }

  public void setSignerTitle(String signerTitle) {
    this.signerTitle = signerTitle;
  }

  public String getSignerOnBehalfOf() {
    return signerOnBehalfOf;
  }

  public void setSignerOnBehalfOf(String signerOnBehalfOf) {
    this.signerOnBehalfOf = signerOnBehalfOf;
  }

  public String getSignerSigningFor() {
    return signerSigningFor;
  }

  public void setSignerSigningFor(String signerSigningFor) {
    this.signerSigningFor = signerSigningFor;
  }

  public String getIndicators() {
    return indicators;
  }

  public void setIndicators(String indicators) {
    this.indicators = indicators;
  }
}
