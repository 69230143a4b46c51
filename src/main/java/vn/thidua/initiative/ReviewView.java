package vn.thidua.initiative;

import java.math.BigDecimal;
import java.time.Instant;

/** One reviewer's scores, weighted total (0–100) and comment, or a declared conflict. */
public record ReviewView(
    long id,
    String reviewerName,
    boolean conflict,
    Integer novelty,
    Integer effect,
    Integer replicability,
    BigDecimal total,
    String comment,
    Instant reviewedAt) {}
