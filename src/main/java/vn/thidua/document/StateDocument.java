package vn.thidua.document;

import java.util.List;

/**
 * A document in the state format of Nghị định 30/2020/NĐ-CP, ready to render: the header (issuing
 * body beside the national motto, number and place/date line), the blocks of the body, the
 * recipients beside the signature, and optionally an attachment after a page break.
 */
public record StateDocument(
    String issuerParent,
    String issuerName,
    String numberLine,
    String placeDateLine,
    List<Block> blocks,
    List<String> recipients,
    Signature signature,
    List<Block> attachment) {

  public StateDocument {
    blocks = blocks == null ? List.of() : List.copyOf(blocks);
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
    attachment = attachment == null ? List.of() : List.copyOf(attachment);
  }

  /**
   * One paragraph of the body and how it is set, or a {@link Kind#TABLE} whose first row is the
   * header (bold, repeated on each page) and whose other rows are the body; {@code text} is then
   * unused.
   */
  public record Block(Kind kind, String text, List<List<String>> rows) {

    public Block {
      rows =
          rows == null
              ? List.of()
              : rows.stream()
                  .map(r ->
                      r == null
                          ? List.<String>of()
                          : r.stream().map(c -> c == null ? "" : c).toList())
                  .toList();
      if (kind == Kind.TABLE && rows.isEmpty()) {
        throw new IllegalArgumentException("A table needs at least its header row");
      }
    }

    public Block(Kind kind, String text) {
      this(kind, text, null);
    }

    public static Block of(Kind kind, String text) {
      return new Block(kind, text);
    }

    /**
     * A bordered table: the header row in bold, then the rows; a row shorter than the header is
     * padded with empty cells. Lists of nominees and of awardees in a decision.
     */
    public static Block table(List<String> header, List<List<String>> rows) {
      List<List<String>> all = new java.util.ArrayList<>();
      all.add(header);
      if (rows != null) {
        all.addAll(rows);
      }
      return new Block(Kind.TABLE, null, all);
    }

    /** The header row of a {@link Kind#TABLE}. */
    public List<String> header() {
      return rows.isEmpty() ? List.of() : rows.getFirst();
    }
  }

  /** How a block is set. */
  public enum Kind {
    /** "KẾ HOẠCH", "QUYẾT ĐỊNH": centred, bold, capitals. */
    DOCUMENT_TYPE,
    /** The subject line: centred, bold, with a short rule under it. */
    TITLE,
    /** "(Kèm theo …)": centred, italic. */
    SUBTITLE,
    /** A centred bold line ("QUYẾT ĐỊNH:", the deciding authority). */
    CENTERED,
    /** A heading of the body: bold, justified, first-line indent. */
    HEADING,
    /** Running text: justified, first-line indent. */
    PARAGRAPH,
    /** A table with borders, its first row a bold header: see {@link Block#table}. */
    TABLE
  }

  /** The signature block: capitalised lines (TM., KT., the title), then the name. */
  public record Signature(List<String> lines, String name) {
    public Signature {
      lines = lines == null ? List.of() : List.copyOf(lines);
    }
  }
}
