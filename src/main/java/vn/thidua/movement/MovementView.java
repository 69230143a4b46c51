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
    long version,
    Long organizationId,
    String organizationName,
    java.util.List<String> names) {

  public MovementView {
    names = names == null ? java.util.List.of() : java.util.List.copyOf(names);
  }

  /** Whether this is the plan of an organisation (a department, the Front, an enterprise …). */
  public boolean organizationPlan() {
    return organizationId != null;
  }

  /** Who issues it: the organisation, else the administrative unit. */
  public String ownerName() {
    return organizationName != null ? organizationName : unitName;
  }

  /** The same plan with its organisation's name. */
  public MovementView withOrganizationName(String name) {
    return new MovementView(
        id,
        parentId,
        parentTitle,
        unitCode,
        unitName,
        level,
        this.name,
        title,
        documentType,
        status,
        number,
        symbol,
        issuedOn,
        signerName,
        signerTitle,
        periodFrom,
        periodTo,
        subPlanDeadline,
        currentVersion,
        version,
        organizationId,
        name,
        names);
  }

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
