package vn.thidua.participation;

import java.util.List;

/** Creates or edits a draft (or returned) registration. */
public record RegistrationCommand(
    Long organizationId,
    Integer year,
    List<String> titles,
    List<RegistrationView.Commitment> commitments) {

  public RegistrationCommand {
    titles = titles == null ? List.of() : List.copyOf(titles);
    commitments = commitments == null ? List.of() : List.copyOf(commitments);
  }
}
