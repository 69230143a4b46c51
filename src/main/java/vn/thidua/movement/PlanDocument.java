package vn.thidua.movement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * The structured draft of a plan or decision, exactly as {@code POST /api/v1/plan-documents/parse}
 * returns it (shared/docs/contracts.md, "Plan parsing"). Fields may be added, never renamed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanDocument(
    DocumentType documentType,
    Integer number,
    String symbol,
    Issuer issuer,
    String place,
    PartialDate issuedOn,
    String title,
    List<String> movements,
    Period period,
    List<LegalBasis> legalBases,
    List<Theme> themes,
    List<Criterion> criteria,
    List<Award> awards,
    List<Phase> phases,
    List<Deadline> deadlines,
    List<Responsibility> responsibilities,
    List<Section> sections,
    Signer signer,
    List<String> recipients,
    List<String> warnings,
    List<Indicator> indicators) {

  /** A document without indicators (as parsed from text: plans rarely tabulate them). */
  public PlanDocument(
      DocumentType documentType,
      Integer number,
      String symbol,
      Issuer issuer,
      String place,
      PartialDate issuedOn,
      String title,
      List<String> movements,
      Period period,
      List<LegalBasis> legalBases,
      List<Theme> themes,
      List<Criterion> criteria,
      List<Award> awards,
      List<Phase> phases,
      List<Deadline> deadlines,
      List<Responsibility> responsibilities,
      List<Section> sections,
      Signer signer,
      List<String> recipients,
      List<String> warnings) {
    this(
        documentType,
        number,
        symbol,
        issuer,
        place,
        issuedOn,
        title,
        movements,
        period,
        legalBases,
        themes,
        criteria,
        awards,
        phases,
        deadlines,
        responsibilities,
        sections,
        signer,
        recipients,
        warnings,
        List.of());
  }

  /**
   * The same document under another issuing body (the plan's own, when the text did not name it).
   */
  public PlanDocument withIssuer(Issuer newIssuer) {
    return new PlanDocument(
        documentType,
        number,
        symbol,
        newIssuer,
        place,
        issuedOn,
        title,
        movements,
        period,
        legalBases,
        themes,
        criteria,
        awards,
        phases,
        deadlines,
        responsibilities,
        sections,
        signer,
        recipients,
        warnings,
        indicators);
  }

  /** The same document with its number, date and signer as issued. */
  public PlanDocument issued(Integer newNumber, PartialDate date, Signer newSigner) {
    return new PlanDocument(
        documentType,
        newNumber,
        symbol,
        issuer,
        place,
        date,
        title,
        movements,
        period,
        legalBases,
        themes,
        criteria,
        awards,
        phases,
        deadlines,
        responsibilities,
        sections,
        newSigner,
        recipients,
        warnings,
        indicators);
  }

  /** The same document with other criteria. */
  public PlanDocument withCriteria(List<Criterion> newCriteria) {
    return new PlanDocument(
        documentType,
        number,
        symbol,
        issuer,
        place,
        issuedOn,
        title,
        movements,
        period,
        legalBases,
        themes,
        newCriteria,
        awards,
        phases,
        deadlines,
        responsibilities,
        sections,
        signer,
        recipients,
        warnings,
        indicators);
  }

  /** The same document with other indicators. */
  public PlanDocument withIndicators(List<Indicator> newIndicators) {
    return new PlanDocument(
        documentType,
        number,
        symbol,
        issuer,
        place,
        issuedOn,
        title,
        movements,
        period,
        legalBases,
        themes,
        criteria,
        awards,
        phases,
        deadlines,
        responsibilities,
        sections,
        signer,
        recipients,
        warnings,
        newIndicators);
  }

  public PlanDocument {
    indicators = copy(indicators);
    movements = copy(movements);
    legalBases = copy(legalBases);
    themes = copy(themes);
    criteria = copy(criteria);
    awards = copy(awards);
    phases = copy(phases);
    deadlines = copy(deadlines);
    responsibilities = copy(responsibilities);
    sections = copy(sections);
    recipients = copy(recipients);
    warnings = copy(warnings);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** Kế hoạch, or Quyết định (with its attached plan merged in). */
  public enum DocumentType {
    PLAN,
    DECISION
  }

  /** The body that issues the document and the body above it, as the header prints them. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Issuer(String parent, String name) {}

  /** A date whose parts may be left blank ("ngày tháng 6 năm 2026"). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PartialDate(Integer year, Integer month, Integer day) {}

  /** The years a movement runs. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Period(Integer fromYear, Integer toYear) {}

  /** A document the plan is based on ("Căn cứ …", "Thực hiện …"). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record LegalBasis(
      String symbol, Integer number, LocalDate date, String issuer, String text) {}

  /** An emulation theme (nội dung thi đua) and its sub-items. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Theme(String title, List<String> items) {
    public Theme {
      items = copy(items);
    }
  }

  /** Criteria for one participant type. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Criterion(ParticipantType participantType, String heading, List<String> items) {
    public Criterion {
      items = copy(items);
    }
  }

  /** The commendation forms open at one occasion, as catalogue codes. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Award(Occasion occasion, List<String> forms) {
    public Award {
      forms = copy(forms);
    }
  }

  /** A phase and the review it ends with. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Phase(Integer fromYear, Integer toYear, Occasion review, Integer reviewYear) {}

  /**
   * A recurring report deadline or the deadline for issuing plans below. {@code recipients} are the
   * bodies {@code to} names, one by one ("Sở Khoa học và Công nghệ", "Sở Nội vụ (qua Ban Thi đua -
   * Khen thưởng)"); {@code event} the event a report goes with when the plan gives no date ("tổng
   * kết công tác thi đua, khen thưởng hằng năm"), dated by the office when it is scheduled.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Deadline(
      DeadlineKind kind,
      Integer day,
      Integer month,
      Integer withinDays,
      Integer byQuarter,
      Integer byMonth,
      Integer year,
      String from,
      String to,
      String text,
      List<String> recipients,
      String event) {

    public Deadline {
      recipients = copy(recipients);
    }

    /** A deadline without separate recipients and without an event. */
    public Deadline(
        DeadlineKind kind,
        Integer day,
        Integer month,
        Integer withinDays,
        Integer byQuarter,
        Integer byMonth,
        Integer year,
        String from,
        String to,
        String text) {
      this(kind, day, month, withinDays, byQuarter, byMonth, year, from, to, text, null, null);
    }

    /** Whether the office dates it (a report that goes with an event, no day in the plan). */
    public boolean eventTied() {
      return event != null && day == null;
    }

    /** A deadline for issuing plans below: within days, by a quarter, or by a month of a year. */
    public static Deadline planIssue(
        Integer withinDays,
        Integer byQuarter,
        Integer byMonth,
        Integer year,
        String from,
        String text) {
      return new Deadline(
          DeadlineKind.PLAN_ISSUE,
          null,
          null,
          withinDays,
          byQuarter,
          byMonth,
          year,
          from,
          null,
          text);
    }
  }

  /** What one body is to do. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Responsibility(String body, List<String> tasks) {
    public Responsibility {
      tasks = copy(tasks);
    }
  }

  /**
   * Any other part of the text, in order, so that render can reproduce the whole document. {@code
   * part} names the structured part rendered at this place (THEMES, CRITERIA, AWARDS, PHASES,
   * RESPONSIBILITIES), or is null for plain text.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Section(String heading, String text, List<String> parts) {
    public Section {
      parts = copy(parts);
    }
  }

  /** Who signs: "TM. Ủy ban nhân dân", "KT. Chủ tịch", the title and the name. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Signer(String name, String title, String onBehalfOf, String signingFor) {}

  /**
   * An indicator (chỉ tiêu) with its unit, whether more is better, a target per year (for example
   * "Tỷ lệ dịch vụ công trực tuyến toàn trình", "%", INCREASE, 2026 → 80) and the theme of the plan
   * it belongs to ({@code theme}: the theme's number in {@code themes}, 1 for the first; null when
   * not tied to one).
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Indicator(
      String code,
      String name,
      String unit,
      Direction direction,
      java.util.Map<Integer, java.math.BigDecimal> targets,
      Integer theme,
      String source) {

    /**
     * Where an indicator's values come from ({@code source}, optional): {@link #ENTERED} typed by
     * units, {@link #IMPORTED} fed from another system, or what the system computes from its own
     * records ({@link #COMPUTED}). Null in plans written before the choice existed: the indicator
     * then keeps the behaviour its code had (see {@code participation}'s computed indicators).
     */
    public static final String ENTERED = "ENTERED";

    /** Values fed from another system (docs/external-values.md). */
    public static final String IMPORTED = "IMPORTED";

    /** The computations the system offers, in the order the editor lists them. */
    public static final java.util.List<String> COMPUTED =
        java.util.List.of(
            "INITIATIVES_RECOGNISED",
            "MODELS_PUBLISHED",
            "MODELS_REPLICATED",
            "UNITS_REGISTERED",
            "REPORTS_ON_TIME",
            "PEOPLE_TRAINED");

    /** Every source a plan may name. */
    public static boolean knownSource(String s) {
      return ENTERED.equals(s) || IMPORTED.equals(s) || COMPUTED.contains(s);
    }

    public Indicator {
      targets =
          targets == null
              ? java.util.Map.of()
              : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(targets));
    }

    /** An indicator not yet tied to a theme of the plan. */
    public Indicator(
        String code,
        String name,
        String unit,
        Direction direction,
        java.util.Map<Integer, java.math.BigDecimal> targets) {
      this(code, name, unit, direction, targets, null, null);
    }

    /** An indicator under a theme, its source not chosen. */
    public Indicator(
        String code,
        String name,
        String unit,
        Direction direction,
        java.util.Map<Integer, java.math.BigDecimal> targets,
        Integer theme) {
      this(code, name, unit, direction, targets, theme, null);
    }

    /** The same indicator under a theme of the plan (its number, 1 for the first). */
    public Indicator withTheme(Integer number) {
      return new Indicator(code, name, unit, direction, targets, number, source);
    }

    /** The same indicator with its values from another source. */
    public Indicator withSource(String s) {
      return new Indicator(code, name, unit, direction, targets, theme, s);
    }
  }

  /** Whether a higher or a lower value is progress. */
  public enum Direction {
    INCREASE,
    DECREASE
  }

  /** Participant types that plans give criteria for. */
  public enum ParticipantType {
    AGENCY,
    FRONT_AND_MASS_ORG,
    ENTERPRISE,
    INDIVIDUAL
  }

  /** Occasions of commendation. */
  public enum Occasion {
    ANNUAL,
    INTERIM,
    FINAL,
    THEMATIC,
    AD_HOC
  }

  /** Kinds of deadline. */
  public enum DeadlineKind {
    ANNUAL_REPORT,
    PLAN_ISSUE
  }
}
