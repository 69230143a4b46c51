package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.kernel.NotFound;
import vn.thidua.organization.Accounts;
import vn.thidua.organization.Actor;
import vn.thidua.support.ApplicationTest;

/**
 * The plan lookups that answer in one read whatever the number of plans (a national deployment has
 * one per province and commune) give what asking plan by plan gave.
 */
class PlanLookupsIT extends ApplicationTest {

  @Autowired Plans plans;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void theNearestIssuedUnitPlanOfEveryOrganisationIsTheLongestPathAboveIt() {
    List<String> paths =
        jdbc.sql("select path from organization order by id").query(String.class).list();
    assertThat(paths).hasSizeGreaterThan(10);
    for (String path : paths) {
      assertThat(plans.nearestIssuedUnitPlan(path).map(MovementView::id))
          .as(path)
          .isEqualTo(planByPlan(path));
    }
    assertThat(plans.nearestIssuedUnitPlan("/nowhere/")).isEmpty();
  }

  @Test
  void theIssuedPlansAnActorMayReadAreThoseReadableOneByOne() {
    for (String username :
        List.of(
            "quantri.haiphong",
            "thuongtruc.haiphong",
            "thuongtruc.habac",
            "daumoi.habac",
            "giamsat.habac",
            "canhan.habac",
            "thuongtruc.hatinh",
            "thuongtruc.sokhcn")) {
      Actor actor = accounts.findActor(username).orElseThrow();
      List<Long> oneByOne =
          plans.issued().stream()
              .filter(m -> readable(actor, m.id()))
              .map(MovementView::id)
              .toList();
      assertThat(plans.issuedReadable(actor).stream().map(MovementView::id).toList())
          .as(username)
          .isEqualTo(oneByOne);
    }
  }

  @Test
  void theIssuedPlansPathsAreTheirPaths() {
    var paths = plans.issuedPaths();
    assertThat(paths.keySet())
        .containsExactlyElementsOf(plans.issued().stream().map(MovementView::id).toList());
    paths.forEach((id, path) -> assertThat(path).as("plan " + id).isEqualTo(plans.pathOf(id)));
  }

  private boolean readable(Actor actor, long id) {
    try {
      return plans.readable(actor, id).isPresent();
    } catch (org.springframework.security.access.AccessDeniedException | NotFound e) {
      return false;
    }
  }

  /** What ComputedIndicators did before: every issued plan of a unit, the longest path first. */
  private Optional<Long> planByPlan(String path) {
    Long best = null;
    String bestPath = "";
    for (MovementView m : plans.issued()) {
      if (m.organizationPlan()) {
        continue;
      }
      String p = plans.pathOf(m.id());
      if (path.startsWith(p) && p.length() > bestPath.length()) {
        best = m.id();
        bestPath = p;
      }
    }
    return Optional.ofNullable(best);
  }
}
