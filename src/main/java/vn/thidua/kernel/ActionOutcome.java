package vn.thidua.kernel;

import java.util.function.BiConsumer;

/**
 * What a page action tells the user after the redirect: the notice when it went through, or the
 * business rule (or the concurrent change) that stopped it.
 */
public record ActionOutcome(
    String key, Object[] args, boolean done, java.util.List<MessageKey> problems) {

  public ActionOutcome(String key, Object[] args, boolean done) {
    this(key, args, done, java.util.List.of());
  }

  /** Runs the action and turns the expected refusals into a message. */
  public static ActionOutcome of(String notice, Runnable action) {
    try {
      action.run();
      return new ActionOutcome(notice, null, true);
    } catch (BusinessRuleViolation e) {
      if (e.all().size() > 1) {
        // Every field's error at once (issue 12): the count above, each error below it.
        return new ActionOutcome(
            "form.errors",
            new Object[] {e.all().size()},
            false,
            e.all().stream().map(v -> new MessageKey(v.code(), v.args())).toList());
      }
      return new ActionOutcome(e.code(), e.args(), false);
    } catch (ConcurrentChange e) {
      return new ActionOutcome("error.concurrent-change", null, false);
    }
  }

  /** Hands the message to the flash attributes ("notice", or "problem" with "problemArgs"). */
  public void flash(BiConsumer<String, Object> attributes) {
    if (done) {
      attributes.accept("notice", key);
    } else {
      attributes.accept("problem", key);
      if (args != null) {
        attributes.accept("problemArgs", args);
      }
      if (problems != null && !problems.isEmpty()) {
        attributes.accept("problems", new java.util.ArrayList<>(problems));
      }
    }
  }
}
