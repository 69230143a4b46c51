package vn.thidua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** ThiĐua: the platform on which Vietnamese state bodies run their emulation movements. */
@SpringBootApplication
@EnableScheduling
public class ThiDuaApplication {

  public static void main(String[] args) {
    SpringApplication.run(ThiDuaApplication.class, args);
  }
}
