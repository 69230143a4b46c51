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

  /** One paragraph of the body and how it is set. */
  public record Block(Kind kind, String text) {

    public static Block of(Kind kind, String text) {
      return new Block(kind, text);
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
    PARAGRAPH
  }

  /** The signature block: capitalised lines (TM., KT., the title), then the name. */
  public record Signature(List<String> lines, String name) {
    public Signature {
      lines = lines == null ? List.of() : List.copyOf(lines);
    }
  }
}
