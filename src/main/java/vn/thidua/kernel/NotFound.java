package vn.thidua.kernel;

/** A record that does not exist, or that the caller may not know exists. */
public class NotFound extends RuntimeException {

  private final String code;

  /** {@code code} is the message key naming what was not found. */
  public NotFound(String code) {
    super(code);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
