package vn.thidua.initiative;

/**
 * A reviewer's scores (0–10 on each criterion of the rubric) and comment. The reviewer declares
 * having no conflict of interest, or declares one and does not score.
 */
public record ReviewCommand(
    Integer novelty,
    Integer effect,
    Integer replicability,
    String comment,
    Boolean noConflictDeclared,
    Boolean conflict) {

  public boolean declaresConflict() {
    return Boolean.TRUE.equals(conflict);
  }

  public boolean declaresNoConflict() {
    return Boolean.TRUE.equals(noConflictDeclared);
  }
}
