package vn.thidua.initiative;

import java.time.LocalDate;

/** A recognition decision: number, date, signer, scope of effect and the date it counts from. */
public record RecognitionCommand(
    InitiativeView.Scope scope,
    String decisionNumber,
    LocalDate decisionDate,
    String signer,
    LocalDate countsFrom,
    Long version) {}
