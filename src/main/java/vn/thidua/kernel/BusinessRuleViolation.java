package vn.thidua.kernel;

import java.util.Arrays;
import java.util.List;

/**
 * A request that breaks a rule of the domain. It carries a message key of the bundle (resolved to
 * Vietnamese by the web layer), its arguments and, when it concerns one, the form field.
 */
public class BusinessRuleViolation extends RuntimeException {

  private final String field;
  private final String code;
  private final transient Object[] args;
  private final transient List<BusinessRuleViolation> all;

  public BusinessRuleViolation(String code, Object... args) {
    this(null, code, args);
  }

  public static BusinessRuleViolation onField(String field, String code, Object... args) {
    return new BusinessRuleViolation(field, code, args);
  }

  protected BusinessRuleViolation(String field, String code, Object[] args) {
    super(code + (args.length == 0 ? "" : " " + Arrays.toString(args)));
    this.field = field;
    this.code = code;
    this.args = args.clone();
    this.all = List.of(this);
  }

  /** Several errors at once (see {@link FieldChecks}); the first one is this one's code. */
  BusinessRuleViolation(List<BusinessRuleViolation> errors) {
    super(errors.stream().map(Throwable::getMessage).toList().toString());
    BusinessRuleViolation first = errors.getFirst();
    this.field = first.field;
    this.code = first.code;
    this.args = first.args;
    this.all = List.copyOf(errors);
  }

  /** Every error this answer carries: itself alone, or each field's error of a whole form. */
  public List<BusinessRuleViolation> all() {
    return all == null ? List.of(this) : all;
  }

  /** The form field concerned, or null. */
  public String field() {
    return field;
  }

  /** The message key in {@code messages.properties}. */
  public String code() {
    return code;
  }

  public Object[] args() {
    return args.clone();
  }
}
