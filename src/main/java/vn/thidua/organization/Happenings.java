package vn.thidua.organization;

import java.time.Instant;
import java.util.List;

/**
 * What happened for a person since a moment ("since your last visit" on the work list): a module
 * that tells people of steps (the inbox) implements it from its own records.
 */
public interface Happenings {

  /**
   * At most {@code limit} things that happened for the person after {@code since}, newest first.
   */
  List<Happening> since(Actor actor, Instant since, int limit);

  /** One short Vietnamese line, when it happened and where to look. */
  record Happening(Instant at, String text, String link) {}
}
