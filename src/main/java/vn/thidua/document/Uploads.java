package vn.thidua.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.FileTooLarge;
import vn.thidua.kernel.VietnameseText;

/**
 * Uploaded files: the type is read from the content (Apache Tika's magic numbers, and the parts of
 * an Office package), never from the name or the browser's header, and checked against the
 * allow-list of the form; the name is reduced to its last segment and cleaned of control and
 * bidirectional characters. The stored and served type is the detected one.
 */
public final class Uploads {

  private static final Tika TIKA = new Tika();

  private Uploads() {}

  /** The kinds of file a form may take. */
  public enum Type {
    PDF("application/pdf"),
    JPEG("image/jpeg"),
    PNG("image/png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    DOC("application/msword"),
    XLS("application/vnd.ms-excel"),
    ODT("application/vnd.oasis.opendocument.text"),
    ODS("application/vnd.oasis.opendocument.spreadsheet");

    private final String mediaType;

    Type(String mediaType) {
      this.mediaType = mediaType;
    }

    public String mediaType() {
      return mediaType;
    }
  }

  /** Photographs. */
  public static final Set<Type> IMAGES = EnumSet.of(Type.JPEG, Type.PNG);

  /** Evidence and dossier documents: PDF, photographs and Office documents. */
  public static final Set<Type> DOCUMENTS =
      EnumSet.of(Type.PDF, Type.JPEG, Type.PNG, Type.DOCX, Type.XLSX, Type.DOC, Type.XLS);

  /** The same, with the OpenDocument formats. */
  public static final Set<Type> DOCUMENTS_AND_OPEN_DOCUMENTS =
      EnumSet.of(
          Type.PDF, Type.JPEG, Type.PNG, Type.DOCX, Type.XLSX, Type.DOC, Type.XLS, Type.ODT,
          Type.ODS);

  /** A checked upload: its clean name and the type its content has. */
  public record Checked(String fileName, Type type) {
    public String contentType() {
      return type.mediaType();
    }
  }

  /**
   * Checks an upload.
   *
   * @param typeMessage the message key (argument: the file name) when the type is not allowed
   * @throws BusinessRuleViolation on the field "file" when empty or of a type not allowed
   * @throws FileTooLarge over {@code maxBytes}
   */
  public static Checked check(
      String fileName, byte[] content, int maxBytes, Set<Type> allowed, String typeMessage) {
    String name = fileName(fileName);
    if (name == null || content == null || content.length == 0) {
      throw BusinessRuleViolation.onField("file", "import.file-empty");
    }
    if (content.length > maxBytes) {
      throw new FileTooLarge(Math.max(1, maxBytes / (1024 * 1024)));
    }
    Type type = detect(content, name);
    if (type == null || !allowed.contains(type)) {
      throw BusinessRuleViolation.onField("file", typeMessage, name);
    }
    return new Checked(name, type);
  }

  /** The type of the content, or null when it is none of the known ones. */
  public static Type detect(byte[] content, String name) {
    String detected = TIKA.detect(content);
    for (Type t : Type.values()) {
      if (t.mediaType.equals(detected)) {
        return t;
      }
    }
    String ext = extension(name);
    return switch (detected) {
      case "application/zip", "application/x-tika-ooxml" -> officePackage(content);
      case "application/x-tika-msoffice" ->
          switch (ext) {
            case "doc" -> Type.DOC;
            case "xls" -> Type.XLS;
            default -> null;
          };
      default -> null;
    };
  }

  /** A .docx or .xlsx by the parts it holds, after the package passed the size limits. */
  private static Type officePackage(byte[] content) {
    try {
      OfficeLimits.check(content);
    } catch (OfficeLimits.NotAZip e) {
      return null;
    } catch (OfficeLimits.OfficeFileRefused | FileTooLarge e) {
      return null;
    }
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        switch (e.getName()) {
          case "word/document.xml" -> {
            return Type.DOCX;
          }
          case "xl/workbook.xml" -> {
            return Type.XLSX;
          }
          default -> {}
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
    return null;
  }

  private static String extension(String name) {
    if (name == null) {
      return "";
    }
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * The last segment of a file name as a browser sends it, without control characters, without
   * bidirectional marks and overrides (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), NFC,
   * without leading dots, at most 200 characters (the extension kept); null when nothing is left.
   */
  public static String fileName(String raw) {
    if (raw == null) {
      return null;
    }
    String last = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
    String cleaned = VietnameseText.cleanOrNull(stripUnsafe(last));
    if (cleaned == null) {
      return null;
    }
    int start = 0;
    while (start < cleaned.length()
        && (cleaned.charAt(start) == '.' || cleaned.charAt(start) == ' ')) {
      start++;
    }
    String name = cleaned.substring(start);
    if (name.isEmpty()) {
      return null;
    }
    if (name.length() > 200) {
      int dot = name.lastIndexOf('.');
      String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      name = name.substring(0, 200 - ext.length()) + ext;
    }
    return name;
  }

  /** Removes control characters and bidirectional formatting characters. */
  public static String stripUnsafe(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .filter(cp -> !Character.isISOControl(cp) && !isBidiControl(cp))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C. */
  public static boolean isBidiControl(int cp) {
    return (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0x200E
        || cp == 0x200F
        || cp == 0x061C;
  }
}
