package vn.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.ApplicationTest;
import vn.thidua.support.Http;

class PeopleIT extends ApplicationTest {

  @Test
  void peopleListPutsTranThiAnBeforeNguyenVanBinh() {
    Http api = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    JsonNode page = api.json("/api/v1/people?unit=10816&size=200");
    List<String> names = new ArrayList<>();
    page.get("items").forEach(p -> names.add(p.get("fullName").asString()));
    assertThat(names).contains("Trần Thị An", "Nguyễn Văn Bình");
    assertThat(names.indexOf("Trần Thị An")).isLessThan(names.indexOf("Nguyễn Văn Bình"));
  }

  @Test
  void searchFindsPeopleWithoutDiacritics() {
    Http api = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    JsonNode page = api.json("/api/v1/people?q=tran%20thi%20an");
    assertThat(page.get("items").get(0).get("fullName").asString()).isEqualTo("Trần Thị An");
  }

  @Test
  void secondEditWithTheSameVersionIsRefusedNotOverwritten() {
    Http api = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    JsonNode org =
        api.postJson(
                "/api/v1/organizations",
                Map.of(
                    "unitCode",
                    "10816",
                    "type",
                    "ENTERPRISE",
                    "name",
                    "Công ty TNHH Thử Nghiệm Khóa Lạc Quan"))
            .json();
    long id = org.get("id").asLong();
    long version = org.get("version").asLong();
    Http.Response first =
        api.putJson(
            "/api/v1/organizations/" + id,
            Map.of("type", "ENTERPRISE", "name", "Công ty TNHH Thử Nghiệm A", "version", version));
    assertThat(first.status()).isEqualTo(200);
    Http.Response second =
        api.putJson(
            "/api/v1/organizations/" + id,
            Map.of("type", "ENTERPRISE", "name", "Công ty TNHH Thử Nghiệm B", "version", version));
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().get("detail").asString()).contains("Người khác đã lưu");
    assertThat(api.json("/api/v1/organizations/" + id).get("name").asString())
        .isEqualTo("Công ty TNHH Thử Nghiệm A");
  }

  @Test
  void deactivationKeepsTheRecord() {
    Http api = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    JsonNode org =
        api.json("/api/v1/organizations?unit=10816&q=phong%20van%20hoa").get("items").get(0);
    JsonNode person =
        api.postJson(
                "/api/v1/people",
                Map.of(
                    "organizationId",
                    org.get("id").asLong(),
                    "fullName",
                    "  Lê   Thị Tạm ",
                    "category",
                    "CIVIL_SERVANT"))
            .json();
    assertThat(person.get("fullName").asString()).isEqualTo("Lê Thị Tạm");
    long id = person.get("id").asLong();
    Http.Response off =
        api.postForm(
            "/api/v1/people/" + id + "/deactivate?version=" + person.get("version").asLong(),
            Map.of());
    assertThat(off.status()).isEqualTo(200);
    JsonNode again = api.json("/api/v1/people/" + id);
    assertThat(again.get("active").asBoolean()).isFalse();
  }

  @Test
  void invalidInputIsRefusedWithAVietnameseMessageNamingTheField() {
    Http api = http().as("thuongtruc.habac", password("thuongtruc.habac"));
    Http.Response r =
        api.postJson("/api/v1/organizations", Map.of("unitCode", "10816", "type", "VILLAGE"));
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("field").asString()).isEqualTo("name");
    assertThat(r.json().get("detail").asString()).isEqualTo("Nhập tên tổ chức.");
  }
}
