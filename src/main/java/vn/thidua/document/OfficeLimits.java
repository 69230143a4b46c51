package vn.thidua.document;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.FileTooLarge;

/**
 * The one guard in front of every .xlsx and .docx reader: before POI loads a package, its zip is
 * streamed once through a fixed buffer (nothing kept) and refused when it is too large compressed,
 * unpacks to too much in total, inflates one entry more than {@link #MAX_RATIO} times its packed
 * size, or holds a sheet with more than {@link #MAX_ROWS} rows. The sizes are measured, not taken
 * from the zip's headers, so a forged header does not help; the declared sizes of the central
 * directory are checked too, which refuses most bombs before anything is inflated.
 */
public final class OfficeLimits {

  /** Compressed size of an uploaded Office file. */
  public static final long MAX_COMPRESSED = 10L * 1024 * 1024;

  /** Total unpacked size of all entries. */
  public static final long MAX_UNPACKED = 100L * 1024 * 1024;

  /** Unpacked : packed, per entry. */
  public static final long MAX_RATIO = 100;

  /** Rows of one worksheet. */
  public static final int MAX_ROWS = 200_000;

  /** Entries of one package (a real workbook or document has a few dozen). */
  public static final int MAX_ENTRIES = 10_000;

  /** Small entries (styles, relations) may compress better than the ratio without harm. */
  static final long GRACE = 256L * 1024;

  static {
    // Second line: POI's own checks on what it reads, at the same limits.
    ZipSecureFile.setMinInflateRatio(1.0d / MAX_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_UNPACKED);
    ZipSecureFile.setGraceEntrySize(GRACE);
  }

  private OfficeLimits() {}

  /** A package over the limits: a 422 with the field "file" (413 for the compressed size). */
  public static final class OfficeFileRefused extends BusinessRuleViolation {
    public OfficeFileRefused(String code, Object... args) {
      super("file", code, args);
    }
  }

  /** The bytes are not a zip archive that can be read to its end. */
  public static final class NotAZip extends RuntimeException {
    NotAZip(Throwable cause) {
      super(cause);
    }
  }

  /** Loads the class so that POI's static limits are in force. */
  static void install() {
    // the static initialiser does the work
  }

  /**
   * Checks an Office package before it is parsed.
   *
   * @throws FileTooLarge over {@link #MAX_COMPRESSED}
   * @throws OfficeFileRefused over another limit
   * @throws NotAZip when the archive is broken
   */
  public static void check(byte[] bytes) {
    if (bytes.length > MAX_COMPRESSED) {
      throw new FileTooLarge((int) (MAX_COMPRESSED / (1024 * 1024)));
    }
    CentralDirectory.check(bytes);
    Counting counting = new Counting(new ByteArrayInputStream(bytes));
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(counting)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new OfficeFileRefused("office.too-many-entries");
        }
        long packedStart = counting.count;
        long unpacked = 0;
        RowCounter rows = isSheet(entry.getName()) ? new RowCounter() : null;
        int n;
        while ((n = zip.read(buffer)) > 0) {
          unpacked += n;
          total += n;
          if (total > MAX_UNPACKED) {
            throw new OfficeFileRefused("office.unpacked-too-large");
          }
          long packed = Math.max(1, counting.count - packedStart);
          if (unpacked > GRACE && unpacked > packed * MAX_RATIO) {
            throw new OfficeFileRefused("office.ratio-too-high");
          }
          if (rows != null && rows.feed(buffer, n) > MAX_ROWS) {
            throw new OfficeFileRefused("office.too-many-rows");
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new NotAZip(e);
    }
    if (entries == 0) {
      throw new NotAZip(null);
    }
  }

  private static boolean isSheet(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.contains("worksheets/") && lower.endsWith(".xml");
  }

  /** Counts the bytes read from the packed stream. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }

  /**
   * Counts the row elements of a worksheet's XML ({@code <row …>} or {@code <x:row …>}) across
   * buffer boundaries, without parsing.
   */
  static final class RowCounter {
    private final byte[] name = new byte[16];
    private int length = -1; // -1: not reading a tag name
    private int rows;

    int feed(byte[] b, int n) {
      for (int i = 0; i < n; i++) {
        byte c = b[i];
        if (c == '<') {
          length = 0;
        } else if (length >= 0) {
          if (isNameChar(c)) {
            if (length < name.length) {
              name[length++] = c;
            } else {
              length = -1;
            }
          } else {
            if (isRow()) {
              rows++;
            }
            length = -1;
          }
        }
      }
      return rows;
    }

    private boolean isRow() {
      return length >= 3
          && name[length - 3] == 'r'
          && name[length - 2] == 'o'
          && name[length - 1] == 'w'
          && (length == 3 || name[length - 4] == ':');
    }

    private static boolean isNameChar(byte c) {
      return (c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '_'
          || c == '-'
          || c == '.'
          || c == ':';
    }
  }

  /** The declared sizes of the zip's central directory: refused before anything is inflated. */
  static final class CentralDirectory {
    private static final int EOCD = 0x06054b50;
    private static final int CEN = 0x02014b50;

    static void check(byte[] b) {
      int eocd = -1;
      for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
        if (le32(b, i) == EOCD) {
          eocd = i;
          break;
        }
      }
      if (eocd < 0) {
        return; // no directory: the streaming check decides
      }
      int count = le16(b, eocd + 10);
      long offset = le32(b, eocd + 16) & 0xFFFFFFFFL;
      if (count > MAX_ENTRIES) {
        throw new OfficeFileRefused("office.too-many-entries");
      }
      long total = 0;
      long p = offset;
      for (int k = 0; k < count && p + 46 <= b.length; k++) {
        int at = (int) p;
        if (le32(b, at) != CEN) {
          return;
        }
        long packed = le32(b, at + 20) & 0xFFFFFFFFL;
        long unpacked = le32(b, at + 24) & 0xFFFFFFFFL;
        if (packed != 0xFFFFFFFFL && unpacked != 0xFFFFFFFFL) {
          total += unpacked;
          if (total > MAX_UNPACKED) {
            throw new OfficeFileRefused("office.unpacked-too-large");
          }
          if (unpacked > GRACE && unpacked > Math.max(1, packed) * MAX_RATIO) {
            throw new OfficeFileRefused("office.ratio-too-high");
          }
        }
        p += 46L + le16(b, at + 28) + le16(b, at + 30) + le16(b, at + 32);
      }
    }

    private static int le16(byte[] b, int i) {
      return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static int le32(byte[] b, int i) {
      return (b[i] & 0xFF)
          | (b[i + 1] & 0xFF) << 8
          | (b[i + 2] & 0xFF) << 16
          | (b[i + 3] & 0xFF) << 24;
    }
  }
}
