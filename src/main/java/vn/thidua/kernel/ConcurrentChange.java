package vn.thidua.kernel;

/** Someone else saved the same record first: the caller's copy is stale. */
public class ConcurrentChange extends RuntimeException {

  public ConcurrentChange(String entityType) {
    super("error.concurrent-change");
    this.entityType = entityType;
  }

  private final String entityType;

  public String entityType() {
    return entityType;
  }
}
