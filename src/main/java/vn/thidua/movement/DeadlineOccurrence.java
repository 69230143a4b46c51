package vn.thidua.movement;

import java.time.LocalDate;

/**
 * One dated deadline of a plan: "trước ngày 12/12" falls due at the end of 11/12
 * (Asia/Ho_Chi_Minh); a sub-plan deadline at the end of its day.
 */
public record DeadlineOccurrence(
    LocalDate dueOn,
    PlanDocument.DeadlineKind kind,
    long movementId,
    String movementName,
    String unitName,
    String from,
    String to) {}
