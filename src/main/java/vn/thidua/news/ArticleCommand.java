package vn.thidua.news;

import java.util.List;

/**
 * What a writer gives for an article: the organisation it is written for (the centre, the office),
 * title, summary, body, themes and places; {@code version} when editing.
 */
public record ArticleCommand(
    Long organizationId,
    String title,
    String summary,
    String body,
    List<String> themes,
    List<String> places,
    Long version) {}
