package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.rulebook.EligibilityRequest;

/** Records read through the prepared constructor handle read exactly as Jackson reads them. */
class RecordCreatorsTest {

  public record Rating(Integer year, String rating) {
    public Rating {
      if (year != null && year < 0) {
        throw new IllegalArgumentException("năm âm");
      }
    }
  }

  public record Sheet(String name, List<Rating> ratings, boolean open) {}

  private static final ObjectMapper PLAIN =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final ObjectMapper WITH =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .addModule(new RecordCreators())
          .build();

  private static final String REQUEST =
      """
      {"award":"CHIEN_SI_THI_DUA_CO_SO","year":"2025","subject":{"kind":"INDIVIDUAL"},
       "annualRatings":[{"year":2024,"rating":"HTXSNV"},{"year":2025,"rating":"HTTNV"}],
       "history":[{"award":"LAO_DONG_TIEN_TIEN","year":2024}],"unknown":1,
       "vote":{"members":9,"present":8,"inFavour":7}}
      """;

  @Test
  void theRequestOfTheEligibilityStreamReadsTheSameWithAndWithout() {
    EligibilityRequest plain = PLAIN.readValue(REQUEST, EligibilityRequest.class);
    EligibilityRequest fast = WITH.readValue(REQUEST, EligibilityRequest.class);
    assertThat(fast).isEqualTo(plain);
    assertThat(fast.year()).isEqualTo(2025);
    assertThat(fast.annualRatings()).hasSize(2);
  }

  /** A record that notes who called its constructor. */
  public record Traced(String name, StackTraceElement[] by) {
    public Traced {
      by = new Throwable().getStackTrace();
    }
  }

  @Test
  void theModuleIsTheOneThatBuildsTheRecords() {
    Traced fast = WITH.readValue("{\"name\":\"A\"}", Traced.class);
    assertThat(fast.name()).isEqualTo("A");
    assertThat(fast.by())
        .anyMatch(f -> f.getClassName().equals(RecordCreators.Spread.class.getName()))
        .noneMatch(f -> f.getClassName().endsWith("AnnotatedConstructor"));
    Traced plain = PLAIN.readValue("{\"name\":\"A\"}", Traced.class);
    assertThat(plain.by())
        .as("the test can fail: without the module Jackson calls the constructor itself")
        .anyMatch(f -> f.getClassName().endsWith("AnnotatedConstructor"));
    Sheet s =
        WITH.readValue("{\"name\":\"A\",\"ratings\":[{\"year\":1}],\"open\":true}", Sheet.class);
    assertThat(s).isEqualTo(new Sheet("A", List.of(new Rating(1, null)), true));
  }

  @Test
  void aConstructorsRefusalAndABadValueFailAsJacksonFailsThem() {
    String bad = "{\"name\":\"A\",\"ratings\":[{\"year\":-1}]}";
    assertThatThrownBy(() -> PLAIN.readValue(bad, Sheet.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("năm âm");
    assertThatThrownBy(() -> WITH.readValue(bad, Sheet.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("năm âm");
    String text = "{\"name\":\"A\",\"ratings\":[{\"year\":\"hai\"}]}";
    assertThatThrownBy(() -> WITH.readValue(text, Sheet.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("ratings");
  }
}
