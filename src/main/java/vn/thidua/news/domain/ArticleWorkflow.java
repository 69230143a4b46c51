package vn.thidua.news.domain;

import static vn.thidua.news.ArticleView.Status.DRAFT;
import static vn.thidua.news.ArticleView.Status.PUBLISHED;
import static vn.thidua.news.ArticleView.Status.WITHDRAWN;

import vn.thidua.kernel.Tracked;
import vn.thidua.kernel.Workflow;
import vn.thidua.news.ArticleView.Status;

/** The allowed moves of a news article, in one table. */
public final class ArticleWorkflow {

  /** What writers do to an article. */
  public enum Action {
    CREATE,
    PUBLISH,
    WITHDRAW,
    REOPEN
  }

  static final Tracked TRACKED =
      new Tracked("news_article", "news_article_history", "article_id", "news");

  public static final Workflow<Status, Action> TABLE =
      Workflow.of("news", Status.class, Action.class)
          .on(Action.PUBLISH, "WRITER", PUBLISHED, DRAFT)
          .on(Action.WITHDRAW, "WRITER", WITHDRAWN, PUBLISHED)
          .on(Action.REOPEN, "WRITER", DRAFT, WITHDRAWN)
          .build();

  private ArticleWorkflow() {}
}
