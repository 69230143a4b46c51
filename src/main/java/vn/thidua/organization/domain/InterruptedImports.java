package vn.thidua.organization.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start-up: an import cut off by a crash is marked failed and says so; none stays running. */
@Component
@Order(1)
class InterruptedImports implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);

  private final ImportService imports;

  InterruptedImports(ImportService imports) {
    this.imports = imports;
  }

  @Override
  public void run(ApplicationArguments args) {
    int n = imports.failInterrupted();
    if (n > 0) {
      log.warn("{} import(s) interrupted by the last stop marked as failed", n);
    }
  }
}
