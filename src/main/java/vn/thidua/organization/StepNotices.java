package vn.thidua.organization;

import java.util.List;
import java.util.Optional;
import vn.thidua.kernel.StateChanged;

/**
 * Who is told of a workflow step: the module that owns the record names it in the reader's words,
 * links to it and says whose turn it is (by permission and place) and whom it concerns. The
 * notification module asks every implementation on each {@link StateChanged} and reads no module's
 * tables itself.
 */
public interface StepNotices {

  /** The notice of a step of one of this module's records; empty for another module's record. */
  Optional<StepNotice> of(StateChanged step);

  /**
   * A step as people are told of it.
   *
   * @param object the record in the reader's words ("Báo cáo năm 2026 của Thôn Đông")
   * @param link its page
   * @param audience the people to tell: those who act next and those it concerns
   */
  record StepNotice(String object, String link, List<Audience> audience) {}

  /** The nearest holders of a permission at a place (see {@link Accounts#nearestHolders}). */
  record Audience(Permission permission, String path) {}
}
