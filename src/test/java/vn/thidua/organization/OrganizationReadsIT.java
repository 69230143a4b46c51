package vn.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;

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
}
