package vn.thidua.platform.web;

import java.util.Locale;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.thidua.kernel.MessageKey;

/**
 * The message bundle, where an argument may itself be a {@link MessageKey} (a state's or an
 * action's Vietnamese name), resolved before the message is formatted.
 */
class KeyedMessageSource extends ResourceBundleMessageSource {

  @Override
  protected Object[] resolveArguments(Object[] args, Locale locale) {
    if (args == null) {
      return super.resolveArguments(null, locale);
    }
    Object[] out = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      out[i] =
          args[i] instanceof MessageKey k
              ? new DefaultMessageSourceResolvable(new String[] {k.key()}, k.args(), k.key())
              : args[i];
    }
    return super.resolveArguments(out, locale);
  }
}
