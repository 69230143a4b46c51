package vn.thidua.support;

/** Creates {@link Http} clients for tests outside a Spring context. */
public final class TestHttp {
  private TestHttp() {}

  public static Http at(String base) {
    return new Http(base);
  }
}
