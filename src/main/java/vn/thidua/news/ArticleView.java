package vn.thidua.news;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A news article as lists, pages, the feed and the API show it. */
public record ArticleView(
    long id,
    long organizationId,
    String authorBody,
    String unitCode,
    String title,
    String summary,
    String body,
    Status status,
    String reason,
    Instant publishedAt,
    List<String> themes,
    List<String> places,
    List<Image> images,
    long version,
    Instant updatedAt) {

  /** The states of an article. */
  public enum Status {
    DRAFT,
    PUBLISHED,
    WITHDRAWN
  }

  /** An image of the article, with its alternative text. */
  public record Image(long id, String fileName, String contentType, String alt) {}

  /** The day it was published, in Vietnam. */
  public LocalDate publishedDate() {
    return publishedAt == null
        ? null
        : LocalDate.ofInstant(publishedAt, vn.thidua.kernel.VietnameseDates.ZONE);
  }

  public boolean editable() {
    return status != Status.PUBLISHED;
  }
}
