package vn.thidua.rulebook;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One eligibility rule row as published: what it checks, where the law says it, how sure we are.
 */
public record RuleView(
    String id,
    String award,
    List<String> subjects,
    List<String> categories,
    List<String> occasions,
    String route,
    List<String> regimes,
    LocalDate validFrom,
    LocalDate validTo,
    String condition,
    Map<String, Object> params,
    String text,
    String citation,
    Map<String, String> citationsByRegime,
    String confidence) {}
