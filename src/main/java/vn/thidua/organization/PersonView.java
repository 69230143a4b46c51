package vn.thidua.organization;

import java.time.LocalDate;

/** A person as pages and the API show it (inside the viewer's scope only). */
public record PersonView(
    long id,
    long organizationId,
    String organizationName,
    String unitName,
    String fullName,
    Gender gender,
    LocalDate birthDate,
    String position,
    PersonCategory category,
    boolean directWorker,
    String email,
    String phone,
    boolean active,
    long version) {

  /** Gender as the statistics count it. */
  public enum Gender {
    MALE,
    FEMALE
  }
}
