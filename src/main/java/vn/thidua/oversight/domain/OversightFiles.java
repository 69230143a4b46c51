package vn.thidua.oversight.domain;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.document.Uploads;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.NotFound;
import vn.thidua.oversight.FileView;

/**
 * Evidence files of tasks, findings, recommendations and concerns: not empty, at most 10 MB, of an
 * allowed type (documents, spreadsheets, images, PDF, archives of them).
 */
@Component
public class OversightFiles {

  /** The largest file accepted. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /** Whose file it is. */
  enum Owner {
    TASK,
    FINDING,
    RECOMMENDATION,
    CONCERN
  }

  /** A stored file with its bytes. */
  public record File(String fileName, String contentType, byte[] content) {}

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final java.time.Clock clock;

  OversightFiles(JdbcClient jdbc, AuditTrail audit, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  long store(
      Owner owner,
      long ownerId,
      String fileName,
      String contentType,
      byte[] content,
      String actor) {
    Uploads.Checked file =
        Uploads.check(
            fileName,
            content,
            MAX_BYTES,
            Uploads.DOCUMENTS_AND_OPEN_DOCUMENTS,
            "oversight.file-type");
    String stored = file.fileName();
    long id =
        jdbc.sql(
                """
                insert into oversight_file (owner_kind, owner_id, file_name, content_type, size, content, uploaded_by, uploaded_at)
                values (:k, :o, :n, :t, :s, :c, :who, :at) returning id
                """)
            .param("k", owner.name())
            .param("o", ownerId)
            .param("n", stored)
            .param("t", file.contentType())
            .param("s", content.length)
            .param("c", content)
            .param("who", actor)
            .param("at", Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    audit.record(
        "oversight.file",
        owner.name().toLowerCase(Locale.ROOT),
        ownerId,
        null,
        java.util.Map.of("file", id, "fileName", stored, "size", content.length));
    return id;
  }

  List<FileView> list(Owner owner, long ownerId) {
    return jdbc.sql(
            "select id, file_name, size, uploaded_by, uploaded_at from oversight_file where owner_kind = :k and owner_id = :o order by id")
        .param("k", owner.name())
        .param("o", ownerId)
        .query((rs, i) ->
            new FileView(
                rs.getLong(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getTimestamp(5).toInstant()))
        .list();
  }

  int count(Owner owner, long ownerId) {
    return jdbc.sql("select count(*) from oversight_file where owner_kind = :k and owner_id = :o")
        .param("k", owner.name())
        .param("o", ownerId)
        .query(Integer.class)
        .single();
  }

  File read(Owner owner, long ownerId, long fileId) {
    return jdbc.sql(
            "select file_name, content_type, content from oversight_file where id = :id and owner_kind = :k and owner_id = :o")
        .param("id", fileId)
        .param("k", owner.name())
        .param("o", ownerId)
        .query((rs, i) -> new File(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .optional()
        .orElseThrow(() -> new NotFound("oversight.file-not-found"));
  }
}
