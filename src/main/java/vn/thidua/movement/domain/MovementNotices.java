package vn.thidua.movement.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.thidua.kernel.StateChanged;
import vn.thidua.movement.MovementView;
import vn.thidua.organization.Permission;
import vn.thidua.organization.StepNotices;

/**
 * Who hears of a step of a plan: the level's office always; its leadership when a draft awaits
 * signature.
 */
@Component
class MovementNotices implements StepNotices {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final MovementService movements;
  private final MessageSource messages;

  MovementNotices(MovementService movements, MessageSource messages) {
    this.movements = movements;
    this.messages = messages;
  }

  @Override
  public Optional<StepNotice> of(StateChanged step) {
    if (!step.record().equals(MovementWorkflow.TRACKED.table())) {
      return Optional.empty();
    }
    MovementView m = movements.find(step.id()).orElseThrow();
    String path = movements.pathOf(m.id());
    List<Audience> audience = new ArrayList<>();
    audience.add(new Audience(Permission.MANAGE_PLANS, path));
    if (m.status() == MovementView.Status.AWAITING_SIGNATURE) {
      audience.add(new Audience(Permission.ISSUE_PLANS, path));
    }
    return Optional.of(
        new StepNotice(
            messages.getMessage(
                "work.plan.title",
                new Object[] {m.ownerName(), m.name() == null ? m.title() : m.name()},
                VI),
            "/movements/" + m.id(),
            audience));
  }
}
