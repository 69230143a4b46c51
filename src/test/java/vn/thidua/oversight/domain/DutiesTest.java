package vn.thidua.oversight.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.plan.PlanParser;
import vn.thidua.oversight.Duty;
import vn.thidua.oversight.Field;
import vn.thidua.oversight.TaskView;

/** How duties of a plan read and when they fall due: plain rules, no Spring. */
class DutiesTest {

  @Test
  void aBodyThatBuildsCriteriaLeadsItsFieldAndNamesWhoCoordinates() {
    Duties.Read r =
        Duties.read(
            "Phòng Kinh tế",
            "Chủ trì, phối hợp với các cơ quan, đơn vị liên quan xây dựng tiêu chí đánh giá mức độ chuyển đổi xanh làm căn cứ đánh giá, bình xét khen thưởng.");
    assertThat(r.duty()).isEqualTo(Duty.CRITERIA);
    assertThat(r.fields()).containsExactly(Field.GREEN_TRANSFORMATION);
    assertThat(r.lead()).isEqualTo("Phòng Kinh tế");
    assertThat(r.coordinating()).containsExactly("Các cơ quan, đơn vị liên quan");
  }

  @Test
  void aBodyThatOnlyCoordinatesLeavesTheLeadToTheOther() {
    Duties.Read r =
        Duties.read(
            "Phòng Kinh tế",
            "Phối hợp với phòng Văn hóa - Xã hội hướng dẫn, kiểm tra việc thực hiện Phong trào thi đua.");
    assertThat(r.lead()).isEqualTo("Phòng Văn hóa - Xã hội");
    assertThat(r.coordinating()).containsExactly("Phòng Kinh tế");
  }

  @Test
  void compilingAndSelectingTheFieldsNomineesIsASelectionDuty() {
    Duties.Read r =
        Duties.read(
            "Sở Khoa học và Công nghệ",
            "Chủ trì tổng hợp, lựa chọn các tập thể, cá nhân tiêu biểu trong lĩnh vực khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, trình Hội đồng Thi đua - Khen thưởng tỉnh xem xét khen thưởng.");
    assertThat(r.duty()).isEqualTo(Duty.SELECTION);
    assertThat(r.fields())
        .contains(Field.SCIENCE_TECHNOLOGY, Field.INNOVATION, Field.DIGITAL_TRANSFORMATION);
  }

  @Test
  void severalDeadlinesOfOneDutyTheEarlierBinds() {
    PlanDocument plan = province();
    String task =
        plan.responsibilities().stream()
            .filter(r -> r.body().startsWith("Các sở, ban, ngành cấp tỉnh"))
            .findFirst()
            .orElseThrow()
            .tasks()
            .getFirst();
    assertThat(TaskDue.of(task, plan, LocalDate.of(2026, 7, 1), (e, y) -> Optional.empty()))
        .contains(LocalDate.of(2026, 7, 16));
    // Issued late in September, the quarter's end comes first.
    assertThat(TaskDue.of(task, plan, LocalDate.of(2026, 9, 25), (e, y) -> Optional.empty()))
        .contains(LocalDate.of(2026, 9, 30));
  }

  @Test
  void aReportBeforeTheFifteenthOfNovemberFallsDueOnTheFourteenthAfterIssue() {
    PlanDocument plan = province();
    String task =
        plan.responsibilities().stream()
            .filter(r -> r.body().equals("Sở Khoa học và Công nghệ"))
            .findFirst()
            .orElseThrow()
            .tasks()
            .getLast();
    assertThat(TaskDue.of(task, plan, LocalDate.of(2026, 7, 1), (e, y) -> Optional.empty()))
        .contains(LocalDate.of(2026, 11, 14));
    assertThat(TaskDue.of(task, plan, LocalDate.of(2026, 11, 20), (e, y) -> Optional.empty()))
        .contains(LocalDate.of(2027, 11, 14));
  }

  @Test
  void aReportThatGoesWithTheAnnualReviewFallsDueWhenTheOfficeDatesIt() {
    PlanDocument plan = province();
    String task =
        plan.responsibilities().getFirst().tasks().stream()
            .filter(t -> t.contains("cùng với báo cáo tổng kết"))
            .findFirst()
            .orElseThrow();
    assertThat(TaskDue.of(task, plan, LocalDate.of(2026, 7, 1), (e, y) -> Optional.empty()))
        .isEmpty();
    assertThat(
            TaskDue.of(
                task,
                plan,
                LocalDate.of(2026, 7, 1),
                (e, y) ->
                    e.startsWith("tổng kết công tác thi đua") && y == 2026
                        ? Optional.of(LocalDate.of(2026, 12, 20))
                        : Optional.empty()))
        .contains(LocalDate.of(2026, 12, 20));
  }

  @Test
  void anOpenTaskIsOverdueTheDayAfterItFallsDue() {
    LocalDate due = LocalDate.of(2026, 12, 11);
    assertThat(TaskService.overdue(TaskView.Status.OPEN, due, due)).isFalse();
    assertThat(TaskService.overdue(TaskView.Status.OPEN, due, due.plusDays(1))).isTrue();
    assertThat(TaskService.overdue(TaskView.Status.REPORTED, due, due.plusDays(1))).isFalse();
  }

  @Test
  void aBodyIsOwnedByTheLongestOrganisationNameItStartsWith() {
    var orgs =
        List.of(org(1, "Sở Nội vụ"), org(2, "Sở Khoa học và Công nghệ"), org(3, "Phòng Kinh tế"));
    assertThat(TaskService.ownerOf("Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh)", orgs).id())
        .isEqualTo(1);
    assertThat(TaskService.ownerOf("Đề nghị Sở Khoa học và Công nghệ", orgs).id()).isEqualTo(2);
    assertThat(TaskService.ownerOf("Các sở, ban, ngành cấp tỉnh", orgs)).isNull();
  }

  private static vn.thidua.organization.OrganizationView org(long id, String name) {
    return new vn.thidua.organization.OrganizationView(
        id,
        "42",
        "Tỉnh Hà Tĩnh",
        null,
        null,
        vn.thidua.organization.OrganizationType.AGENCY,
        name,
        null,
        null,
        null,
        null,
        null,
        true,
        "/VN/42/o" + id + "/",
        0,
        0);
  }

  private static PlanDocument province() {
    try {
      return PlanParser.parseText(
          java.nio.file.Files.readString(
              java.nio.file.Path.of(
                  "src/test/resources/plan-fixtures-3/ha-tinh-province-plan-2026.txt")));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
