package vn.thidua.platform.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Resolves message keys to Vietnamese text. */
@Component
public class Messages {

  public static final Locale VI = Locale.forLanguageTag("vi");

  private final MessageSource source;

  Messages(MessageSource source) {
    this.source = source;
  }

  public String get(String key, Object... args) {
    return source.getMessage(key, args, key, VI);
  }
}
