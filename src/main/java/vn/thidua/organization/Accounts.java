package vn.thidua.organization;

import java.util.Optional;

/** What the platform's security needs from the accounts: load a user, count failures. */
public interface Accounts {

  Optional<Actor> findActor(String username);

  void recordLoginFailure(String username);

  void recordLoginSuccess(String username);
}
