package vn.thidua.initiative;

import java.time.Instant;
import java.time.LocalDate;

/** One recognition decision of an initiative (the first, or a later wider scope). */
public record RecognitionView(
    InitiativeView.Scope scope,
    String decisionNumber,
    LocalDate decisionDate,
    String signer,
    LocalDate countsFrom,
    String recordedBy,
    Instant recordedAt) {}
