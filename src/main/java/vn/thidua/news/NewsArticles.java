package vn.thidua.news;

import java.util.List;
import java.util.Optional;

/**
 * The published articles, for the public portal and the indicators: nothing here needs a sign-in,
 * and nothing but published articles leaves through it.
 */
public interface NewsArticles {

  /**
   * Published articles, newest first, filtered by a theme or a place tag (compared without
   * diacritics; null for any).
   */
  List<ArticleView> published(String theme, String place, int limit);

  /** One published article. */
  Optional<ArticleView> publishedArticle(long id);

  /** An image of a published article. */
  Optional<ImageFile> publishedImage(long articleId, long imageId);

  /**
   * The communication indicator: how many articles written in a unit (an administrative unit's
   * path, everything below it counts) were published in a year.
   */
  long publishedCount(String unitPath, int year);

  /** The theme and place tags of published articles, for the portal's filters. */
  List<String> tags(String kind);

  /** An image's bytes. */
  record ImageFile(String fileName, String contentType, byte[] content) {}
}
