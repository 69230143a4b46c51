package vn.thidua.commendation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.thidua.commendation.NominationView;
import vn.thidua.kernel.StateChanged;
import vn.thidua.organization.Permission;
import vn.thidua.organization.StepNotices;
import vn.thidua.rulebook.Rulebook;

/**
 * Who hears of a step of a nomination: always the proposing unit and the level's office; the
 * council when it is put on the council's agenda; the authority when the council voted for it (or
 * when no council votes at the level, once appraised).
 */
@Component
class CommendationNotices implements StepNotices {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final NominationRepository rows;
  private final NominationAccess access;
  private final NominationService nominations;
  private final Rulebook rulebook;
  private final MessageSource messages;

  CommendationNotices(
      NominationRepository rows,
      NominationAccess access,
      NominationService nominations,
      Rulebook rulebook,
      MessageSource messages) {
    this.rows = rows;
    this.access = access;
    this.nominations = nominations;
    this.rulebook = rulebook;
    this.messages = messages;
  }

  @Override
  public Optional<StepNotice> of(StateChanged step) {
    if (!step.record().equals(NominationWorkflow.TRACKED.table())) {
      return Optional.empty();
    }
    NominationView n = rows.get(step.id());
    String level = access.level(n).path();
    List<Audience> audience = new ArrayList<>();
    audience.add(new Audience(Permission.RECORD_VALUES, rows.subjectPath(n.id())));
    audience.add(new Audience(Permission.MANAGE_NOMINATIONS, level));
    NominationView.Status to = n.status();
    if (to == NominationView.Status.AT_COUNCIL) {
      audience.add(new Audience(Permission.VOTE_AWARDS, level));
    }
    if (to == NominationView.Status.VOTED_FOR
        || (to == NominationView.Status.APPRAISED && !nominations.councilHere(n))) {
      audience.add(new Audience(Permission.DECIDE_AWARDS, level));
    }
    return Optional.of(
        new StepNotice(
            messages.getMessage(
                "notice.nomination.object",
                new Object[] {rulebook.shortName(n.award()), n.subjectName()},
                VI),
            "/nominations/" + n.id(),
            audience));
  }
}
