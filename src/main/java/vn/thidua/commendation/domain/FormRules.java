package vn.thidua.commendation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.organization.AdministrativeLevel;

/**
 * What the workflow needs of each form: the level that decides it after 1/7/2025 (ND 129/2025 Đ59
 * for the commune; the Law Đ80 for the province), the bonus as a multiple of the base salary (ND
 * 152/2025 Đ50, Đ54: individual and collective), the dossier documents, whether the list goes on
 * public notice, and the share of all council members a ballot needs (ND 152/2025 Đ33 k5; more than
 * half otherwise). Base salary by date: ND 73/2024 (2.340.000 đ), ND 161/2026 from 1/7/2026
 * (2.530.000 đ).
 */
public final class FormRules {

  private FormRules() {}

  /** One form's rule. */
  public record Rule(
      String award,
      AdministrativeLevel decidedAt,
      BigDecimal individual,
      BigDecimal collective,
      List<String> documents,
      boolean publicNotice,
      BigDecimal voteShare) {}

  /** Documents the system drafts; the others are uploaded. */
  public static final List<String> GENERATED =
      List.of("TO_TRINH", "DANH_SACH", "BAO_CAO_THANH_TICH", "BIEN_BAN_HOI_DONG");

  private static final List<String> BASE_DOCS =
      List.of("TO_TRINH", "DANH_SACH", "BAO_CAO_THANH_TICH", "BIEN_BAN_HOI_DONG");
  private static final List<String> WITH_EVIDENCE =
      List.of("TO_TRINH", "DANH_SACH", "BAO_CAO_THANH_TICH", "BIEN_BAN_HOI_DONG", "MINH_CHUNG");

  private static final BigDecimal HALF = new BigDecimal("0.5");

  private static Rule rule(
      String award,
      AdministrativeLevel at,
      String individual,
      String collective,
      List<String> docs,
      boolean notice,
      BigDecimal share) {
    return new Rule(
        award,
        at,
        individual == null ? null : new BigDecimal(individual),
        collective == null ? null : new BigDecimal(collective),
        docs,
        notice,
        share);
  }

  private static final Map<String, Rule> RULES =
      Map.ofEntries(
          Map.entry(
              "GIAY_KHEN",
              rule("GIAY_KHEN", AdministrativeLevel.COMMUNE, "0.3", "0.6", BASE_DOCS, false, HALF)),
          Map.entry(
              "LAO_DONG_TIEN_TIEN",
              rule(
                  "LAO_DONG_TIEN_TIEN",
                  AdministrativeLevel.COMMUNE,
                  "0.3",
                  null,
                  BASE_DOCS,
                  false,
                  HALF)),
          Map.entry(
              "CHIEN_SI_THI_DUA_CO_SO",
              rule(
                  "CHIEN_SI_THI_DUA_CO_SO",
                  AdministrativeLevel.COMMUNE,
                  "1.0",
                  null,
                  BASE_DOCS,
                  false,
                  HALF)),
          Map.entry(
              "TAP_THE_LAO_DONG_TIEN_TIEN",
              rule(
                  "TAP_THE_LAO_DONG_TIEN_TIEN",
                  AdministrativeLevel.COMMUNE,
                  null,
                  "0.8",
                  BASE_DOCS,
                  false,
                  HALF)),
          Map.entry(
              "TAP_THE_LAO_DONG_XUAT_SAC",
              rule(
                  "TAP_THE_LAO_DONG_XUAT_SAC",
                  AdministrativeLevel.PROVINCE,
                  null,
                  "1.5",
                  WITH_EVIDENCE,
                  false,
                  HALF)),
          Map.entry(
              "BANG_KHEN_CAP_TINH",
              rule(
                  "BANG_KHEN_CAP_TINH",
                  AdministrativeLevel.PROVINCE,
                  "1.5",
                  "3.0",
                  WITH_EVIDENCE,
                  false,
                  HALF)),
          Map.entry(
              "CHIEN_SI_THI_DUA_CAP_TINH",
              rule(
                  "CHIEN_SI_THI_DUA_CAP_TINH",
                  AdministrativeLevel.PROVINCE,
                  "3.0",
                  null,
                  WITH_EVIDENCE,
                  true,
                  HALF)),
          Map.entry(
              "CO_THI_DUA_CAP_TINH",
              rule(
                  "CO_THI_DUA_CAP_TINH",
                  AdministrativeLevel.PROVINCE,
                  null,
                  "8.0",
                  WITH_EVIDENCE,
                  true,
                  HALF)),
          Map.entry(
              "BANG_KHEN_THU_TUONG",
              rule(
                  "BANG_KHEN_THU_TUONG",
                  AdministrativeLevel.NATION,
                  "3.5",
                  "7.0",
                  WITH_EVIDENCE,
                  true,
                  HALF)),
          Map.entry(
              "CHIEN_SI_THI_DUA_TOAN_QUOC",
              rule(
                  "CHIEN_SI_THI_DUA_TOAN_QUOC",
                  AdministrativeLevel.NATION,
                  "4.5",
                  null,
                  WITH_EVIDENCE,
                  true,
                  new BigDecimal("0.9"))),
          Map.entry(
              "CO_THI_DUA_CHINH_PHU",
              rule(
                  "CO_THI_DUA_CHINH_PHU",
                  AdministrativeLevel.NATION,
                  null,
                  "12.0",
                  WITH_EVIDENCE,
                  true,
                  new BigDecimal("0.8"))),
          Map.entry(
              "HUAN_CHUONG_LAO_DONG_HANG_BA",
              rule(
                  "HUAN_CHUONG_LAO_DONG_HANG_BA",
                  AdministrativeLevel.NATION,
                  "4.5",
                  "9.0",
                  WITH_EVIDENCE,
                  true,
                  HALF)));

  public static Optional<Rule> of(String award) {
    return Optional.ofNullable(award == null ? null : RULES.get(award));
  }

  public static java.util.Set<String> codes() {
    return RULES.keySet();
  }

  /** Mức lương cơ sở in force on a date. */
  public static BigDecimal baseSalary(LocalDate on) {
    return on.isBefore(LocalDate.of(2026, 7, 1))
        ? new BigDecimal("2340000")
        : new BigDecimal("2530000");
  }

  /** Coefficient × base salary, rounded up to the nearest ten thousand đồng (ND 152/2025 Đ49). */
  public static BigDecimal bonus(Rule rule, boolean collective, LocalDate decidedOn) {
    BigDecimal k = collective ? rule.collective() : rule.individual();
    if (k == null) {
      return null;
    }
    BigDecimal raw = k.multiply(baseSalary(decidedOn));
    return raw.divide(new BigDecimal("10000"), 0, RoundingMode.CEILING)
        .multiply(new BigDecimal("10000"));
  }

  /** Votes in favour needed: the rule's share of all members, strictly more for "half". */
  public static boolean passes(Rule rule, int members, int inFavour) {
    BigDecimal needed = rule.voteShare().multiply(BigDecimal.valueOf(members));
    return rule.voteShare().compareTo(HALF) == 0
        ? BigDecimal.valueOf(inFavour).compareTo(needed) > 0
        : BigDecimal.valueOf(inFavour).compareTo(needed) >= 0;
  }
}
