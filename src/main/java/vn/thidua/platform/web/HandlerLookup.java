package vn.thidua.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The controllers' mapping, found as Spring finds it, with the mappings that cannot match set aside
 * first. A path with an id in it matches no mapping directly, so Spring asks each of the
 * application's ~550 mappings in turn for its method, headers and path, each question walking the
 * ten wrappers the security, session and resource filters put around the request (a seventh of a
 * report submission's time, in the profile). Here a mapping whose methods leave out the request's,
 * or none of whose paths begins as the request's does, is passed over before Spring asks it; every
 * other one Spring judges exactly as before, so the mapping found is the same. The quick test only
 * ever passes over what Spring would refuse: it stands aside for CORS pre-flights and HEAD (which
 * Spring answers from GET mappings), and for paths with escapes or parameters ({@code %}, {@code
 * ;}), which Spring decodes before matching.
 */
@Component
class HandlerLookup implements WebMvcRegistrations {

  @Override
  public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
    return new Mapping();
  }

  static final class Mapping extends RequestMappingHandlerMapping {

    /**
     * The quick test of each mapping registered at start, by identity (a RequestMappingInfo
     * computes its hash from all its conditions at every call); one registered later has none.
     */
    private volatile Map<RequestMappingInfo, Quick> quick = Map.of();

    @Override
    public void afterPropertiesSet() {
      super.afterPropertiesSet();
      Map<RequestMappingInfo, Quick> q = new IdentityHashMap<>();
      for (RequestMappingInfo info : getHandlerMethods().keySet()) {
        q.put(info, Quick.of(info));
      }
      quick = q;
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
        throws Exception {
      return super.lookupHandlerMethod(lookupPath, new Steady(request, lookupPath));
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(
        RequestMappingInfo info, HttpServletRequest request) {
      if (request instanceof Steady steady) {
        Quick q = quick.get(info);
        if (q != null && !q.mayMatch(steady)) {
          return null;
        }
      }
      return super.getMatchingMapping(info, request);
    }
  }

  /**
   * What a mapping needs at the least: one of its methods (none named: any), and a path beginning
   * with the literal start of one of its patterns (null: not known, any path).
   */
  record Quick(Set<RequestMethod> methods, List<String> prefixes) {

    static Quick of(RequestMappingInfo info) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      PathPatternsRequestCondition paths = info.getPathPatternsCondition();
      List<String> prefixes = null;
      if (paths != null && !paths.getPatterns().isEmpty()) {
        prefixes =
            paths.getPatterns().stream()
                .map(PathPattern::getPatternString)
                .map(Quick::literalStart)
                .toList();
      }
      return new Quick(methods.isEmpty() ? Set.of() : EnumSet.copyOf(methods), prefixes);
    }

    /** The part of a pattern before its first variable or wildcard. */
    static String literalStart(String pattern) {
      int end = pattern.length();
      for (int i = 0; i < pattern.length(); i++) {
        char c = pattern.charAt(i);
        if (c == '{' || c == '*' || c == '?' || c == '\\') {
          end = i;
          break;
        }
      }
      return pattern.substring(0, end);
    }

    boolean mayMatch(Steady request) {
      if (!methods.isEmpty()
          && request.method != null
          && !request.preFlight
          && !methods.contains(request.method)) {
        return false;
      }
      if (prefixes == null || !request.plainPath) {
        return true;
      }
      for (String p : prefixes) {
        if (request.lookupPath.startsWith(p)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The request as the search sees it: its method and path read once (nothing changes them while
   * the search runs). HEAD is left unnamed, since Spring lets GET mappings answer it.
   */
  static final class Steady extends HttpServletRequestWrapper {

    final RequestMethod method;
    final boolean preFlight;
    final String lookupPath;
    final boolean plainPath;
    private final String methodName;

    Steady(HttpServletRequest request, String lookupPath) {
      super(request);
      this.methodName = request.getMethod();
      RequestMethod m = RequestMethod.resolve(methodName);
      this.method = m == RequestMethod.HEAD ? null : m;
      this.preFlight = CorsUtils.isPreFlightRequest(request);
      this.lookupPath = lookupPath;
      this.plainPath = lookupPath.indexOf('%') < 0 && lookupPath.indexOf(';') < 0;
    }

    @Override
    public String getMethod() {
      return methodName;
    }
  }
}
