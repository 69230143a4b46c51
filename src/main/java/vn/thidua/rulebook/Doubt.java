package vn.thidua.rulebook;

/**
 * A row of the rulebook read with less than full confidence (INFERRED or GAP): what a lawyer must
 * confirm. {@code key} is stable across runs ("rule:BKT-ANNUAL-COUNCIL",
 * "form:GIAY_KHEN:LAW_2022_ND_98_2023:bonus").
 */
public record Doubt(
    String key, String kind, String subject, String text, String citation, String confidence) {}
