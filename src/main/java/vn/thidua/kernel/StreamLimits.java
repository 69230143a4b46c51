package vn.thidua.kernel;

/**
 * The bounds of a stream of JSON lines (application/x-ndjson, the eligibility batch): read line by
 * line and never held whole, so larger than a JSON body, but bounded all the same — by the request
 * filter from the Content-Length, and by the reader as it counts.
 */
public final class StreamLimits {

  /** Bytes of one stream. */
  public static final long NDJSON_BYTES = 512L * 1024 * 1024;

  /** Lines (requests) of one stream. */
  public static final int NDJSON_LINES = 2_000_000;

  private StreamLimits() {}
}
