package vn.thidua.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The allowed transitions of one workflow, in one table: state × action → state, and who may take
 * the action (a role of the workflow: "UNIT", "OFFICE", "COUNCIL", "LEADERSHIP" …, which the
 * aggregate's service maps to permissions and scopes). Plain Java, read by the service before every
 * state change and by the pages that offer the actions.
 *
 * @param <S> the states
 * @param <A> the actions
 */
public final class Workflow<S extends Enum<S>, A extends Enum<A>> {

  /** One allowed move. */
  public record Transition<S extends Enum<S>, A extends Enum<A>>(
      S from, A action, S to, String by) {}

  private final String name;
  private final List<Transition<S, A>> transitions;
  private final Map<S, Map<A, Transition<S, A>>> table;

  private Workflow(
      String name, Class<S> states, Class<A> actions, List<Transition<S, A>> transitions) {
    this.name = name;
    this.transitions = List.copyOf(transitions);
    Map<S, Map<A, Transition<S, A>>> t = new EnumMap<>(states);
    for (Transition<S, A> tr : transitions) {
      Transition<S, A> clash =
          t.computeIfAbsent(tr.from(), s -> new EnumMap<>(actions)).put(tr.action(), tr);
      if (clash != null) {
        throw new IllegalStateException(
            name + ": two transitions for " + tr.from() + " × " + tr.action());
      }
    }
    this.table = t;
  }

  /** Starts the table of a workflow; {@code name} is its message prefix ("nomination"). */
  public static <S extends Enum<S>, A extends Enum<A>> Builder<S, A> of(
      String name, Class<S> states, Class<A> actions) {
    return new Builder<>(name, states, actions);
  }

  public String name() {
    return name;
  }

  /** Every row of the table, in the order it was written. */
  public List<Transition<S, A>> transitions() {
    return transitions;
  }

  /** Whether the action may be taken from the state. */
  public boolean allows(S from, A action) {
    return table.getOrDefault(from, Map.of()).containsKey(action);
  }

  /** The actions open from a state, in table order. */
  public Set<A> actions(S from) {
    Set<A> out = new LinkedHashSet<>();
    for (Transition<S, A> t : transitions) {
      if (t.from() == from) {
        out.add(t.action());
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * The transition of an action from a state, or a refusal that names both in the reader's words
   * ("{name}.action.{ACTION}", "{name}.status.{STATE}").
   */
  public Transition<S, A> transition(S from, A action) {
    Transition<S, A> t = table.getOrDefault(from, Map.of()).get(action);
    if (t == null) {
      throw new BusinessRuleViolation(
          "workflow.not-allowed",
          new MessageKey(name + ".action." + action.name()),
          new MessageKey(name + ".status." + from.name()));
    }
    return t;
  }

  /** Writes the table. */
  public static final class Builder<S extends Enum<S>, A extends Enum<A>> {
    private final String name;
    private final Class<S> states;
    private final Class<A> actions;
    private final List<Transition<S, A>> rows = new ArrayList<>();

    private Builder(String name, Class<S> states, Class<A> actions) {
      this.name = name;
      this.states = states;
      this.actions = actions;
    }

    /** {@code action} by {@code by} moves each of {@code from} to {@code to}. */
    @SafeVarargs
    public final Builder<S, A> on(A action, String by, S to, S... from) {
      for (S f : from) {
        rows.add(new Transition<>(f, action, to, by));
      }
      return this;
    }

    public Workflow<S, A> build() {
      return new Workflow<>(name, states, actions, rows);
    }
  }
}
