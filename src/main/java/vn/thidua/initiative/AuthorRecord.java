package vn.thidua.initiative;

import java.math.BigDecimal;

/** A recognised initiative in an author's record: the year it counts in and its scope. */
public record AuthorRecord(
    long initiativeId,
    String title,
    int year,
    InitiativeView.Scope scope,
    String decisionNumber,
    BigDecimal share) {}
