package vn.thidua.initiative.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.thidua.initiative.ExemplaryModelView;
import vn.thidua.initiative.InitiativeView;
import vn.thidua.kernel.StateChanged;
import vn.thidua.organization.Permission;
import vn.thidua.organization.StepNotices;

/**
 * Who hears of a step of an initiative or an exemplary model (its nominator and the office that
 * approves and publishes it): its filer and the level's office always; the review council and the
 * authority while it is under review.
 */
@Component
class InitiativeNotices implements StepNotices {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final InitiativeService initiatives;
  private final ExemplaryModelService models;
  private final MessageSource messages;

  InitiativeNotices(
      InitiativeService initiatives, ExemplaryModelService models, MessageSource messages) {
    this.initiatives = initiatives;
    this.models = models;
    this.messages = messages;
  }

  @Override
  public Optional<StepNotice> of(StateChanged step) {
    if (step.record().equals(ExemplaryModelWorkflow.TRACKED.table())) {
      ExemplaryModelView m = models.get(step.id());
      return Optional.of(
          new StepNotice(
              messages.getMessage("work.model.title", new Object[] {m.title()}, VI),
              "/models/" + m.id(),
              List.of(
                  new Audience(Permission.FILE_INITIATIVES, m.path()),
                  new Audience(Permission.PUBLISH_MODELS, m.path()))));
    }
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
