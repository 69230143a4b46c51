package vn.thidua.movement.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.movement.PlanDocument.Occasion;

/** Commendation forms and occasions as plans name them, mapped to the catalogue codes. */
final class PlanAwardWording {

  private record Form(Pattern pattern, String code) {}

  /** In priority order: a longer, more specific wording first. Patterns run on folded text. */
  private static final List<Form> FORMS =
      List.of(
          new Form(Pattern.compile("huan chuong lao dong hang ba"), "HUAN_CHUONG_LAO_DONG_HANG_BA"),
          new Form(
              Pattern.compile("huan chuong lao dong hang nhi"), "HUAN_CHUONG_LAO_DONG_HANG_NHI"),
          new Form(
              Pattern.compile("huan chuong lao dong hang nhat"), "HUAN_CHUONG_LAO_DONG_HANG_NHAT"),
          new Form(Pattern.compile("huan chuong lao dong"), "HUAN_CHUONG_LAO_DONG"),
          new Form(Pattern.compile("co thi dua (cua )?chinh phu"), "CO_THI_DUA_CHINH_PHU"),
          new Form(Pattern.compile("bang khen (cua )?thu tuong"), "BANG_KHEN_THU_TUONG"),
          new Form(Pattern.compile("co thi dua cac cap"), "CO_THI_DUA_CAC_CAP"),
          new Form(
              Pattern.compile(
                  "co thi dua (cua )?(chu tich )?(uy ban nhan dan|ubnd|cap tinh|tinh|thanh pho)"),
              "CO_THI_DUA_CAP_TINH"),
          new Form(
              Pattern.compile(
                  "bang khen (cua )?(chu tich )?(uy ban nhan dan|ubnd|cap tinh|tinh|thanh pho)"),
              "BANG_KHEN_CAP_TINH"),
          new Form(Pattern.compile("chien si thi dua toan quoc"), "CHIEN_SI_THI_DUA_TOAN_QUOC"),
          new Form(
              Pattern.compile("chien si thi dua (cap tinh|cap bo|cap thanh pho|tinh|thanh pho)"),
              "CHIEN_SI_THI_DUA_CAP_TINH"),
          new Form(Pattern.compile("chien si thi dua co so"), "CHIEN_SI_THI_DUA_CO_SO"),
          new Form(Pattern.compile("tap the lao dong xuat sac"), "TAP_THE_LAO_DONG_XUAT_SAC"),
          new Form(Pattern.compile("tap the lao dong tien tien"), "TAP_THE_LAO_DONG_TIEN_TIEN"),
          new Form(Pattern.compile("(?<!tap the )lao dong tien tien"), "LAO_DONG_TIEN_TIEN"),
          new Form(Pattern.compile("giay khen"), "GIAY_KHEN"),
          new Form(
              Pattern.compile("co thi dua(?! cua| cac| chinh| chu| uy| ubnd| tinh| thanh| cap)"),
              "CO_THI_DUA_CAC_CAP"));

  private static final Pattern ANNUAL = Pattern.compile("\\bhang nam\\b");
  private static final Pattern INTERIM = Pattern.compile("\\bso ket\\b");
  private static final Pattern FINAL = Pattern.compile("\\btong ket\\b");
  private static final Pattern THEMATIC = Pattern.compile("\\btheo dot\\b|\\bchuyen de\\b");
  private static final Pattern AD_HOC = Pattern.compile("\\bdot xuat\\b");

  private PlanAwardWording() {}

  /** Catalogue codes named in the text, in order, without duplicates. */
  static List<String> forms(String text) {
    String folded = VietnameseText.fold(text);
    boolean[] taken = new boolean[folded.length() + 1];
    List<int[]> hits = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (Form form : FORMS) {
      Matcher m = form.pattern().matcher(folded);
      while (m.find()) {
        boolean overlap = false;
        for (int i = m.start(); i < m.end(); i++) {
          if (taken[i]) {
            overlap = true;
            break;
          }
        }
        if (overlap) {
          continue;
        }
        for (int i = m.start(); i < m.end(); i++) {
          taken[i] = true;
        }
        hits.add(new int[] {m.start(), codes.size()});
        codes.add(form.code());
      }
    }
    hits.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<String> ordered = new ArrayList<>();
    for (int[] hit : hits) {
      String code = codes.get(hit[1]);
      if (!ordered.contains(code)) {
        ordered.add(code);
      }
    }
    return ordered;
  }

  /** Occasions named in the text. */
  static Set<Occasion> occasions(String text) {
    String folded = VietnameseText.fold(text);
    Set<Occasion> found = EnumSet.noneOf(Occasion.class);
    if (ANNUAL.matcher(folded).find()) {
      found.add(Occasion.ANNUAL);
    }
    if (INTERIM.matcher(folded).find()) {
      found.add(Occasion.INTERIM);
    }
    if (FINAL.matcher(folded).find()) {
      found.add(Occasion.FINAL);
    }
    if (THEMATIC.matcher(folded).find()) {
      found.add(Occasion.THEMATIC);
    }
    if (AD_HOC.matcher(folded).find()) {
      found.add(Occasion.AD_HOC);
    }
    return found;
  }

  /** How render names an occasion's heading. */
  static String occasionHeading(Occasion occasion) {
    return switch (occasion) {
      case ANNUAL -> "Khen thưởng hằng năm";
      case INTERIM -> "Khen thưởng sơ kết";
      case FINAL -> "Khen thưởng tổng kết";
      case THEMATIC -> "Khen thưởng theo đợt, chuyên đề";
      case AD_HOC -> "Khen thưởng đột xuất";
    };
  }
}
