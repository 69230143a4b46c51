package vn.thidua.rulebook.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.rulebook.EligibilityAnswer;
import vn.thidua.rulebook.EligibilityAnswer.Check;
import vn.thidua.rulebook.EligibilityRequest;

/**
 * The explained eligibility policy. It judges only from the facts of the request, with the rule
 * rows of the {@link RuleBook} compiled once per regime, award, occasion and subject kind (no
 * database, no reflection per check). Every applicable condition becomes a check with its
 * confidence, Vietnamese message and citation; facts needed and not given are named in {@code
 * missing}, never assumed.
 */
public final class EligibilityEngine {

  enum Occasion {
    ANNUAL,
    INTERIM,
    FINAL,
    THEMATIC,
    AD_HOC
  }

  enum Kind {
    INDIVIDUAL,
    COLLECTIVE,
    HOUSEHOLD
  }

  enum Category {
    CIVIL_SERVANT,
    PUBLIC_EMPLOYEE,
    WORKER,
    ENTREPRENEUR,
    OTHER
  }

  /** Disciplinary measures (ND 152/2025 Đ4 k4 reads their periods). */
  enum Measure {
    KHIEN_TRACH,
    CANH_CAO,
    HA_BAC_LUONG,
    GIANG_CHUC,
    CACH_CHUC,
    BUOC_THOI_VIEC
  }

  /** In increasing order. */
  enum Rating {
    NOT_COMPLETED("không hoàn thành nhiệm vụ"),
    COMPLETED("hoàn thành nhiệm vụ"),
    GOOD("hoàn thành tốt nhiệm vụ"),
    EXCELLENT("hoàn thành xuất sắc nhiệm vụ");

    final String vietnamese;

    Rating(String vietnamese) {
      this.vietnamese = vietnamese;
    }
  }

  /** In increasing order. */
  enum Scope {
    BASE("cơ sở"),
    PROVINCE("tỉnh"),
    NATIONAL("toàn quốc");

    final String vietnamese;

    Scope(String vietnamese) {
      this.vietnamese = vietnamese;
    }
  }

  private static final String RATED = "RATED";
  private static final String UNRATED = "UNRATED";
  private static final String GENERAL = "GENERAL";

  private final RuleBook book;
  private final Map<String, RuleBook.Award> awards;
  private final List<RuleBook.Regime> regimes;
  private final Map<String, String> awardNames = new HashMap<>();

  /** regime → award → occasion → kind → compiled rules in file order. */
  private final Map<String, Map<String, Map<Occasion, Map<Kind, List<Compiled>>>>> compiled =
      new HashMap<>();

  private final Map<String, Map<String, Object>> provinceParameters = new HashMap<>();
  private final Map<String, Object> defaultParameters;
  private final LocalDate transitionBefore;
  private final String transitionRegime;
  private final String transitionUnder;
  private final String transitionCitation;
  private final String transitionText;

  public EligibilityEngine(RuleBook book) {
    this.book = book;
    this.awards = book.awards;
    this.regimes = book.regimes;
    book.awards.values().forEach(a -> awardNames.put(a.code(), a.name()));
    this.defaultParameters = book.provinceParameters(null);
    book.provinces
        .propertyNames()
        .forEach(p -> provinceParameters.put(p, book.provinceParameters(p)));
    JsonNode t = book.transition;
    this.transitionBefore = LocalDate.parse(t.get("receivedBefore").asString());
    this.transitionRegime = t.get("regime").asString();
    this.transitionUnder = t.get("appliesWhenJudgedUnder").asString();
    this.transitionCitation = t.get("citation").asString();
    this.transitionText = t.get("text").asString();
    for (RuleBook.Regime regime : regimes) {
      Map<String, Map<Occasion, Map<Kind, List<Compiled>>>> byAward = new HashMap<>();
      for (String award : awards.keySet()) {
        Map<Occasion, Map<Kind, List<Compiled>>> byOccasion = new EnumMap<>(Occasion.class);
        for (Occasion occasion : Occasion.values()) {
          Map<Kind, List<Compiled>> byKind = new EnumMap<>(Kind.class);
          for (Kind kind : Kind.values()) {
            List<Compiled> list = new ArrayList<>();
            for (RuleBook.Rule rule : book.rules) {
              boolean awardMatches = rule.award().equals(award) || rule.award().equals("*");
              if (awardMatches
                  && rule.occasions().contains(occasion.name())
                  && rule.subjects().contains(kind.name())
                  && (rule.regimes() == null || rule.regimes().contains(regime.code()))) {
                list.add(compile(rule, regime.code(), award));
              }
            }
            byKind.put(kind, List.copyOf(list));
          }
          byOccasion.put(occasion, byKind);
        }
        byAward.put(award, byOccasion);
      }
      compiled.put(regime.code(), byAward);
    }
  }

  /** Judges one request. Throws {@link BusinessRuleViolation} naming the field of a bad value. */
  public EligibilityAnswer check(EligibilityRequest request) {
    return check(request, "");
  }

  /** Judges a whole review round; a bad value is named with its index ({@code [3].award}). */
  public List<EligibilityAnswer> checkAll(List<EligibilityRequest> requests) {
    List<EligibilityAnswer> out = new ArrayList<>(requests.size());
    for (int i = 0; i < requests.size(); i++) {
      out.add(check(requests.get(i), "[" + i + "]."));
    }
    return out;
  }

  private EligibilityAnswer check(EligibilityRequest request, String at) {
    Facts f = Facts.of(request, at, awards.keySet());
    List<Check> checks = new ArrayList<>();
    Set<String> missing = new LinkedHashSet<>();

    // Regime by the date judged; the transition by the date received.
    RuleBook.Regime regime = regimeOn(f.asOf);
    if (f.asOf.isAfter(regimes.getLast().to())) {
      checks.add(
          afterKnown.size() < 10_000
              ? afterKnown.computeIfAbsent(f.asOf, this::afterKnown)
              : afterKnown(f.asOf));
    } else if (f.asOf.isBefore(regimes.getFirst().from())) {
      RuleBook.Regime first = regimes.getFirst();
      checks.add(
          new Check(
              "REGIME-BEFORE-KNOWN",
              true,
              "INFERRED",
              "Ngày xét "
                  + date(f.asOf)
                  + " trước ngày Luật Thi đua, khen thưởng 2022 có hiệu lực ("
                  + date(first.from())
                  + "); áp dụng chế độ sớm nhất đã biết — cần xác nhận pháp lý.",
              first.citation()));
    }
    if (f.receivedOn != null
        && regime.code().equals(transitionUnder)
        && f.receivedOn.isBefore(transitionBefore)) {
      regime = regime(transitionRegime);
      checks.add(
          new Check(
              "REGIME-TRANSITION",
              true,
              "READ",
              "Hồ sơ tiếp nhận ngày " + date(f.receivedOn) + ": " + transitionText,
              transitionCitation));
    }

    // A change of the law reported and not verified: every answer from its date says so.
    for (RuleBook.Watch w : book.watchesOn(f.asOf)) {
      checks.add(new Check("REGIME-WATCH-" + w.id(), true, w.confidence(), w.text(), w.citation()));
    }

    RuleBook.Award asked = awards.get(f.award);
    String judged = asked.judgedAs() != null ? asked.judgedAs() : asked.code();
    RuleBook.Award award = awards.get(judged);
    if (asked.judgedAs() != null) {
      checks.add(
          new Check(
              asked.prefix() + "-JUDGED-AS", true, "INFERRED", asked.note(), asked.citation()));
    }
    Map<String, Object> parameters =
        f.province == null
            ? defaultParameters
            : provinceParameters.getOrDefault(f.province, defaultParameters);
    // ND 152/2025 Đ33 k7: a new award of the same form counts from the achievement period of
    // the previous one; its year (or none) bounds every multi-year window below.
    int since = Integer.MIN_VALUE;
    for (int i = 0; i < f.historyCount; i++) {
      if (f.historyMerit[i]
          && f.historyYear[i] < f.year
          && (f.historyAward[i].equals(f.award) || f.historyAward[i].equals(judged))) {
        since = Math.max(since, f.historyYear[i]);
      }
    }
    // ND 152/2025 Đ4 k4: after a disciplinary period, achievements count from its end; years that
    // end before it do not count toward any window.
    if (f.disciplineFloor != Integer.MIN_VALUE) {
      since = Math.max(since, f.disciplineFloor - 1);
    }
    Ctx ctx = new Ctx(f, regime.code(), award, parameters, missing, since);

    List<Compiled> rules = compiled.get(regime.code()).get(judged).get(f.occasion).get(f.kind);
    if (!award.subjects().contains(f.kind.name())) {
      checks.add(
          new Check(
              asked.prefix() + "-SUBJECT",
              false,
              "READ",
              asked.name()
                  + " không xét tặng cho "
                  + kindName(f.kind)
                  + " (chỉ cho "
                  + kinds(award.subjects())
                  + ").",
              asked.citation()));
      addGeneral(rules, ctx, checks);
      return answer(regime.code(), checks, missing);
    }

    // Category routes: rated people (civil servants, public employees, workers) or the others.
    boolean categoryMissing = false;
    List<Compiled> applicable = new ArrayList<>(rules.size());
    for (Compiled c : rules) {
      if (c.rule.categories() != null && f.kind == Kind.INDIVIDUAL) {
        if (f.category == null) {
          // The rated/unrated split needs the category (judged as rated, and named missing);
          // a route open only to some categories is simply not offered.
          if (!c.rule.categories().contains(RATED)) {
            continue;
          }
          categoryMissing = true;
        } else if (!c.rule.categories().contains(f.category.name())
            && !c.rule.categories().contains(rated(f.category) ? RATED : UNRATED)) {
          continue;
        }
      }
      if (c.provinceSwitch != null && !Boolean.TRUE.equals(parameters.get(c.provinceSwitch))) {
        continue;
      }
      applicable.add(c);
    }
    if (categoryMissing) {
      missing.add("subject.category");
    }
    boolean hasOwn = false;
    for (Compiled c : applicable) {
      if (!c.rule.award().equals("*")) {
        hasOwn = true;
        break;
      }
    }
    if (!hasOwn) {
      checks.add(
          new Check(
              asked.prefix() + "-OCCASION",
              false,
              "INFERRED",
              asked.name()
                  + " không có đường xét cho "
                  + kindName(f.kind)
                  + " vào dịp "
                  + occasionName(f.occasion)
                  + (asked.kind().equals("TITLE") && f.occasion != Occasion.ANNUAL
                      ? " (danh hiệu thi đua được xét tặng hằng năm)."
                      : "."),
              asked.citation()));
      addGeneral(applicable, ctx, checks);
      return answer(regime.code(), checks, missing);
    }

    // General conditions always apply; routes are alternatives: the first route fully met is
    // shown, else every route with what it lacks.
    Map<String, List<Compiled>> routes = new LinkedHashMap<>();
    for (Compiled c : applicable) {
      if (!c.rule.route().equals(GENERAL)) {
        routes.computeIfAbsent(c.rule.route(), k -> new ArrayList<>()).add(c);
      }
    }
    List<Check> routeChecks = new ArrayList<>();
    Set<String> routeMissing = new LinkedHashSet<>();
    boolean routeMet = routes.isEmpty();
    for (List<Compiled> route : routes.values()) {
      List<Check> these = new ArrayList<>();
      Set<String> theseMissing = new LinkedHashSet<>();
      Ctx routeCtx = ctx.with(theseMissing);
      boolean all = true;
      for (Compiled c : route) {
        Check check = c.evaluate(routeCtx);
        these.add(check);
        all &= check.passed();
      }
      if (all && theseMissing.isEmpty()) {
        routeChecks = these;
        routeMissing = theseMissing;
        routeMet = true;
        break;
      }
      routeChecks.addAll(these);
      routeMissing.addAll(theseMissing);
    }
    for (Compiled c : applicable) {
      if (c.rule.route().equals(GENERAL)) {
        if (c.rule.award().equals("*")) {
          continue;
        }
        checks.addAll(c.evaluateAll(ctx));
      }
    }
    checks.addAll(routeChecks);
    missing.addAll(routeMissing);
    addGeneral(applicable, ctx, checks);
    return answer(regime.code(), checks, missing);
  }

  private final Map<LocalDate, Check> afterKnown = new ConcurrentHashMap<>();

  private Check afterKnown(LocalDate asOf) {
    RuleBook.Regime last = regimes.getLast();
    return new Check(
        "REGIME-AFTER-KNOWN",
        true,
        "INFERRED",
        "Ngày xét "
            + date(asOf)
            + " sau thời hạn hiệu lực đã biết của chế độ "
            + last.name()
            + " (đến "
            + date(last.to())
            + "); chưa có văn bản thay thế được xác nhận nên vẫn áp dụng chế độ này — cần xác nhận pháp lý.",
        last.citation());
  }

  private static void addGeneral(List<Compiled> rules, Ctx ctx, List<Check> checks) {
    for (Compiled c : rules) {
      if (c.rule.award().equals("*")) {
        checks.add(c.evaluate(ctx));
      }
    }
  }

  private static EligibilityAnswer answer(String regime, List<Check> checks, Set<String> missing) {
    boolean eligible = missing.isEmpty();
    for (Check c : checks) {
      eligible &= c.passed();
    }
    return new EligibilityAnswer(
        eligible, regime, Collections.unmodifiableList(checks), List.copyOf(missing));
  }

  private RuleBook.Regime regimeOn(LocalDate date) {
    for (RuleBook.Regime r : regimes) {
      if (!date.isBefore(r.from()) && !date.isAfter(r.to())) {
        return r;
      }
    }
    return date.isBefore(regimes.getFirst().from()) ? regimes.getFirst() : regimes.getLast();
  }

  private RuleBook.Regime regime(String code) {
    for (RuleBook.Regime r : regimes) {
      if (r.code().equals(code)) {
        return r;
      }
    }
    throw new IllegalStateException("unknown regime " + code);
  }

  static boolean rated(Category category) {
    return category == Category.CIVIL_SERVANT
        || category == Category.PUBLIC_EMPLOYEE
        || category == Category.WORKER;
  }

  static String date(LocalDate d) {
    int day = d.getDayOfMonth();
    int month = d.getMonthValue();
    return (day < 10 ? "0" : "") + day + "/" + (month < 10 ? "0" : "") + month + "/" + d.getYear();
  }

  static String kindName(Kind kind) {
    return switch (kind) {
      case INDIVIDUAL -> "cá nhân";
      case COLLECTIVE -> "tập thể";
      case HOUSEHOLD -> "hộ gia đình";
    };
  }

  private static String kinds(List<String> kinds) {
    List<String> names = new ArrayList<>();
    for (String k : kinds) {
      names.add(kindName(Kind.valueOf(k)));
    }
    return String.join(", ", names);
  }

  static String occasionName(Occasion occasion) {
    return switch (occasion) {
      case ANNUAL -> "khen thưởng hằng năm";
      case INTERIM -> "sơ kết phong trào";
      case FINAL -> "tổng kết phong trào";
      case THEMATIC -> "khen thưởng theo đợt, chuyên đề";
      case AD_HOC -> "khen thưởng đột xuất";
    };
  }

  String awardName(String code) {
    return awardNames.getOrDefault(code, code);
  }

  // ---------------------------------------------------------------- compiling rule rows

  private Compiled compile(RuleBook.Rule rule, String regime, String award) {
    JsonNode p = rule.params();
    String citation = rule.citation(regime);
    Condition condition =
        switch (rule.condition()) {
          case "DISCIPLINE" -> Conditions.discipline(rule.text());
          case "DIRECT_WORKER" -> Conditions.directWorker(rule.text());
          case "COUNCIL" -> councilCondition(rule, regime, award);
          case "RATING_MIN" ->
              p.hasNonNull("min")
                  ? Conditions.ratingMin(rule.text(), Rating.valueOf(p.get("min").asString()), null)
                  : Conditions.ratingMin(rule.text(), null, p.get("provinceParameter").asString());
          case "RATING_EXACT" ->
              Conditions.ratingExact(rule.text(), Rating.valueOf(p.get("rating").asString()));
          case "EXCELLENT_OR_INITIATIVE" ->
              Conditions.excellentOrInitiative(
                  rule.text(), Scope.valueOf(p.get("scope").asString()));
          case "STREAK" ->
              Conditions.streak(
                  this, rule.text(), p.get("award").asString(), p.get("length").asInt());
          case "CONSECUTIVE_PAIR" ->
              Conditions.consecutivePair(
                  this, rule.text(), p.get("award").asString(), p.get("spacing").asInt());
          case "INITIATIVES" ->
              Conditions.initiatives(
                  rule.text(),
                  Scope.valueOf(p.get("scope").asString()),
                  p.get("years").asInt(),
                  p.get("count").asInt());
          case "EXCELLENT_YEARS" ->
              Conditions.excellentYears(
                  this,
                  rule.text(),
                  p.get("years").asInt(),
                  p.hasNonNull("orTitle") ? p.get("orTitle").asString() : null);
          case "PRIOR_AWARD" -> Conditions.priorAward(this, rule.text(), strings(p.get("awards")));
          case "WINDOW_RATINGS" ->
              Conditions.windowRatings(
                  this,
                  rule.text(),
                  strings(p.get("after")),
                  p.get("minYears").asInt(),
                  Rating.valueOf(p.get("min").asString()),
                  p.hasNonNull("orTitle") ? p.get("orTitle").asString() : null);
          case "WINDOW_EXCELLENT" ->
              Conditions.windowExcellent(
                  this, rule.text(), strings(p.get("after")), p.get("count").asInt());
          case "WINDOW_TITLES" ->
              Conditions.windowTitles(
                  this,
                  rule.text(),
                  strings(p.get("after")),
                  p.get("award").asString(),
                  p.get("count").asInt());
          case "MEMBER_SHARE" ->
              Conditions.memberShare(
                  rule.text(),
                  p.get("field").asString(),
                  p.hasNonNull("percent") ? p.get("percent").asDouble() : -1,
                  p.hasNonNull("provinceParameter") ? p.get("provinceParameter").asString() : null);
          case "MEMBERS_ALL_COMPLETED" -> Conditions.membersAllCompleted(rule.text());
          case "MEMBER_MIN" ->
              Conditions.memberMin(rule.text(), p.get("field").asString(), p.get("min").asInt());
          case "MEMBERS_NONE_DISCIPLINED" -> Conditions.membersNoneDisciplined(rule.text());
          case "GAP" -> Conditions.gap(rule.text());
          default ->
              throw new IllegalStateException(
                  "rule " + rule.id() + ": unknown condition " + rule.condition());
        };
    String provinceSwitch =
        p != null && p.hasNonNull("provinceSwitch") ? p.get("provinceSwitch").asString() : null;
    return new Compiled(rule, citation, condition, provinceSwitch);
  }

  private Condition councilCondition(RuleBook.Rule rule, String regime, String award) {
    RuleBook.Threshold statutory = book.thresholds.getOrDefault(regime, Map.of()).get(award);
    String level = awards.get(award).level();
    return Conditions.council(rule.text(), statutory, level, rule.id());
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(n.asString());
    }
    return List.copyOf(out);
  }

  /** A rule row ready to judge. */
  record Compiled(
      RuleBook.Rule rule,
      String citation,
      Condition condition,
      String provinceSwitch,
      Map<String, String> joined) {

    Compiled(RuleBook.Rule rule, String citation, Condition condition, String provinceSwitch) {
      this(rule, citation, condition, provinceSwitch, new ConcurrentHashMap<>());
    }

    Check evaluate(Ctx ctx) {
      int before = ctx.missing().size();
      Outcome o = condition.judge(ctx);
      String cited =
          o.citation() == null
              ? citation
              : joined.computeIfAbsent(o.citation(), extra -> join(citation, extra));
      return new Check(
          rule.id(),
          o.passed(),
          worse(rule.confidence(), o.confidence()),
          o.message(),
          cited,
          !o.passed() && ctx.missing().size() > before);
    }

    List<Check> evaluateAll(Ctx ctx) {
      Check main = evaluate(ctx);
      Outcome extra = condition.extra(ctx);
      if (extra == null) {
        return List.of(main);
      }
      return List.of(
          main,
          new Check(
              rule.id() + "-QUORUM",
              extra.passed(),
              extra.confidence() == null ? rule.confidence() : extra.confidence(),
              extra.message(),
              extra.citation()));
    }

    private static String join(String a, String b) {
      return b == null ? a : a + "; " + b;
    }
  }

  private static final List<String> DOUBT = List.of("READ", "READ-2", "OLD", "INFERRED", "GAP");

  static String worse(String a, String b) {
    if (b == null) {
      return a;
    }
    return DOUBT.indexOf(b) > DOUBT.indexOf(a) ? b : a;
  }

  /** The result of one condition. */
  record Outcome(boolean passed, String message, String citation, String confidence) {
    static Outcome of(boolean passed, String message) {
      return new Outcome(passed, message, null, null);
    }
  }

  /** A compiled condition. */
  interface Condition {
    Outcome judge(Ctx ctx);

    /** A second check the condition adds (the council's quorum), or null. */
    default Outcome extra(Ctx ctx) {
      return null;
    }
  }

  /** What a condition judges with. */
  record Ctx(
      Facts facts,
      String regime,
      RuleBook.Award award,
      Map<String, Object> parameters,
      Set<String> missing,
      int since) {
    Ctx with(Set<String> otherMissing) {
      return new Ctx(facts, regime, award, parameters, otherMissing, since);
    }
  }

  // ---------------------------------------------------------------- facts

  /** The request, validated and normalised once. */
  static final class Facts {
    String award;
    Occasion occasion;
    LocalDate asOf;
    LocalDate receivedOn;
    int year;
    String province;
    Kind kind;
    Category category;
    Boolean directWorker;
    boolean historyGiven;
    int historyCount;
    String[] historyAward;
    int[] historyYear;
    boolean[] historyMerit;
    Occasion[] historyOccasion;
    int ratingBase;
    Rating[] ratings = new Rating[0];
    boolean initiativesGiven;
    int[] initiativeYear;
    Scope[] initiativeScope;
    EligibilityRequest.Members members;
    Boolean disciplined;
    EligibilityRequest.Vote vote;

    /** Periods given with dates: [from, to] (to null: still running). */
    LocalDate[][] disciplinePeriods;

    String[] disciplineMeasures;

    /** The first year whose achievements count after the last finished period, or MIN_VALUE. */
    int disciplineFloor = Integer.MIN_VALUE;

    LocalDate disciplineEnded;

    static Facts of(EligibilityRequest r, String at, Set<String> awardCodes) {
      Facts f = new Facts();
      if (r == null) {
        throw BusinessRuleViolation.onField(
            at.isEmpty() ? "award" : path(at, "award"),
            "eligibility.field-required",
            path(at, "award"));
      }
      if (r.award() == null || r.award().isBlank()) {
        throw required(path(at, "award"));
      }
      if (!awardCodes.contains(r.award())) {
        throw BusinessRuleViolation.onField(
            path(at, "award"), "eligibility.award-unknown", r.award(), path(at, "award"));
      }
      f.award = r.award();
      f.occasion = enumValue(Occasion.class, r.occasion(), path(at, "occasion"), true);
      f.asOf = dateValue(r.asOf(), path(at, "asOf"), true);
      f.receivedOn = dateValue(r.receivedOn(), path(at, "receivedOn"), false);
      if (r.year() == null) {
        throw required(path(at, "year"));
      }
      f.year = r.year();
      if (f.year < 1945 || f.year > 2200) {
        throw BusinessRuleViolation.onField(
            path(at, "year"),
            "eligibility.value-invalid",
            path(at, "year"),
            String.valueOf(r.year()),
            "1945–2200");
      }
      f.province = r.province() == null || r.province().isBlank() ? null : r.province().trim();
      if (r.subject() == null) {
        throw required(path(at, "subject"));
      }
      f.kind = enumValue(Kind.class, r.subject().kind(), path(at, "subject.kind"), true);
      f.category =
          enumValue(Category.class, r.subject().category(), path(at, "subject.category"), false);
      f.directWorker = r.subject().directWorker();
      if (r.history() != null) {
        f.historyGiven = true;
        int n = r.history().size();
        f.historyCount = n;
        f.historyAward = new String[n];
        f.historyYear = new int[n];
        f.historyMerit = new boolean[n];
        f.historyOccasion = new Occasion[n];
        for (int i = 0; i < n; i++) {
          EligibilityRequest.HistoryEntry h = r.history().get(i);
          if (h == null || h.award() == null) {
            throw required(at + "history[" + i + "].award");
          }
          // A code outside the catalogue (Kỷ niệm chương, Huy chương …) is kept: it never counts.
          if (h.year() == null) {
            throw required(at + "history[" + i + "].year");
          }
          Occasion o =
              h.occasion() == null
                  ? null
                  : enumValue(
                      Occasion.class, h.occasion(), at + "history[" + i + "].occasion", false);
          f.historyAward[i] = h.award();
          f.historyYear[i] = h.year();
          f.historyOccasion[i] = o == null ? Occasion.ANNUAL : o;
          f.historyMerit[i] = o == null || o == Occasion.ANNUAL;
        }
      }
      if (r.annualRatings() != null && !r.annualRatings().isEmpty()) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < r.annualRatings().size(); i++) {
          EligibilityRequest.AnnualRating a = r.annualRatings().get(i);
          if (a == null || a.year() == null) {
            throw required(at + "annualRatings[" + i + "].year");
          }
          if (a.year() < 1900 || a.year() > 2200) {
            throw BusinessRuleViolation.onField(
                at + "annualRatings[" + i + "].year",
                "eligibility.value-invalid",
                at + "annualRatings[" + i + "].year",
                String.valueOf(a.year()),
                "1900–2200");
          }
          min = Math.min(min, a.year());
          max = Math.max(max, a.year());
        }
        f.ratingBase = min;
        f.ratings = new Rating[max - min + 1];
        for (int i = 0; i < r.annualRatings().size(); i++) {
          EligibilityRequest.AnnualRating a = r.annualRatings().get(i);
          Rating fast = a.rating() == null ? null : RATING_NAMES.get(a.rating());
          f.ratings[a.year() - min] =
              fast != null
                  ? fast
                  : enumValue(
                      Rating.class, a.rating(), at + "annualRatings[" + i + "].rating", true);
        }
      }
      if (r.initiatives() != null) {
        f.initiativesGiven = true;
        int n = r.initiatives().size();
        f.initiativeYear = new int[n];
        f.initiativeScope = new Scope[n];
        for (int i = 0; i < n; i++) {
          EligibilityRequest.InitiativeFact in = r.initiatives().get(i);
          if (in == null || in.year() == null) {
            throw required(at + "initiatives[" + i + "].year");
          }
          f.initiativeYear[i] = in.year();
          f.initiativeScope[i] = scope(in.scope(), at, i);
        }
      }
      f.members = r.members();
      if (f.members != null && f.members.total() != null) {
        int total = f.members.total();
        if (total < 0) {
          throw BusinessRuleViolation.onField(
              path(at, "members.total"),
              "eligibility.value-invalid",
              path(at, "members.total"),
              total,
              "≥ 0");
        }
        checkPart(path(at, "members.completedTasks"), f.members.completedTasks(), total);
        checkPart(path(at, "members.laoDongTienTien"), f.members.laoDongTienTien(), total);
        checkPart(path(at, "members.chienSiThiDuaCoSo"), f.members.chienSiThiDuaCoSo(), total);
        checkPart(
            path(at, "members.disciplinedWarningOrAbove"),
            f.members.disciplinedWarningOrAbove(),
            total);
      }
      f.disciplined = r.disciplined();
      if (r.disciplinePeriods() != null) {
        int n = r.disciplinePeriods().size();
        f.disciplinePeriods = new LocalDate[n][];
        f.disciplineMeasures = new String[n];
        for (int i = 0; i < n; i++) {
          EligibilityRequest.DisciplinePeriod d = r.disciplinePeriods().get(i);
          String field = at + "disciplinePeriods[" + i + "]";
          if (d == null) {
            throw required(field);
          }
          f.disciplineMeasures[i] =
              enumValue(Measure.class, d.measure(), field + ".measure", true).name();
          LocalDate from = dateValue(d.from(), field + ".from", true);
          LocalDate to = dateValue(d.to(), field + ".to", false);
          if (to != null && to.isBefore(from)) {
            throw BusinessRuleViolation.onField(
                field + ".to", "eligibility.value-invalid", field + ".to", d.to(), "≥ " + d.from());
          }
          f.disciplinePeriods[i] = new LocalDate[] {from, to};
          if (to != null && to.isBefore(f.asOf)) {
            if (f.disciplineEnded == null || to.isAfter(f.disciplineEnded)) {
              f.disciplineEnded = to;
              f.disciplineFloor = to.getYear();
            }
          }
        }
      }
      f.vote = r.vote();
      if (f.vote != null && f.vote.members() != null) {
        int m = f.vote.members();
        if (m <= 0) {
          throw BusinessRuleViolation.onField(
              path(at, "vote.members"),
              "eligibility.value-invalid",
              path(at, "vote.members"),
              String.valueOf(m),
              "> 0");
        }
        checkPart(path(at, "vote.present"), f.vote.present(), m);
        checkPart(path(at, "vote.inFavour"), f.vote.inFavour(), m);
      }
      return f;
    }

    private static Scope scope(String value, String at, int i) {
      Scope fast = value == null ? null : SCOPES.get(value);
      return fast != null
          ? fast
          : enumValue(Scope.class, value, at + "initiatives[" + i + "].scope", true);
    }

    private static final Map<String, Scope> SCOPES =
        Map.of("BASE", Scope.BASE, "PROVINCE", Scope.PROVINCE, "NATIONAL", Scope.NATIONAL);

    private static final Map<String, Rating> RATING_NAMES =
        Map.of(
            "EXCELLENT", Rating.EXCELLENT,
            "GOOD", Rating.GOOD,
            "COMPLETED", Rating.COMPLETED,
            "NOT_COMPLETED", Rating.NOT_COMPLETED);

    private static void checkPart(String field, Integer value, int total) {
      if (value != null && (value < 0 || value > total)) {
        throw BusinessRuleViolation.onField(
            field,
            "eligibility.part-exceeds-total",
            field,
            String.valueOf(value),
            String.valueOf(total));
      }
    }

    /** A field's path under {@code at}, without a new string in the common case of no prefix. */
    private static String path(String at, String name) {
      return at.isEmpty() ? name : at + name;
    }

    private static BusinessRuleViolation required(String field) {
      return BusinessRuleViolation.onField(field, "eligibility.field-required", field);
    }

    private static <E extends Enum<E>> E enumValue(
        Class<E> type, String value, String field, boolean required) {
      if (value == null || value.isBlank()) {
        if (required) {
          throw required(field);
        }
        return null;
      }
      try {
        return Enum.valueOf(type, value.trim());
      } catch (IllegalArgumentException e) {
        List<String> allowed = new ArrayList<>();
        for (E c : type.getEnumConstants()) {
          allowed.add(c.name());
        }
        throw BusinessRuleViolation.onField(
            field, "eligibility.value-invalid", field, value, String.join(", ", allowed));
      }
    }

    private static LocalDate dateValue(String value, String field, boolean required) {
      if (value == null || value.isBlank()) {
        if (required) {
          throw required(field);
        }
        return null;
      }
      if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
        int y = digits(value, 0, 4);
        int m = digits(value, 5, 7);
        int d = digits(value, 8, 10);
        if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 28) {
          return LocalDate.of(y, m, d);
        }
      }
      try {
        return LocalDate.parse(value.trim());
      } catch (DateTimeParseException e) {
        throw BusinessRuleViolation.onField(
            field, "eligibility.value-invalid", field, value, "yyyy-MM-dd");
      }
    }

    private static int digits(String s, int from, int to) {
      int n = 0;
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        n = n * 10 + (c - '0');
      }
      return n;
    }

    Rating rating(int y) {
      int i = y - ratingBase;
      return i >= 0 && i < ratings.length ? ratings[i] : null;
    }

    /** A merit (ANNUAL) award of this code for that year. */
    boolean merit(String award, int y) {
      for (int i = 0; i < historyCount; i++) {
        if (historyMerit[i] && historyYear[i] == y && historyAward[i].equals(award)) {
          return true;
        }
      }
      return false;
    }
  }
}
