package vn.thidua.initiative.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.thidua.initiative.InitiativeView;
import vn.thidua.kernel.StateChanged;
import vn.thidua.organization.Permission;
import vn.thidua.organization.StepNotices;

/**
 * Who hears of a step of an initiative: its filer and the level's office always; the review council
 * and the authority while it is under review.
 */
@Component
class InitiativeNotices implements StepNotices {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final InitiativeService initiatives;
  private final MessageSource messages;

  InitiativeNotices(InitiativeService initiatives, MessageSource messages) {
    this.initiatives = initiatives;
    this.messages = messages;
  }

  @Override
  public Optional<StepNotice> of(StateChanged step) {
    if (!step.record().equals(InitiativeWorkflow.TRACKED.table())) {
      return Optional.empty();
    }
    InitiativeView i = initiatives.get(step.id());
    List<Audience> audience = new ArrayList<>();
    audience.add(new Audience(Permission.FILE_INITIATIVES, i.path()));
    audience.add(new Audience(Permission.MANAGE_INITIATIVES, i.unitPath()));
    if (i.status() == InitiativeView.Status.UNDER_REVIEW) {
      audience.add(new Audience(Permission.REVIEW_INITIATIVES, i.unitPath()));
      audience.add(new Audience(Permission.DECIDE_INITIATIVES, i.unitPath()));
    }
    return Optional.of(
        new StepNotice(
            messages.getMessage("work.initiative.title", new Object[] {i.title()}, VI),
            "/initiatives/" + i.id(),
            audience));
  }
}
