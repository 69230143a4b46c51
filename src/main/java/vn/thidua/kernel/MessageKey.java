package vn.thidua.kernel;

import java.util.Arrays;

/**
 * A message of the bundle used as an argument of another message ("… ở trạng thái {1}" with the
 * state's own Vietnamese name): the web layer resolves it in the reader's language, so no code or
 * enum value ever reaches a person's screen.
 */
public record MessageKey(String key, Object... args) implements java.io.Serializable {

  public MessageKey {
    args = args == null ? new Object[0] : args.clone();
  }

  @Override
  public Object[] args() {
    return args.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MessageKey m && m.key.equals(key) && Arrays.equals(m.args, args);
  }

  @Override
  public int hashCode() {
    return key.hashCode() * 31 + Arrays.hashCode(args);
  }

  @Override
  public String toString() {
    return key;
  }
}
