package vn.thidua.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects every field error of a form before answering, so that a person sees all of them at once
 * beside their fields instead of discovering them one by one. {@link #check()} throws one {@link
 * BusinessRuleViolation} carrying all of them (see {@link BusinessRuleViolation#all()}).
 */
public final class FieldChecks {

  private final List<BusinessRuleViolation> errors = new ArrayList<>();

  /** Records the error when {@code failed}; a field keeps only its first error. */
  public FieldChecks reject(boolean failed, String field, String code, Object... args) {
    if (failed && !has(field)) {
      errors.add(BusinessRuleViolation.onField(field, code, args));
    }
    return this;
  }

  /** Runs a check that throws, keeping its violation instead of stopping. */
  public FieldChecks run(Runnable check) {
    try {
      check.run();
    } catch (BusinessRuleViolation e) {
      for (BusinessRuleViolation v : e.all()) {
        if (v.field() == null || !has(v.field())) {
          errors.add(v);
        }
      }
    }
    return this;
  }

  /** The value a check returns, or null when it failed (its violation kept). */
  public <T> T get(Supplier<T> check) {
    try {
      return check.get();
    } catch (BusinessRuleViolation e) {
      run(() -> {
        throw e;
      });
      return null;
    }
  }

  public boolean has(String field) {
    return errors.stream().anyMatch(e -> field != null && field.equals(e.field()));
  }

  public boolean ok() {
    return errors.isEmpty();
  }

  /** Throws every error recorded so far, at once; nothing when there is none. */
  public void check() {
    if (errors.size() == 1) {
      throw errors.getFirst();
    }
    if (!errors.isEmpty()) {
      throw new BusinessRuleViolation(errors);
    }
  }

  /**
   * What a form page shows of a refusal, as model attributes: {@code problem} and {@code
   * problemArgs} (the message, or "N errors" when there are several), {@code problems} (each one,
   * when several), {@code problemField} (the first field named) and {@code fieldErrors} (each
   * field's message, shown beside it).
   */
  public static java.util.Map<String, Object> attributes(BusinessRuleViolation e) {
    java.util.Map<String, Object> out = new java.util.HashMap<>();
    if (e.all().size() > 1) {
      out.put("problem", "form.errors");
      out.put("problemArgs", new Object[] {e.all().size()});
      out.put("problems", e.all().stream().map(v -> new MessageKey(v.code(), v.args())).toList());
    } else {
      out.put("problem", e.code());
      out.put("problemArgs", e.args());
    }
    if (e.field() != null) {
      out.put("problemField", e.field());
    }
    out.put("fieldErrors", byField(e));
    return out;
  }

  /**
   * Each field's message (key and arguments), for a form that shows it beside the field; errors
   * without a field are left to the form's heading.
   */
  public static java.util.Map<String, MessageKey> byField(BusinessRuleViolation e) {
    java.util.Map<String, MessageKey> out = new java.util.LinkedHashMap<>();
    for (BusinessRuleViolation v : e.all()) {
      if (v.field() != null) {
        out.putIfAbsent(v.field(), new MessageKey(v.code(), v.args()));
      }
    }
    return out;
  }
}
