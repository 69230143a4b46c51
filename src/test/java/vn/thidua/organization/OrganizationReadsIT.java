package vn.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.organization.domain.OrganizationService;
import vn.thidua.support.ApplicationTest;

/**
 * Other modules read an organisation through {@link OrganizationDirectory} several times in one
 * transaction (a report's step: access, author, computed figures, notice); it is read once per
 * transaction, read again after a change made here, and never kept beyond the transaction.
 */
class OrganizationReadsIT extends ApplicationTest {

  @Autowired private OrganizationDirectory directory;
  @Autowired private OrganizationService organizations;
  @Autowired private Accounts accounts;
  @Autowired private JdbcClient jdbc;
  @Autowired private PlatformTransactionManager transactions;

  @Test
  void anOrganisationIsReadOncePerTransactionAndAgainAfterItsChange() {
    Actor admin = accounts.findActor("admin").orElseThrow();
    long id =
        jdbc.sql("select min(id) from organization where active and parent_id is not null")
            .query(Long.class)
            .single();
    String name = directory.organization(id).orElseThrow().name();
    new TransactionTemplate(transactions)
        .executeWithoutResult(status -> {
          OrganizationView first = directory.organization(id).orElseThrow();
          // Changed behind the module's back: the transaction keeps what it read.
          jdbc.sql("update organization set name = name || ' (đổi ngầm)' where id = :id")
              .param("id", id)
              .update();
          assertThat(directory.organization(id).orElseThrow()).isEqualTo(first);
          // Changed by the module: read again.
          OrganizationView o = organizations.find(id).orElseThrow();
          organizations.update(
              admin,
              id,
              new OrganizationCommand(
                  null,
                  o.parentId(),
                  o.type(),
                  name + " (đổi tên)",
                  o.shortName(),
                  o.taxCode(),
                  o.address(),
                  o.phone(),
                  o.email(),
                  o.version()));
          assertThat(directory.organization(id).orElseThrow().name())
              .isEqualTo(name + " (đổi tên)");
          status.setRollbackOnly();
        });
    // A new transaction reads the row as it is (the change above was rolled back).
    assertThat(directory.organization(id).orElseThrow().name()).isEqualTo(name);
    new TransactionTemplate(transactions)
        .executeWithoutResult(status -> {
          assertThat(directory.organization(id).orElseThrow().name()).isEqualTo(name);
          jdbc.sql("update organization set name = name || ' (đổi ngầm)' where id = :id")
              .param("id", id)
              .update();
          status.setRollbackOnly();
        });
    assertThat(directory.organization(id).orElseThrow().name()).isEqualTo(name);
  }

  /**
   * A notice's audiences are read at once: for every organisation, the nearest holders of its
   * values and of its commune's plans, in both orders, are each audience's holders in turn, each
   * person once, as asked one by one.
   */
  @Test
  void theHoldersOfSeveralAudiencesAreThoseOfEachInTurn() {
    List<String[]> places =
        jdbc.sql(
                "select o.path, u.path from organization o"
                    + " join administrative_unit u on u.code = o.unit_code order by o.id")
            .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
            .list();
    assertThat(places).hasSizeGreaterThan(20);
    int nonEmpty = 0;
    for (String[] p : places) {
      List<StepNotices.Audience> unitFirst =
          List.of(
              new StepNotices.Audience(Permission.RECORD_VALUES, p[0]),
              new StepNotices.Audience(Permission.MANAGE_PLANS, p[1]));
      for (List<StepNotices.Audience> audience : List.of(unitFirst, unitFirst.reversed())) {
        Map<String, Accounts.Recipient> oneByOne = new LinkedHashMap<>();
        for (StepNotices.Audience a : audience) {
          for (Accounts.Recipient r : accounts.nearestHolders(a.permission(), a.path())) {
            oneByOne.putIfAbsent(r.username(), r);
          }
        }
        assertThat(accounts.nearestHolders(audience))
            .as("%s", audience)
            .containsExactlyElementsOf(oneByOne.values());
        nonEmpty += oneByOne.isEmpty() ? 0 : 1;
      }
    }
    assertThat(nonEmpty).isGreaterThan(places.size());
  }
}
