package vn.thidua.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.HaBac;
import vn.thidua.support.Http;

/**
 * News and columns: Hà Bắc's public service centre writes an article with an image and tags, it is
 * not public while a draft, publishing it (through the shared state changes, with its history) puts
 * it on the portal with Open Graph tags, in the Atom feed and the sitemap, and counts in the
 * communication indicator of the commune and the city; withdrawing takes it off again. Another
 * commune's office does not see it; an office cannot write for another commune.
 */
class NewsIT extends ApplicationTest {

  private Http as(String user) {
    return http().as(user, password(user));
  }

  /** A browser session (pages take no Basic authentication). */
  private Http signedIn(String user) {
    Http h = http();
    h.login(user, password(user));
    return h;
  }

  private static long count(Http who, String unit) {
    return who.json("/api/v1/news/indicator?unit=" + unit + "&year=2026").get("value").asLong();
  }

  @Test
  void theCentresArticleIsPublishedToThePortalTheFeedTheSitemapAndTheIndicator() throws Exception {
    Http centre = as("truyenthong.habac");
    Http office = as("thuongtruc.habac");
    long centreOrg = HaBac.organization(office, "trung%20tam%20dich%20vu");
    long before = count(office, HaBac.UNIT);
    long cityBefore = count(office, "31");

    Http.Response created =
        centre.postJson(
            "/api/v1/news",
            Map.of(
                "organizationId",
                centreOrg,
                "title",
                "Tổ công nghệ số Thôn Đông hướng dẫn người cao tuổi dùng dịch vụ công",
                "summary",
                "Mô hình hay của Thôn Đông trong phong trào chuyển đổi số.",
                "body",
                "Đoạn một.\nĐoạn hai về mô hình.",
                "themes",
                List.of("Chuyển đổi số, Dịch vụ công"),
                "places",
                List.of("Thôn Đông", "Hà Bắc")));
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    JsonNode a = created.json();
    long id = a.get("id").asLong();
    assertThat(a.get("status").asString()).isEqualTo("DRAFT");
    assertThat(a.get("authorBody").asString())
        .isEqualTo("Trung tâm Dịch vụ sự nghiệp công xã Hà Bắc");
    assertThat(a.get("themes").toString()).contains("Chuyển đổi số").contains("Dịch vụ công");

    // A draft is not public.
    Http anonymous = http();
    assertThat(anonymous.get("/portal/news/" + id).status()).isEqualTo(404);
    assertThat(anonymous.get("/portal/news").body()).doesNotContain("người cao tuổi");

    // An image needs a real image and a description.
    assertThat(
            centre
                .postFile(
                    "/api/v1/news/" + id + "/images?alt=x", "file", "a.png", "không".getBytes())
                .status())
        .isEqualTo(422);
    Http.Response withImage =
        centre.postFile(
            "/api/v1/news/" + id + "/images?alt=Ng%C6%B0%E1%BB%9Di%20cao%20tu%E1%BB%95i",
            "file",
            "anh.png",
            vn.thidua.support.Images.png());
    assertThat(withImage.status()).as(withImage.body()).isEqualTo(200);
    long imageId = withImage.json().get("images").get(0).get("id").asLong();
    long version = withImage.json().get("version").asLong();

    // Another commune's office does not see it; the city's office cannot publish it for Hà Bắc.
    assertThat(as("thuongtruc.binhgiang").get("/api/v1/news/" + id).status()).isEqualTo(404);
    assertThat(
            as("canhan.habac")
                .postJson("/api/v1/news/" + id + "/publish?version=" + version, Map.of())
                .status())
        .isEqualTo(403);
    // A stale version is refused.
    assertThat(
            centre
                .postJson("/api/v1/news/" + id + "/publish?version=" + (version - 1), Map.of())
                .status())
        .isEqualTo(409);

    Http.Response published =
        centre.postJson("/api/v1/news/" + id + "/publish?version=" + version, Map.of());
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
    version = published.json().get("version").asLong();

    Http.Response page = anonymous.get("/portal/news/" + id);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Tổ công nghệ số Thôn Đông hướng dẫn người cao tuổi dùng dịch vụ công")
        .contains("Trung tâm Dịch vụ sự nghiệp công xã Hà Bắc")
        .contains("property=\"og:title\"")
        .contains("property=\"og:type\" content=\"article\"")
        .contains(
            "property=\"og:image\" content=\"http://localhost:"
                + port
                + "/portal/news/"
                + id
                + "/images/"
                + imageId)
        .contains("alt=\"Người cao tuổi\"");
    assertThat(anonymous.get("/portal/news/" + id + "/images/" + imageId).contentType())
        .isEqualTo("image/png");
    // By theme and place, compared without diacritics.
    assertThat(anonymous.get("/portal/news?theme=chuyen%20doi%20so").body())
        .contains("/portal/news/" + id + "\"");
    assertThat(anonymous.get("/portal/news?place=Nam%20S%C3%A1ch").body())
        .doesNotContain("/portal/news/" + id + "\"");

    Http.Response feed = anonymous.get("/portal/news/feed.atom");
    assertThat(feed.contentType()).startsWith("application/atom+xml");
    assertThat(feed.body())
        .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
        .contains(
            "<title>Tổ công nghệ số Thôn Đông hướng dẫn người cao tuổi dùng dịch vụ công</title>")
        .contains("/portal/news/" + id + "\"/>");
    Http.Response sitemap = anonymous.get("/sitemap.xml");
    assertThat(sitemap.status()).isEqualTo(200);
    assertThat(sitemap.body())
        .contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
        .contains("/portal/news/" + id + "</loc>")
        .contains("/portal/plans/");

    assertThat(count(office, HaBac.UNIT)).isEqualTo(before + 1);
    assertThat(count(office, "31")).isEqualTo(cityBefore + 1);
    assertThat(count(office, "10966")).isZero();

    // The history went through the shared state changes.
    assertThat(signedIn("truyenthong.habac").get("/news/" + id).body()).contains("Đăng bài");

    // Withdrawn: off the portal, still counted as published in its year.
    Http.Response withdrawn =
        centre.postJson("/api/v1/news/" + id + "/withdraw?version=" + version, Map.of());
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
    assertThat(anonymous.get("/portal/news/" + id).status()).isEqualTo(404);
    assertThat(anonymous.get("/portal/news/feed.atom").body()).doesNotContain("người cao tuổi");
  }

  @Test
  void anOfficeWritesOnlyForOrganisationsInItsScope() {
    long otherCommune = HaBac.organization(as("quantri.haiphong"), "trung%20tam");
    Http.Response r =
        as("thuongtruc.binhgiang")
            .postJson(
                "/api/v1/news",
                Map.of("organizationId", otherCommune, "title", "Bài", "body", "Nội dung"));
    assertThat(r.status()).isIn(403, 422);
    assertThat(signedIn("thuongtruc.habac").get("/news/new").status()).isEqualTo(200);
    assertThat(signedIn("hoidong.habac").get("/news/new").status()).isEqualTo(403);
  }
}
