package vn.thidua.organization;

import java.time.LocalDate;
import vn.thidua.kernel.VietnameseText;

/** Creates or edits a person; {@code version} is the one the editor saw (edits only). */
public record PersonCommand(
    Long organizationId,
    String fullName,
    PersonView.Gender gender,
    LocalDate birthDate,
    String position,
    PersonCategory category,
    Boolean directWorker,
    String email,
    String phone,
    Long version) {

  public PersonCommand {
    fullName = VietnameseText.cleanOrNull(fullName);
    directWorker = directWorker != null && directWorker;
    position = VietnameseText.cleanOrNull(position);
    email = VietnameseText.cleanOrNull(email);
    phone = VietnameseText.cleanOrNull(phone);
  }
}
