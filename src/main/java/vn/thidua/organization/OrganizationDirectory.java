package vn.thidua.organization;

import java.util.Optional;

/** Organisations, for other modules: look one up by id (their own checks decide who may see it). */
public interface OrganizationDirectory {

  Optional<OrganizationView> organization(long id);
}
