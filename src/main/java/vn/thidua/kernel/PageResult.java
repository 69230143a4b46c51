package vn.thidua.kernel;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, the page number (from 0), its size and the total count. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

  public PageResult {
    items = List.copyOf(items);
  }

  public int totalPages() {
    return size == 0 ? 0 : (int) ((total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public boolean hasNext() {
    return page + 1 < totalPages();
  }

  public <R> PageResult<R> map(Function<T, R> mapper) {
    return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
  }

  /** Clamps a requested page size to [1, 200]. */
  public static int clampSize(Integer size, int fallback) {
    if (size == null) {
      return fallback;
    }
    return Math.max(1, Math.min(200, size));
  }
}
