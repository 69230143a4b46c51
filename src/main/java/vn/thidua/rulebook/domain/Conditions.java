package vn.thidua.rulebook.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.rulebook.EligibilityRequest;
import vn.thidua.rulebook.domain.EligibilityEngine.Condition;
import vn.thidua.rulebook.domain.EligibilityEngine.Ctx;
import vn.thidua.rulebook.domain.EligibilityEngine.Facts;
import vn.thidua.rulebook.domain.EligibilityEngine.Outcome;
import vn.thidua.rulebook.domain.EligibilityEngine.Rating;
import vn.thidua.rulebook.domain.EligibilityEngine.Scope;

/**
 * The kinds of condition a rule row may name, each a small function of the facts. Years are the
 * last years of achievement periods; only merit (ANNUAL) awards count toward merit routes.
 */
final class Conditions {

  private Conditions() {}

  private static String ratingField(int year) {
    return "annualRatings[" + year + "]";
  }

  /**
   * ND 152/2025 Đ4 k4: no award while a disciplinary measure runs or is being considered; after it,
   * achievements count from the day it ended. Periods with dates are read when given; the {@code
   * disciplined} flag is the shorthand.
   */
  static Condition discipline(String text) {
    String unknown = text + ": chưa cho biết đối tượng có đang bị kỷ luật hay không.";
    Outcome under =
        Outcome.of(
            false,
            text + ": đối tượng đang bị kỷ luật hoặc xem xét kỷ luật nên không đủ điều kiện.");
    Outcome clear = Outcome.of(true, text + ": đối tượng không bị kỷ luật.");
    return ctx -> {
      Facts f = ctx.facts();
      if (Boolean.TRUE.equals(f.disciplined)) {
        return under;
      }
      if (f.disciplinePeriods != null) {
        for (int i = 0; i < f.disciplinePeriods.length; i++) {
          LocalDate from = f.disciplinePeriods[i][0];
          LocalDate to = f.disciplinePeriods[i][1];
          if (!from.isAfter(f.asOf) && (to == null || !to.isBefore(f.asOf))) {
            return Outcome.of(
                false,
                text
                    + ": ngày xét "
                    + EligibilityEngine.date(f.asOf)
                    + " đang trong thời gian thi hành kỷ luật ("
                    + measure(f.disciplineMeasures[i])
                    + " từ "
                    + EligibilityEngine.date(from)
                    + (to == null ? "" : " đến " + EligibilityEngine.date(to))
                    + ").");
          }
        }
        if (f.disciplineEnded != null) {
          if (f.year < f.disciplineFloor) {
            return Outcome.of(
                false,
                text
                    + ": thành tích năm "
                    + f.year
                    + " lập trước khi chấp hành xong kỷ luật ("
                    + EligibilityEngine.date(f.disciplineEnded)
                    + ") nên không được tính; thành tích tính từ năm "
                    + f.disciplineFloor
                    + ".");
          }
          return Outcome.of(
              true,
              text
                  + ": không trong thời gian kỷ luật; đã chấp hành xong kỷ luật ngày "
                  + EligibilityEngine.date(f.disciplineEnded)
                  + ", thành tích tính từ năm "
                  + f.disciplineFloor
                  + ".");
        }
        return clear;
      }
      if (f.disciplined == null) {
        ctx.missing().add("disciplined");
        return Outcome.of(false, unknown);
      }
      return clear;
    };
  }

  private static String measure(String code) {
    return switch (code) {
      case "KHIEN_TRACH" -> "khiển trách";
      case "CANH_CAO" -> "cảnh cáo";
      case "HA_BAC_LUONG" -> "hạ bậc lương";
      case "GIANG_CHUC" -> "giáng chức";
      case "CACH_CHUC" -> "cách chức";
      case "BUOC_THOI_VIEC" -> "buộc thôi việc";
      default -> code;
    };
  }

  /** Workers and farmers who work directly in production (the subject's own flag). */
  static Condition directWorker(String text) {
    return ctx -> {
      Boolean d = ctx.facts().directWorker;
      if (d == null) {
        ctx.missing().add("subject.directWorker");
        return Outcome.of(false, text + ": chưa cho biết có trực tiếp lao động, sản xuất không.");
      }
      return Outcome.of(
          d,
          text + (d ? ": trực tiếp lao động, sản xuất." : ": không trực tiếp lao động, sản xuất."));
    };
  }

  static Condition gap(String text) {
    Outcome gap = Outcome.of(false, text + ".");
    return ctx -> gap;
  }

  static Condition ratingMin(String text, Rating fixed, String parameter) {
    return ctx -> {
      Rating min = fixed;
      if (min == null) {
        Object p = ctx.parameters().get(parameter);
        min = p == null ? Rating.GOOD : Rating.valueOf(p.toString());
      }
      int y = ctx.facts().year;
      Rating r = ctx.facts().rating(y);
      if (r == null) {
        ctx.missing().add(ratingField(y));
        return Outcome.of(false, text + ": chưa có xếp loại năm " + y + ".");
      }
      boolean ok = r.ordinal() >= min.ordinal();
      return Outcome.of(
          ok,
          text
              + ": năm "
              + y
              + " xếp loại «"
              + r.vietnamese
              + "»"
              + (ok ? ", đạt" : ", chưa đạt mức «" + min.vietnamese + "» trở lên")
              + ".");
    };
  }

  static Condition ratingExact(String text, Rating wanted) {
    return ctx -> {
      int y = ctx.facts().year;
      Rating r = ctx.facts().rating(y);
      if (r == null) {
        ctx.missing().add(ratingField(y));
        return Outcome.of(false, text + ": chưa có xếp loại năm " + y + ".");
      }
      boolean ok = r == wanted;
      return Outcome.of(
          ok,
          text
              + ": năm "
              + y
              + " xếp loại «"
              + r.vietnamese
              + "»"
              + (ok ? ", đạt" : ", cần «" + wanted.vietnamese + "»")
              + ".");
    };
  }

  private static int initiativesIn(Facts f, int from, int to, Scope min) {
    int n = 0;
    if (f.initiativesGiven) {
      for (int i = 0; i < f.initiativeYear.length; i++) {
        if (f.initiativeYear[i] >= from
            && f.initiativeYear[i] <= to
            && f.initiativeScope[i].ordinal() >= min.ordinal()) {
          n++;
        }
      }
    }
    return n;
  }

  static Condition excellentOrInitiative(String text, Scope scope) {
    return ctx -> {
      Facts f = ctx.facts();
      int y = f.year;
      Rating r = f.rating(y);
      if (r == Rating.EXCELLENT) {
        return Outcome.of(true, text + ": năm " + y + " hoàn thành xuất sắc nhiệm vụ.");
      }
      if (initiativesIn(f, y, y, scope) > 0) {
        return Outcome.of(
            true,
            text
                + ": có sáng kiến được công nhận (phạm vi từ "
                + scope.vietnamese
                + ") năm "
                + y
                + ".");
      }
      boolean undecided = false;
      if (r == null) {
        ctx.missing().add(ratingField(y));
        undecided = true;
      }
      if (!f.initiativesGiven) {
        ctx.missing().add("initiatives");
        undecided = true;
      }
      return Outcome.of(
          false,
          text
              + (undecided
                  ? ": chưa đủ dữ kiện (xếp loại năm " + y + " hoặc sáng kiến năm " + y + ")."
                  : ": năm "
                      + y
                      + " không hoàn thành xuất sắc nhiệm vụ và không có sáng kiến được công nhận."));
    };
  }

  /** Why a window starts later: the same form was already given for an earlier period. */
  private static String sinceNote(EligibilityEngine engine, Ctx ctx) {
    Facts f = ctx.facts();
    if (f.disciplineEnded != null && ctx.since() == f.disciplineFloor - 1) {
      return " (thành tích tính từ năm "
          + f.disciplineFloor
          + ", sau khi chấp hành xong kỷ luật ngày "
          + EligibilityEngine.date(f.disciplineEnded)
          + ")";
    }
    return " (tính từ sau "
        + ctx.award().name()
        + " đã được tặng với thời gian lập thành tích đến năm "
        + ctx.since()
        + ")";
  }

  private static void needHistory(Ctx ctx) {
    if (!ctx.facts().historyGiven) {
      ctx.missing().add("history");
    }
  }

  private static String notCounted(
      EligibilityEngine engine, Facts f, String award, int from, int to) {
    List<String> excluded = new ArrayList<>();
    for (int i = 0; i < f.historyCount; i++) {
      if (!f.historyMerit[i]
          && f.historyAward[i].equals(award)
          && f.historyYear[i] >= from
          && f.historyYear[i] <= to) {
        excluded.add(
            f.historyYear[i] + " (" + EligibilityEngine.occasionName(f.historyOccasion[i]) + ")");
      }
    }
    if (excluded.isEmpty()) {
      return "";
    }
    return " "
        + engine.awardName(award)
        + " năm "
        + String.join(", ", excluded)
        + " không được tính vì khen thưởng đột xuất, theo đợt, chuyên đề, sơ kết, tổng kết không làm căn cứ xét khen thưởng theo công trạng.";
  }

  static Condition streak(EligibilityEngine engine, String text, String award, int length) {
    String name = engine.awardName(award);
    return ctx -> {
      Facts f = ctx.facts();
      int y = f.year;
      if (!f.historyGiven) {
        needHistory(ctx);
        return Outcome.of(false, text + ": chưa có quá trình khen thưởng (history).");
      }
      int n = 0;
      while (n < 100 && y - n > ctx.since() && f.merit(award, y - n)) {
        n++;
      }
      boolean ok = n >= length;
      String msg =
          text
              + ": "
              + (n == 0
                  ? "năm " + y + " chưa có " + name + "."
                  : n
                      + " năm liên tục đạt "
                      + name
                      + " ("
                      + (y - n + 1)
                      + "–"
                      + y
                      + ")"
                      + (ok ? ", đạt." : ", cần " + length + "."));
      if (!ok) {
        msg += notCounted(engine, f, award, y - length + 1, y);
        if (y - length + 1 <= ctx.since()) {
          msg += sinceNote(engine, ctx);
        }
      }
      return Outcome.of(ok, msg);
    };
  }

  /**
   * Two consecutive titles of {@code award}, the second ending in the judged year and the first
   * exactly {@code spacing} years earlier (each title counts over that many years, so consecutive
   * ones are that far apart), both after the previous award of the judged form (ND 152/2025 Đ33
   * k7).
   */
  static Condition consecutivePair(
      EligibilityEngine engine, String text, String award, int spacing) {
    String name = engine.awardName(award);
    return ctx -> {
      Facts f = ctx.facts();
      int y = f.year;
      if (!f.historyGiven) {
        needHistory(ctx);
        return Outcome.of(false, text + ": chưa có quá trình khen thưởng (history).");
      }
      if (!f.merit(award, y)) {
        return Outcome.of(
            false,
            text
                + ": chưa có "
                + name
                + " với thời gian lập thành tích kết thúc năm "
                + y
                + "."
                + notCounted(engine, f, award, y - spacing, y));
      }
      int first = y - spacing;
      if (f.merit(award, first) && first > ctx.since()) {
        return Outcome.of(true, text + ": " + name + " năm " + first + " và năm " + y + ", đạt.");
      }
      if (f.merit(award, first)) {
        return Outcome.of(
            false,
            text
                + ": "
                + name
                + " năm "
                + first
                + " không được tính"
                + sinceNote(engine, ctx)
                + ".");
      }
      for (int g = 1; g < spacing; g++) {
        if (f.merit(award, y - g)) {
          return Outcome.of(
              false,
              text
                  + ": "
                  + name
                  + " năm "
                  + (y - g)
                  + " và năm "
                  + y
                  + " chồng thời gian tính thành tích (hai lần liên tục phải cách nhau "
                  + spacing
                  + " năm).");
        }
      }
      return Outcome.of(
          false,
          text
              + ": chỉ có "
              + name
              + " năm "
              + y
              + ", không có lần liền trước (năm "
              + first
              + ")."
              + notCounted(engine, f, award, first, y - 1));
    };
  }

  static Condition initiatives(String text, Scope scope, int years, int count) {
    return ctx -> {
      Facts f = ctx.facts();
      int to = f.year;
      int from =
          Math.max(
              to - years + 1, ctx.since() == Integer.MIN_VALUE ? to - years + 1 : ctx.since() + 1);
      int n = initiativesIn(f, from, to, scope);
      boolean ok = n >= count;
      if (!ok && !f.initiativesGiven) {
        ctx.missing().add("initiatives");
        return Outcome.of(false, text + ": chưa có thông tin sáng kiến (initiatives).");
      }
      return Outcome.of(
          ok,
          text
              + ": "
              + n
              + " sáng kiến phạm vi từ "
              + scope.vietnamese
              + " trở lên trong "
              + (from == to ? "năm " + to : from + "–" + to)
              + (ok ? ", đạt." : ", cần " + count + "."));
    };
  }

  static Condition excellentYears(
      EligibilityEngine engine, String text, int years, String orTitle) {
    return ctx -> {
      Facts f = ctx.facts();
      int y = f.year;
      if (y - years + 1 <= ctx.since()) {
        return Outcome.of(
            false, text + ": chưa đủ " + years + " năm" + sinceNote(engine, ctx) + ".");
      }
      List<Integer> unknown = new ArrayList<>();
      for (int k = y - years + 1; k <= y; k++) {
        Rating r = f.rating(k);
        boolean title = orTitle != null && f.merit(orTitle, k);
        if (r == Rating.EXCELLENT || title) {
          continue;
        }
        if (r == null) {
          unknown.add(k);
          continue;
        }
        return Outcome.of(
            false,
            text
                + ": năm "
                + k
                + " xếp loại «"
                + r.vietnamese
                + "»"
                + (orTitle == null ? "" : " và không đạt " + engine.awardName(orTitle))
                + ".");
      }
      if (!unknown.isEmpty()) {
        for (int k : unknown) {
          ctx.missing().add(ratingField(k));
        }
        return Outcome.of(false, text + ": chưa có xếp loại năm " + join(unknown) + ".");
      }
      return Outcome.of(true, text + ": " + (y - years + 1) + "–" + y + " đều đạt.");
    };
  }

  /** The last year of the achievement period of the latest merit award of these codes before Y. */
  private static int anchor(Ctx ctx, List<String> awards) {
    int best = latest(ctx.facts(), awards);
    return best == Integer.MIN_VALUE ? best : Math.max(best, ctx.since());
  }

  private static int latest(Facts f, List<String> awards) {
    int best = Integer.MIN_VALUE;
    for (int i = 0; i < f.historyCount; i++) {
      if (f.historyMerit[i] && f.historyYear[i] < f.year && awards.contains(f.historyAward[i])) {
        best = Math.max(best, f.historyYear[i]);
      }
    }
    return best;
  }

  private static String names(EligibilityEngine engine, List<String> awards) {
    List<String> out = new ArrayList<>();
    for (String a : awards) {
      out.add(engine.awardName(a));
    }
    return String.join(" hoặc ", out);
  }

  static Condition priorAward(EligibilityEngine engine, String text, List<String> awards) {
    String name = names(engine, awards);
    return ctx -> {
      Facts f = ctx.facts();
      if (!f.historyGiven) {
        needHistory(ctx);
        return Outcome.of(false, text + ": chưa có quá trình khen thưởng (history).");
      }
      int a = latest(f, awards);
      if (a == Integer.MIN_VALUE) {
        StringBuilder why = new StringBuilder();
        for (String award : awards) {
          why.append(notCounted(engine, f, award, Integer.MIN_VALUE, f.year));
        }
        return Outcome.of(
            false, text + ": chưa có " + name + " theo công trạng trước năm " + f.year + "." + why);
      }
      return Outcome.of(
          true, text + ": " + name + " có thời gian lập thành tích đến năm " + a + ".");
    };
  }

  static Condition windowRatings(
      EligibilityEngine engine,
      String text,
      List<String> after,
      int minYears,
      Rating min,
      String orTitle) {
    String name = names(engine, after);
    return ctx -> {
      Facts f = ctx.facts();
      if (!f.historyGiven) {
        needHistory(ctx);
        return Outcome.of(
            false, text + ": chưa có quá trình khen thưởng (history) để xác định mốc tính.");
      }
      int a = anchor(ctx, after);
      if (a == Integer.MIN_VALUE) {
        return Outcome.of(
            false, text + ": không có mốc tính vì chưa có " + name + " theo công trạng.");
      }
      int y = f.year;
      int length = y - a;
      if (length < minYears) {
        return Outcome.of(
            false,
            text
                + ": tính từ sau thời gian lập thành tích của "
                + name
                + " (đến năm "
                + a
                + ") mới có "
                + length
                + " năm ("
                + (a + 1)
                + "–"
                + y
                + "), chưa đủ "
                + minYears
                + " năm.");
      }
      List<Integer> unknown = new ArrayList<>();
      for (int k = a + 1; k <= y; k++) {
        Rating r = f.rating(k);
        if (orTitle != null && f.merit(orTitle, k)) {
          continue;
        }
        if (r == null) {
          unknown.add(k);
        } else if (r.ordinal() < min.ordinal()) {
          return Outcome.of(
              false,
              text
                  + ": năm "
                  + k
                  + " xếp loại «"
                  + r.vietnamese
                  + "», dưới mức «"
                  + min.vietnamese
                  + "»; chuỗi năm liên tục bị gián đoạn.");
        }
      }
      if (!unknown.isEmpty()) {
        for (int k : unknown) {
          ctx.missing().add(ratingField(k));
        }
        return Outcome.of(false, text + ": chưa có xếp loại năm " + join(unknown) + ".");
      }
      return Outcome.of(
          true,
          text
              + ": "
              + length
              + " năm liên tục ("
              + (a + 1)
              + "–"
              + y
              + ") từ «"
              + min.vietnamese
              + "» trở lên, đạt.");
    };
  }

  static Condition windowExcellent(
      EligibilityEngine engine, String text, List<String> after, int count) {
    String name = names(engine, after);
    return ctx -> {
      Facts f = ctx.facts();
      if (!f.historyGiven) {
        needHistory(ctx);
        return Outcome.of(
            false, text + ": chưa có quá trình khen thưởng (history) để xác định mốc tính.");
      }
      int a = anchor(ctx, after);
      if (a == Integer.MIN_VALUE) {
        return Outcome.of(
            false, text + ": không có mốc tính vì chưa có " + name + " theo công trạng.");
      }
      int n = 0;
      List<Integer> unknown = new ArrayList<>();
      for (int k = a + 1; k <= f.year; k++) {
        Rating r = f.rating(k);
        if (r == Rating.EXCELLENT) {
          n++;
        } else if (r == null) {
          unknown.add(k);
        }
      }
      if (n >= count) {
        return Outcome.of(
            true,
            text + ": " + n + " năm hoàn thành xuất sắc nhiệm vụ từ năm " + (a + 1) + ", đạt.");
      }
      if (!unknown.isEmpty()) {
        for (int k : unknown) {
          ctx.missing().add(ratingField(k));
        }
        return Outcome.of(false, text + ": chưa có xếp loại năm " + join(unknown) + ".");
      }
      return Outcome.of(
          false,
          text
              + ": từ năm "
              + (a + 1)
              + " đến năm "
              + f.year
              + " không có năm hoàn thành xuất sắc nhiệm vụ.");
    };
  }

  static Condition windowTitles(
      EligibilityEngine engine, String text, List<String> after, String award, int count) {
    String name = names(engine, after);
    String title = engine.awardName(award);
    return ctx -> {
      Facts f = ctx.facts();
      if (!f.historyGiven) {
        needHistory(ctx);
        return Outcome.of(false, text + ": chưa có quá trình khen thưởng (history).");
      }
      int a = anchor(ctx, after);
      if (a == Integer.MIN_VALUE) {
        return Outcome.of(
            false, text + ": không có mốc tính vì chưa có " + name + " theo công trạng.");
      }
      List<Integer> years = new ArrayList<>();
      for (int k = a + 1; k <= f.year; k++) {
        if (f.merit(award, k)) {
          years.add(k);
        }
      }
      boolean ok = years.size() >= count;
      String msg =
          text
              + ": từ năm "
              + (a + 1)
              + " đến năm "
              + f.year
              + " có "
              + years.size()
              + " lần "
              + title
              + (years.isEmpty() ? "" : " (" + join(years) + ")")
              + (ok ? ", đạt." : ", cần " + count + ".");
      if (!ok) {
        msg += notCounted(engine, f, award, a + 1, f.year);
      }
      return Outcome.of(ok, msg);
    };
  }

  private static Integer field(EligibilityRequest.Members m, String field) {
    return switch (field) {
      case "total" -> m.total();
      case "completedTasks" -> m.completedTasks();
      case "laoDongTienTien" -> m.laoDongTienTien();
      case "chienSiThiDuaCoSo" -> m.chienSiThiDuaCoSo();
      case "disciplinedWarningOrAbove" -> m.disciplinedWarningOrAbove();
      default -> throw new IllegalStateException("unknown member field " + field);
    };
  }

  /** Members and the named figure, or null after naming what is missing. */
  private static boolean membersGiven(Ctx ctx, String... fields) {
    EligibilityRequest.Members m = ctx.facts().members;
    if (m == null) {
      ctx.missing().add("members");
      return false;
    }
    boolean ok = true;
    for (String name : fields) {
      if (field(m, name) == null) {
        ctx.missing().add("members." + name);
        ok = false;
      }
    }
    return ok;
  }

  static Condition memberShare(String text, String field, double fixedPercent, String parameter) {
    return ctx -> {
      double percent = fixedPercent;
      if (parameter != null) {
        Object p = ctx.parameters().get(parameter);
        percent = p instanceof Number n ? n.doubleValue() : 70;
      }
      if (!membersGiven(ctx, "total", field)) {
        return Outcome.of(false, text + ": chưa có số liệu thành viên.");
      }
      EligibilityRequest.Members m = ctx.facts().members;
      int total = m.total();
      int part = field(m, field);
      boolean ok = total > 0 && part * 100.0 >= percent * total - 1e-9;
      return Outcome.of(
          ok,
          text
              + ": "
              + part
              + "/"
              + total
              + " thành viên ("
              + percent(part, total)
              + ")"
              + (ok ? ", đạt." : ", cần từ " + number(percent) + "%."));
    };
  }

  static Condition membersAllCompleted(String text) {
    return ctx -> {
      if (!membersGiven(ctx, "total", "completedTasks")) {
        return Outcome.of(false, text + ": chưa có số liệu thành viên.");
      }
      EligibilityRequest.Members m = ctx.facts().members;
      boolean ok = m.completedTasks() >= m.total();
      return Outcome.of(
          ok,
          text
              + ": "
              + m.completedTasks()
              + "/"
              + m.total()
              + " thành viên hoàn thành nhiệm vụ"
              + (ok ? ", đạt." : ", chưa đủ 100%."));
    };
  }

  static Condition memberMin(String text, String field, int min) {
    return ctx -> {
      if (!membersGiven(ctx, field)) {
        return Outcome.of(false, text + ": chưa có số liệu thành viên.");
      }
      int n = field(ctx.facts().members, field);
      boolean ok = n >= min;
      return Outcome.of(ok, text + ": có " + n + (ok ? ", đạt." : ", cần ít nhất " + min + "."));
    };
  }

  static Condition membersNoneDisciplined(String text) {
    return ctx -> {
      if (!membersGiven(ctx, "disciplinedWarningOrAbove")) {
        return Outcome.of(false, text + ": chưa có số liệu thành viên bị kỷ luật.");
      }
      int n = ctx.facts().members.disciplinedWarningOrAbove();
      return Outcome.of(n == 0, text + (n == 0 ? ": không có, đạt." : ": có " + n + " người."));
    };
  }

  /**
   * The council judges what no fact can: met when the ballot reaches the form's threshold (a
   * decree's percent of all members, else more than half of all members); quorum when present.
   */
  static Condition council(String text, RuleBook.Threshold statutory, String level, String id) {
    java.util.Map<String, String> asks = new java.util.concurrent.ConcurrentHashMap<>();
    return new Condition() {
      @Override
      public Outcome judge(Ctx ctx) {
        EligibilityRequest.Vote v = ctx.facts().vote;
        String threshold;
        String citation;
        String confidence;
        if (statutory != null) {
          threshold = "từ " + statutory.percent() + "% tổng số thành viên Hội đồng";
          citation = statutory.citation();
          confidence = statutory.confidence();
        } else {
          threshold = "quá nửa tổng số thành viên Hội đồng";
          citation = (String) ctx.parameters().get("majorityCitation");
          confidence = (String) ctx.parameters().get("majorityConfidence");
        }
        String ask =
            asks.computeIfAbsent(
                threshold,
                t -> "Hội đồng Thi đua - Khen thưởng xét: " + text + " (ngưỡng: " + t + ")");
        if (v == null) {
          ctx.missing().add("vote");
          return new Outcome(
              false, ask + ": chưa có kết quả biểu quyết của Hội đồng.", citation, confidence);
        }
        if (v.members() == null || v.inFavour() == null) {
          if (v.members() == null) {
            ctx.missing().add("vote.members");
          }
          if (v.inFavour() == null) {
            ctx.missing().add("vote.inFavour");
          }
          return new Outcome(
              false,
              ask + ": kết quả biểu quyết chưa đủ (tổng số thành viên, số đồng ý).",
              citation,
              confidence);
        }
        int m = v.members();
        int yes = v.inFavour();
        boolean ok =
            statutory != null ? yes * 100L >= (long) statutory.percent() * m : yes * 2L > m;
        return new Outcome(
            ok,
            ask
                + ": đồng ý "
                + yes
                + "/"
                + m
                + " thành viên ("
                + percent(yes, m)
                + ")"
                + (ok ? ", đạt." : ", chưa đạt."),
            citation,
            confidence);
      }

      @Override
      public Outcome extra(Ctx ctx) {
        EligibilityRequest.Vote v = ctx.facts().vote;
        if (v == null || v.present() == null || v.members() == null) {
          return null;
        }
        boolean provinceCouncil = ctx.facts().province != null && !"COMMUNE".equals(level);
        String fraction =
            (String)
                ctx.parameters().get(provinceCouncil ? "provinceAwardMeetingPresence" : "quorum");
        String citation =
            (String)
                ctx.parameters()
                    .get(provinceCouncil ? "provinceAwardMeetingCitation" : "quorumCitation");
        String[] parts = fraction.split("/");
        long num = Long.parseLong(parts[0].trim());
        long den = Long.parseLong(parts[1].trim());
        int m = v.members();
        int present = v.present();
        boolean ok = present * den >= num * m;
        return new Outcome(
            ok,
            "Phiên họp Hội đồng cần ít nhất "
                + (den == 3 && num == 2 ? "hai phần ba" : percent(num, den))
                + " tổng số thành viên có mặt: có mặt "
                + present
                + "/"
                + m
                + (ok ? ", đạt." : ", không đủ số lượng để xét."),
            citation,
            ctx.facts().province == null ? "INFERRED" : "READ");
      }
    };
  }

  static String percent(long part, long total) {
    if (total == 0) {
      return "0%";
    }
    return number(part * 100.0 / total) + "%";
  }

  static String number(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    if (rounded == Math.rint(rounded)) {
      return Long.toString((long) rounded);
    }
    long tenths = Math.round(rounded * 10);
    return (tenths / 10) + "," + Math.abs(tenths % 10);
  }

  private static String join(List<Integer> years) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < years.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(years.get(i));
    }
    return sb.toString();
  }
}
