package vn.thidua.movement.plan;

import vn.thidua.kernel.VietnameseText;

/** One paragraph of a plan after normalisation: its text (with its list label) and boldness. */
record Para(String text, boolean bold, Marker marker) {

  static Para of(String text, boolean bold) {
    String clean = VietnameseText.clean(text);
    return new Para(clean, bold, Marker.of(clean));
  }

  String folded() {
    return VietnameseText.fold(text);
  }

  /** The text after the list label. */
  String body() {
    return marker.body();
  }

  boolean upperCase() {
    return PlanText.isUpperCase(text);
  }
}
