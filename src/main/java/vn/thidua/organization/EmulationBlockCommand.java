package vn.thidua.organization;

import java.util.List;
import vn.thidua.kernel.VietnameseText;

/** Creates or edits an emulation block; {@code version} is the one the editor saw (edits only). */
public record EmulationBlockCommand(
    String unitCode,
    EmulationBlockView.Kind kind,
    String name,
    Integer year,
    Long leaderId,
    Long deputyId,
    List<Long> memberIds,
    Long version) {

  public EmulationBlockCommand {
    unitCode = VietnameseText.cleanOrNull(unitCode);
    name = VietnameseText.cleanOrNull(name);
    memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
  }
}
