package vn.thidua.review;

/**
 * The office's edit of a round report: the overview, the difficulties raised, the lessons and the
 * next phase's tasks; {@code version} is the round's version the editor saw.
 */
public record ReportCommand(
    String overview, String difficulties, String lessons, String nextTasks, Long version) {}
