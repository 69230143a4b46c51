package vn.thidua.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import vn.thidua.support.ApplicationTest;

/**
 * The quick test of {@link HandlerLookup} never passes over a mapping Spring would match: for a
 * concrete path of every pattern of the application, with every method (and a CORS pre-flight),
 * each mapping Spring's own conditions accept is one the quick test lets through; and it does set
 * most mappings aside, or it would be no use. The handler found for a concrete path of every
 * pattern, with every method, is the one plain Spring finds, with the same pattern and variables
 * (or the same error).
 */
class HandlerLookupIT extends ApplicationTest {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  private static final List<String> METHODS =
      List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  @Test
  void theQuickTestOnlyPassesOverMappingsSpringWouldRefuse() {
    assertThat(mapping).isInstanceOf(HandlerLookup.Mapping.class);
    Map<RequestMappingInfo, HandlerMethod> all = mapping.getHandlerMethods();
    List<String> paths = new ArrayList<>();
    for (RequestMappingInfo info : all.keySet()) {
      for (PathPattern p : info.getPathPatternsCondition().getPatterns()) {
        paths.add(concrete(p.getPatternString()));
      }
    }
    paths.addAll(
        List.of("/", "/api/v1/reports/12%2F3/submit", "/movements;x=1/5", "/nothing/here"));
    long asked = 0;
    long setAside = 0;
    List<String> wronglySetAside = new ArrayList<>();
    for (String path : paths) {
      for (String method : METHODS) {
        for (boolean preFlight : new boolean[] {false, true}) {
          if (preFlight && !method.equals("OPTIONS")) {
            continue;
          }
          MockHttpServletRequest request = new MockHttpServletRequest(method, path);
          if (preFlight) {
            request.addHeader("Origin", "https://example.org");
            request.addHeader("Access-Control-Request-Method", "POST");
          }
          ServletRequestPathUtils.parseAndCache(request);
          String lookupPath =
              ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().value();
          HandlerLookup.Steady steady = new HandlerLookup.Steady(request, lookupPath);
          for (RequestMappingInfo info : all.keySet()) {
            boolean quick = HandlerLookup.Quick.of(info).mayMatch(steady);
            boolean spring = info.getMatchingCondition(request) != null;
            asked++;
            if (!quick) {
              setAside++;
              if (spring) {
                wronglySetAside.add(
                    method + (preFlight ? " (pre-flight) " : " ") + path + " → " + info);
              }
            }
          }
        }
      }
    }
    assertThat(wronglySetAside).isEmpty();
    assertThat(setAside).as("mappings set aside of %d asked", asked).isGreaterThan(asked * 9 / 10);
  }

  @Test
  void theMappingFoundIsTheOneSpringFinds() throws Exception {
    RequestMappingHandlerMapping plain = new RequestMappingHandlerMapping();
    plain.setApplicationContext(mapping.getApplicationContext());
    plain.setEmbeddedValueResolver(
        new org.springframework.beans.factory.config.EmbeddedValueResolver(
            ((org.springframework.context.ConfigurableApplicationContext)
                    mapping.getApplicationContext())
                .getBeanFactory()));
    plain.afterPropertiesSet();
    List<String> paths = new ArrayList<>();
    for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
      for (PathPattern p : info.getPathPatternsCondition().getPatterns()) {
        paths.add(concrete(p.getPatternString()));
      }
    }
    paths.addAll(
        List.of(
            "/api/v1/reports/1000/submit",
            "/movements/1000",
            "/movements/1000/registrations",
            "/api/v1/movements/1000/registrations/template",
            "/portal/plans/1000",
            "/api/v1/notifications",
            "/api/v1/reports/12%2F3/submit",
            "/movements;x=1/5",
            "/nothing/here",
            "/"));
    int compared = 0;
    for (String path : paths) {
      for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD")) {
        MockHttpServletRequest a = new MockHttpServletRequest(method, path);
        MockHttpServletRequest b = new MockHttpServletRequest(method, path);
        assertThat(found(mapping, a)).as(method + " " + path).isEqualTo(found(plain, b));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(3000);
    assertThat(((HandlerLookup.Mapping) mapping).indexed())
        .as("the running application searches among candidates")
        .isTrue();
  }

  /** The handler found, with the pattern and the variables Spring records for it (or the error). */
  private static String found(RequestMappingHandlerMapping m, MockHttpServletRequest r) {
    Object handler = handler(m, r);
    return handler
        + " "
        + r.getAttribute(
            org.springframework.web.servlet.HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)
        + " "
        + r.getAttribute(
            org.springframework.web.servlet.HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
        + " "
        + r.getAttribute(
            org.springframework.web.servlet.HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
  }

  private static Object handler(RequestMappingHandlerMapping m, MockHttpServletRequest r) {
    try {
      var chain = m.getHandler(r);
      return chain == null ? null : chain.getHandler();
    } catch (Exception e) {
      return e.getClass().getSimpleName();
    }
  }

  /** A path the pattern matches: each variable an id, each wildcard a word. */
  static String concrete(String pattern) {
    return pattern
        .replaceAll("\\{\\*[^}]+\\}", "a/b")
        .replaceAll("\\{[^}]+\\}", "1000")
        .replace("**", "a/b")
        .replace("*", "a")
        .replace("?", "a");
  }
}
