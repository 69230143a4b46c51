package vn.thidua.initiative;

/** An initiative already filed whose title is close to another's, with the trigram similarity. */
public record SimilarInitiative(
    long id,
    String title,
    String organizationName,
    String unitName,
    InitiativeView.Status status,
    int year,
    double similarity,
    boolean readable) {

  /** The similarity in whole per cent. */
  public int percent() {
    return (int) Math.round(similarity * 100);
  }
}
