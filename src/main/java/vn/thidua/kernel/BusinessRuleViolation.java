package vn.thidua.kernel;

import java.util.Arrays;

/**
 * A request that breaks a rule of the domain. It carries a message key of the bundle (resolved to
 * Vietnamese by the web layer), its arguments and, when it concerns one, the form field.
 */
public class BusinessRuleViolation extends RuntimeException {

  private final String field;
  private final String code;
  private final transient Object[] args;

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
