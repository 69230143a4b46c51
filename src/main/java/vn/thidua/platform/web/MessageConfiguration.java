package vn.thidua.platform.web;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Vietnamese bundle ({@code messages.properties}, UTF-8), with keyed arguments resolved. */
@Configuration(proxyBeanMethods = false)
class MessageConfiguration {

  @Bean
  MessageSource messageSource() {
    KeyedMessageSource source = new KeyedMessageSource();
    source.setBasename("messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }
}
