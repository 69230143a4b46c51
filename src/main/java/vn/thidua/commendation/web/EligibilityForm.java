package vn.thidua.commendation.web;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.rulebook.EligibilityRequest;

/**
 * The officer's eligibility form. Lists are typed one item a line: history "CODE YEAR [OCCASION]",
 * ratings "YEAR RATING", initiatives "YEAR SCOPE".
 */
public class EligibilityForm {

  private String award = "BANG_KHEN_THU_TUONG";
  private String occasion = "ANNUAL";
  private String asOf;
  private String receivedOn;
  private Integer year;
  private String province;
  private String kind = "INDIVIDUAL";
  private String category = "CIVIL_SERVANT";
  private String history = "";
  private String ratings = "";
  private String initiatives = "";
  private Integer membersTotal;
  private Integer membersCompleted;
  private Integer membersLaoDongTienTien;
  private Integer membersChienSi;
  private Integer membersDisciplined;
  private String disciplined = "false";
  private Integer voteMembers;
  private Integer votePresent;
  private Integer voteInFavour;

  EligibilityRequest toRequest() {
    return toRequest(java.util.Map.of());
  }

  /**
   * Reads the lists as a person types them, in Vietnamese: history "2025 Bằng khen cấp tỉnh, theo
   * đợt" (the award's name or short name, then the occasion), ratings "2029 Hoàn thành tốt nhiệm
   * vụ", initiatives "2028 cơ sở". The older coded lines ("BANG_KHEN_CAP_TINH 2025 THEMATIC") are
   * still read.
   *
   * @param awardNames the award codes by folded name and short name
   */
  EligibilityRequest toRequest(java.util.Map<String, String> awardNames) {
    List<EligibilityRequest.HistoryEntry> h = new ArrayList<>();
    int line = 0;
    for (String l : lines(history)) {
      line++;
      String[] p = l.split("\\s+");
      if (p[0].matches("\\d{4}")) {
        String rest = l.substring(p[0].length()).strip();
        int comma = rest.lastIndexOf(',');
        String occasionText = comma < 0 ? null : rest.substring(comma + 1);
        String occasionCode = occasionText == null ? null : occasion(occasionText);
        String name = occasionCode == null ? rest : rest.substring(0, comma);
        String award = awardNames.get(vn.thidua.kernel.VietnameseText.fold(name.strip()));
        if (award == null) {
          throw BusinessRuleViolation.onField(
              "history", "eligibility.form.award-unknown", String.valueOf(line), name.strip());
        }
        h.add(
            new EligibilityRequest.HistoryEntry(
                award, number(p[0], "history", line), occasionCode));
      } else {
        h.add(
            new EligibilityRequest.HistoryEntry(
                p[0],
                number(p.length > 1 ? p[1] : null, "history", line),
                p.length > 2 ? p[2] : null));
      }
    }
    List<EligibilityRequest.AnnualRating> r = new ArrayList<>();
    line = 0;
    for (String l : lines(ratings)) {
      line++;
      String[] p = l.split("\\s+", 2);
      r.add(
          new EligibilityRequest.AnnualRating(
              number(p[0], "ratings", line), p.length > 1 ? rating(p[1]) : null));
    }
    List<EligibilityRequest.InitiativeFact> in = new ArrayList<>();
    line = 0;
    for (String l : lines(initiatives)) {
      line++;
      String[] p = l.split("\\s+", 2);
      in.add(
          new EligibilityRequest.InitiativeFact(
              number(p[0], "initiatives", line), p.length > 1 ? scope(p[1]) : null));
    }
    EligibilityRequest.Members members =
        membersTotal == null
                && membersCompleted == null
                && membersLaoDongTienTien == null
                && membersChienSi == null
                && membersDisciplined == null
            ? null
            : new EligibilityRequest.Members(
                membersTotal,
                membersCompleted,
                membersLaoDongTienTien,
                membersChienSi,
                membersDisciplined);
    EligibilityRequest.Vote vote =
        voteMembers == null && votePresent == null && voteInFavour == null
            ? null
            : new EligibilityRequest.Vote(voteMembers, votePresent, voteInFavour);
    return new EligibilityRequest(
        award,
        occasion,
        asOf,
        blank(receivedOn) ? null : receivedOn,
        year,
        blank(province) ? null : province,
        new EligibilityRequest.Subject(kind, blank(category) ? null : category, null),
        h,
        members,
        r,
        in,
        "true".equals(disciplined)
            ? Boolean.TRUE
            : "false".equals(disciplined) ? Boolean.FALSE : null,
        vote);
  }

  /** "Hoàn thành xuất sắc nhiệm vụ", "xuất sắc" → EXCELLENT …; a code is kept as it is. */
  static String rating(String text) {
    String f = vn.thidua.kernel.VietnameseText.fold(text.strip()).replace(" nhiem vu", "");
    return switch (f) {
      case "hoan thanh xuat sac", "xuat sac" -> "EXCELLENT";
      case "hoan thanh tot", "tot" -> "GOOD";
      case "hoan thanh" -> "COMPLETED";
      case "khong hoan thanh" -> "NOT_COMPLETED";
      default -> text.strip();
    };
  }

  /** "cơ sở", "tỉnh", "toàn quốc" → BASE, PROVINCE, NATIONAL; a code is kept as it is. */
  static String scope(String text) {
    String f = vn.thidua.kernel.VietnameseText.fold(text.strip()).replace("cap ", "");
    return switch (f) {
      case "co so" -> "BASE";
      case "tinh", "bo, nganh, tinh" -> "PROVINCE";
      case "toan quoc" -> "NATIONAL";
      default -> text.strip();
    };
  }

  /** "hằng năm", "sơ kết", "tổng kết", "theo đợt"/"chuyên đề", "đột xuất"; null when none. */
  static String occasion(String text) {
    String f = vn.thidua.kernel.VietnameseText.fold(text.strip());
    if (f.contains("hang nam")) {
      return "ANNUAL";
    }
    if (f.contains("so ket")) {
      return "INTERIM";
    }
    if (f.contains("tong ket")) {
      return "FINAL";
    }
    if (f.contains("chuyen de") || f.contains("theo dot")) {
      return "THEMATIC";
    }
    if (f.contains("dot xuat")) {
      return "AD_HOC";
    }
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    if (text != null) {
      for (String l : text.split("\\R")) {
        if (!l.isBlank()) {
          out.add(l.strip());
        }
      }
    }
    return out;
  }

  private static Integer number(String s, String field, int line) {
    try {
      return s == null ? null : Integer.valueOf(s);
    } catch (NumberFormatException e) {
      throw BusinessRuleViolation.onField(
          field,
          "eligibility.form.line-invalid",
          new vn.thidua.kernel.MessageKey("eligibility.form." + field),
          String.valueOf(line),
          s);
    }
  }

  public String getAward() {
    return award;
  }

  public void setAward(String award) {
    this.award = award;
  }

  public String getOccasion() {
    return occasion;
  }

  public void setOccasion(String occasion) {
    this.occasion = occasion;
  }

  public String getAsOf() {
    return asOf;
  }

  public void setAsOf(String asOf) {
    this.asOf = asOf;
  }

  public String getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(String receivedOn) {
    this.receivedOn = receivedOn;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getProvince() {
    return province;
  }

  public void setProvince(String province) {
    this.province = province;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getHistory() {
    return history;
  }

  public void setHistory(String history) {
    this.history = history;
  }

  public String getRatings() {
    return ratings;
  }

  public void setRatings(String ratings) {
    this.ratings = ratings;
  }

  public String getInitiatives() {
    return initiatives;
  }

  public void setInitiatives(String initiatives) {
    this.initiatives = initiatives;
  }

  public Integer getMembersTotal() {
    return membersTotal;
  }

  public void setMembersTotal(Integer membersTotal) {
    this.membersTotal = membersTotal;
  }

  public Integer getMembersCompleted() {
    return membersCompleted;
  }

  public void setMembersCompleted(Integer membersCompleted) {
    this.membersCompleted = membersCompleted;
  }

  public Integer getMembersLaoDongTienTien() {
    return membersLaoDongTienTien;
  }

  public void setMembersLaoDongTienTien(Integer membersLaoDongTienTien) {
    this.membersLaoDongTienTien = membersLaoDongTienTien;
  }

  public Integer getMembersChienSi() {
    return membersChienSi;
  }

  public void setMembersChienSi(Integer membersChienSi) {
    this.membersChienSi = membersChienSi;
  }

  public Integer getMembersDisciplined() {
    return membersDisciplined;
  }

  public void setMembersDisciplined(Integer membersDisciplined) {
    this.membersDisciplined = membersDisciplined;
  }

  public String getDisciplined() {
    return disciplined;
  }

  public void setDisciplined(String disciplined) {
    this.disciplined = disciplined;
  }

  public Integer getVoteMembers() {
    return voteMembers;
  }

  public void setVoteMembers(Integer voteMembers) {
    this.voteMembers = voteMembers;
  }

  public Integer getVotePresent() {
    return votePresent;
  }

  public void setVotePresent(Integer votePresent) {
    this.votePresent = votePresent;
  }

  public Integer getVoteInFavour() {
    return voteInFavour;
  }

  public void setVoteInFavour(Integer voteInFavour) {
    this.voteInFavour = voteInFavour;
  }
}
