package vn.thidua.rulebook;

import java.util.List;

/**
 * The provincial parameters a plan of a province works under, each with its citation, and whose
 * they are: the province's own, or the defaults read from another province's regulation (which a
 * person must be told, not left to read as their own).
 *
 * @param province the province asked for
 * @param own whether every line is the province's own (its regulation, or it is the defaults'
 *     source)
 * @param defaultsProvince the province whose regulation gives the defaults
 * @param defaultsSource that regulation, as cited
 */
public record ProvinceRules(
    String province,
    boolean own,
    String defaultsProvince,
    String defaultsSource,
    List<Line> lines) {

  /**
   * One parameter: its key (a message {@code province.param.<key>} names it), its value as the
   * rulebook holds it, its citation, and whether the province set it itself.
   */
  public record Line(String key, Object value, String citation, boolean own) {}
}
