package vn.thidua.movement;

import java.time.LocalDate;
import vn.thidua.organization.AdministrativeLevel;

/** A movement's plan at one level as lists and pages show it. */
public record MovementView(
    long id,
    Long parentId,
    String parentTitle,
    String unitCode,
    String unitName,
    AdministrativeLevel level,
    String name,
    String title,
    PlanDocument.DocumentType documentType,
    Status status,
    Integer number,
    String symbol,
    LocalDate issuedOn,
    String signerName,
    String signerTitle,
    Integer periodFrom,
    Integer periodTo,
    LocalDate subPlanDeadline,
    int currentVersion,
    long version) {

  /** DRAFT → AWAITING_SIGNATURE → ISSUED (workflows.md, "Plan"). */
  public enum Status {
    DRAFT,
    AWAITING_SIGNATURE,
    ISSUED
  }

  /** "Số 2159/QĐ-UBND" or "Số …/KH-UBND" when the number is still blank. */
  public String reference() {
    return (number == null ? "…" : number.toString()) + "/" + (symbol == null ? "" : symbol);
  }
}
