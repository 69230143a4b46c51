package vn.thidua.portal.web;

import java.util.HashMap;
import java.util.Map;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The Open Graph tags of a public page, as the layout reads them (a map: og['title'] …). */
final class OpenGraph {

  private OpenGraph() {}

  /** The absolute address of a path of this site. */
  static String absolute(String path) {
    return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
  }

  static Map<String, String> of(
      String type, String title, String description, String path, String imagePath) {
    Map<String, String> og = new HashMap<>();
    og.put("type", type);
    og.put("title", title);
    og.put("description", description == null ? "" : description);
    og.put("url", absolute(path));
    og.put("image", imagePath == null ? null : absolute(imagePath));
    return og;
  }
}
