package vn.thidua.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
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
 * The controllers' mapping, found as Spring finds it, among the few mappings that can match. A path
 * with an id in it matches no mapping directly, so Spring asks each of the application's ~550
 * mappings in turn for its method, headers and path, each question walking the ten wrappers the
 * security, session and resource filters put around the request (a seventh of a report submission's
 * time, in the profile; a tenth still when each mapping was merely passed over). Here the mappings
 * are filed at start by method and by the start of their paths, so a request is judged, by Spring's
 * own conditions and order, only against those whose paths begin as its path does. The index only
 * ever leaves out what Spring would refuse; it stands aside for CORS pre-flights and HEAD (which
 * Spring answers from GET mappings), for paths with escapes or parameters ({@code %}, {@code ;}),
 * which Spring decodes before matching, when nothing or two equally good mappings match (Spring's
 * own 404/405/415 or error), and once a mapping is registered or removed after start.
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

    /** The mappings registered at start by the start of their paths; null once that changed. */
    private volatile Candidates candidates;

    @Override
    public void afterPropertiesSet() {
      super.afterPropertiesSet();
      Map<RequestMappingInfo, Quick> q = new IdentityHashMap<>();
      Map<RequestMappingInfo, HandlerMethod> handlers = getHandlerMethods();
      for (RequestMappingInfo info : handlers.keySet()) {
        q.put(info, Quick.of(info));
      }
      quick = q;
      candidates = Candidates.of(handlers, q);
    }

    /** Whether the requests are searched among their candidates (false: as Spring does). */
    boolean indexed() {
      return candidates != null;
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
      candidates = null;
      super.registerMapping(mapping, handler, method);
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
      candidates = null;
      super.unregisterMapping(mapping);
    }

    /**
     * Spring asks every mapping whose path is not written out in full (any path with an id in it)
     * in turn; here only the few whose paths begin as the request's are asked, by Spring's own
     * test, and the best is chosen by Spring's own order. When none or two equally good answer, or
     * for a pre-flight, HEAD or an escaped path, Spring searches as it always does (and gives its
     * own answer: 404, 405, 415, or its error for an ambiguous mapping).
     */
    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
        throws Exception {
      Steady steady = new Steady(request, lookupPath);
      Candidates index = candidates;
      if (index == null || steady.method == null || steady.preFlight || !steady.plainPath) {
        return super.lookupHandlerMethod(lookupPath, steady);
      }
      Comparator<RequestMappingInfo> order = null;
      RequestMappingInfo best = null;
      RequestMappingInfo second = null;
      Candidate chosen = null;
      for (Candidate c : index.of(steady.method, lookupPath)) {
        RequestMappingInfo match = super.getMatchingMapping(c.info(), steady);
        if (match == null) {
          continue;
        }
        if (best == null) {
          best = match;
          chosen = c;
          continue;
        }
        if (order == null) {
          order = getMappingComparator(steady);
        }
        if (order.compare(match, best) < 0) {
          second = best;
          best = match;
          chosen = c;
        } else if (second == null || order.compare(match, second) < 0) {
          second = match;
        }
      }
      if (best == null || (second != null && order.compare(best, second) == 0)) {
        return super.lookupHandlerMethod(lookupPath, steady);
      }
      steady.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, chosen.handler());
      handleMatch(best, lookupPath, steady);
      return chosen.handler();
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

  /** A mapping that may answer, with its handler. */
  record Candidate(RequestMappingInfo info, HandlerMethod handler, Quick quick) {}

  /**
   * The mappings by the start of their paths up to its last {@code /} (for {@code
   * /api/v1/reports/{id}/submit}: {@code /api/v1/reports/}), under each of their methods (none
   * named: under every method); a mapping without a known path start is a candidate of every
   * request. A request's candidates are looked up under each {@code /}-ending start of its path.
   */
  record Candidates(
      Map<RequestMethod, Map<String, List<Candidate>>> byStart,
      Map<RequestMethod, List<Candidate>> always) {

    static Candidates of(
        Map<RequestMappingInfo, HandlerMethod> handlers, Map<RequestMappingInfo, Quick> quick) {
      Map<RequestMethod, Map<String, List<Candidate>>> byStart = new EnumMap<>(RequestMethod.class);
      Map<RequestMethod, List<Candidate>> always = new EnumMap<>(RequestMethod.class);
      for (RequestMethod m : RequestMethod.values()) {
        byStart.put(m, new HashMap<>());
        always.put(m, new ArrayList<>());
      }
      for (Map.Entry<RequestMappingInfo, HandlerMethod> e : handlers.entrySet()) {
        Quick q = quick.get(e.getKey());
        Candidate c = new Candidate(e.getKey(), e.getValue(), q);
        Set<RequestMethod> methods =
            q.methods().isEmpty() ? EnumSet.allOf(RequestMethod.class) : q.methods();
        for (RequestMethod m : methods) {
          if (q.prefixes() == null) {
            always.get(m).add(c);
            continue;
          }
          for (String prefix : q.prefixes()) {
            String start = prefix.substring(0, prefix.lastIndexOf('/') + 1);
            if (start.isEmpty()) {
              always.get(m).add(c);
            } else {
              List<Candidate> at = byStart.get(m).computeIfAbsent(start, k -> new ArrayList<>());
              if (!at.contains(c)) {
                at.add(c);
              }
            }
          }
        }
      }
      return new Candidates(byStart, always);
    }

    private static boolean holds(List<Candidate> list, Candidate c) {
      for (Candidate x : list) {
        if (x == c) {
          return true;
        }
      }
      return false;
    }

    /** The mappings of this method one of whose paths begins as this path does. */
    List<Candidate> of(RequestMethod method, String path) {
      List<Candidate> out = new ArrayList<>(always.get(method));
      Map<String, List<Candidate>> starts = byStart.get(method);
      for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
        List<Candidate> at = starts.get(path.substring(0, i + 1));
        if (at == null) {
          continue;
        }
        for (Candidate c : at) {
          if (!holds(out, c) && c.quick().startsLike(path)) {
            out.add(c);
          }
        }
      }
      return out;
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

    /** Whether one of the paths begins as this path does (true when not known). */
    boolean startsLike(String path) {
      if (prefixes == null) {
        return true;
      }
      for (String p : prefixes) {
        if (path.startsWith(p)) {
          return true;
        }
      }
      return false;
    }

    boolean mayMatch(Steady request) {
      if (!methods.isEmpty()
          && request.method != null
          && !request.preFlight
          && !methods.contains(request.method)) {
        return false;
      }
      return !request.plainPath || startsLike(request.lookupPath);
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
