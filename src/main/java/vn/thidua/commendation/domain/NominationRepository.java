package vn.thidua.commendation.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.commendation.NominationView;
import vn.thidua.commendation.NominationView.Status;
import vn.thidua.kernel.NotFound;
import vn.thidua.organization.UnitDirectory;

/** The rows of nominations and their documents, mapped once. */
@Repository
class NominationRepository {

  private final JdbcClient jdbc;
  private final UnitDirectory units;
  private final NominationLevels levels;

  NominationRepository(JdbcClient jdbc, UnitDirectory units, NominationLevels levels) {
    this.jdbc = jdbc;
    this.units = units;
    this.levels = levels;
  }

  /** A nomination by id (no read check: callers check). */
  NominationView get(long id) {
    return find(id).orElseThrow(() -> new NotFound("nomination.not-found"));
  }

  Optional<NominationView> find(long id) {
    Optional<NominationView> n =
        jdbc.sql("select * from nomination where id = :id")
            .param("id", id)
            .query(this::map)
            .optional();
    return n.map(this::withDocuments);
  }

  /** The scope path of the subject (whose office, unit or person may read it). */
  String subjectPath(long id) {
    return jdbc.sql("select path from nomination where id = :id")
        .param("id", id)
        .query(String.class)
        .optional()
        .orElseThrow(() -> new NotFound("nomination.not-found"));
  }

  List<Long> idsAtLevel(String unitCode, Integer year) {
    return jdbc.sql(
            "select id from nomination where level_unit_code = :u and (cast(:y as int) is null or year = cast(:y as int)) order by id")
        .param("u", unitCode)
        .param("y", year)
        .query(Long.class)
        .list();
  }

  List<Long> idsOnNotice() {
    return jdbc.sql(
            "select id from nomination where status = 'ON_NOTICE' order by level_unit_code, id")
        .query(Long.class)
        .list();
  }

  Optional<Long> idByCertificate(String code) {
    return jdbc.sql("select id from nomination where upper(certificate_code) = upper(:c)")
        .param("c", code)
        .query(Long.class)
        .optional();
  }

  private NominationView withDocuments(NominationView n) {
    List<NominationView.Document> docs =
        jdbc.sql(
                "select id, doc_code, file_name, generated, size_bytes, level_key from nomination_document where nomination_id = :id order by id")
            .param("id", n.id())
            .query((rs, i) ->
                new NominationView.Document(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBoolean(4),
                    rs.getInt(5),
                    rs.getString(6)))
            .list();
    return new NominationView(
        n.id(),
        n.occasion(),
        n.movementId(),
        n.year(),
        n.award(),
        n.subjectKind(),
        n.personId(),
        n.organizationId(),
        n.subjectName(),
        n.subjectUnit(),
        n.levelUnitCode(),
        n.levelUnitName(),
        n.levelOrganizationId(),
        n.level(),
        n.achievement(),
        n.status(),
        n.reason(),
        n.parentId(),
        n.forwardedTo(),
        n.sessionId(),
        n.votesFor(),
        n.votesAgainst(),
        n.votesAbstain(),
        n.noticeFrom(),
        n.noticeUntil(),
        n.decisionNumber(),
        n.decisionDate(),
        n.decisionSigner(),
        n.signerTitle(),
        n.decisionAuthority(),
        n.bonus(),
        n.bonusNote(),
        n.ruleSet(),
        n.certificateCode(),
        n.revoked(),
        n.version(),
        docs);
  }

  private NominationView map(ResultSet rs, int row) throws SQLException {
    Long org = rs.getObject("level_organization_id", Long.class);
    NominationLevels.Level level = levels.of(rs.getString("level_unit_code"), org);
    return new NominationView(
        rs.getLong("id"),
        rs.getString("occasion"),
        rs.getObject("movement_id", Long.class),
        rs.getInt("year"),
        rs.getString("award"),
        rs.getString("subject_kind"),
        rs.getObject("person_id", Long.class),
        rs.getLong("organization_id"),
        rs.getString("subject_name"),
        rs.getString("subject_unit"),
        rs.getString("level_unit_code"),
        level.name(),
        org,
        level.kind(),
        rs.getString("achievement"),
        Status.valueOf(rs.getString("status")),
        rs.getString("reason"),
        rs.getObject("parent_id", Long.class),
        rs.getObject("forwarded_to", Long.class),
        rs.getObject("session_id", Long.class),
        rs.getObject("votes_for", Integer.class),
        rs.getObject("votes_against", Integer.class),
        rs.getObject("votes_abstain", Integer.class),
        date(rs, "notice_from"),
        date(rs, "notice_until"),
        rs.getString("decision_number"),
        date(rs, "decision_date"),
        rs.getString("decision_signer"),
        rs.getString("signer_title"),
        rs.getString("decision_authority"),
        rs.getBigDecimal("bonus"),
        rs.getString("bonus_note"),
        rs.getString("rule_set"),
        rs.getString("certificate_code"),
        rs.getTimestamp("revoked_at") != null,
        rs.getLong("version"),
        List.of());
  }

  private static java.time.LocalDate date(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  /** Stores a dossier document of a level, replacing an earlier one of the same kind there. */
  void store(
      long id,
      String code,
      String levelKey,
      String name,
      String contentType,
      byte[] content,
      boolean generated,
      String who) {
    jdbc.sql(
            "delete from nomination_document where nomination_id = :id and doc_code = :c and coalesce(level_key, '') = coalesce(:l, '')")
        .param("id", id)
        .param("c", code)
        .param("l", levelKey)
        .update();
    jdbc.sql(
            """
            insert into nomination_document (nomination_id, doc_code, level_key, file_name, content_type, size_bytes, content, generated, uploaded_by)
            values (:id, :c, :l, :n, :t, :s, :b, :g, :who)
            """)
        .param("id", id)
        .param("c", code)
        .param("l", levelKey)
        .param("n", name)
        .param(
            "t",
            contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType)
        .param("s", content.length)
        .param("b", content)
        .param("g", generated)
        .param("who", who)
        .update();
  }

  /** A file of the dossier. */
  record File(String fileName, String contentType, byte[] content) {}

  Optional<File> document(long id, long documentId) {
    return jdbc.sql(
            "select file_name, content_type, content from nomination_document where id = :d and nomination_id = :id")
        .param("d", documentId)
        .param("id", id)
        .query((rs, i) -> new File(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .optional();
  }

  /** Copies every document of a nomination to the linked one above (keeping their levels). */
  void copyDocuments(long from, long to) {
    jdbc.sql(
            """
            insert into nomination_document (nomination_id, doc_code, level_key, file_name, content_type, size_bytes, content, generated, uploaded_by)
            select :to, doc_code, level_key, file_name, content_type, size_bytes, content, generated, uploaded_by
            from nomination_document where nomination_id = :from
            """)
        .param("to", to)
        .param("from", from)
        .update();
  }

  /** Marks the version of the row changed by a dossier edit. */
  void bump(long id, String who) {
    jdbc.sql(
            "update nomination set version = version + 1, updated_at = now(), updated_by = :who where id = :id")
        .param("who", who)
        .param("id", id)
        .update();
  }

  UnitDirectory units() {
    return units;
  }
}
