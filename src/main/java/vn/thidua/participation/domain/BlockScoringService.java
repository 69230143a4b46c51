package vn.thidua.participation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.ConcurrentChange;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.Plans;
import vn.thidua.organization.Actor;
import vn.thidua.organization.EmulationBlockView;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.Permission;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.participation.ScoreCommand;
import vn.thidua.participation.ScoreCriterionCommand;
import vn.thidua.participation.ScoreSheetView;
import vn.thidua.participation.ScoreSheetView.Criterion;
import vn.thidua.participation.ScoreSheetView.Entry;
import vn.thidua.participation.ScoreSheetView.Kind;
import vn.thidua.participation.ScoreSheetView.Layer;
import vn.thidua.participation.ScoreSheetView.Status;

/**
 * Block scoring (chấm điểm khối, cụm thi đua): the standing office sets up a sheet of criteria per
 * block and year; members score themselves, the block's scorer reviews, the emulation council has
 * the last word. Only a layer's own role writes its column; changes keep their reason in history.
 */
@Service
public class BlockScoringService {

  private static final int MAX_SCALE = 2;

  private final JdbcClient jdbc;
  private final OrganizationDirectory organizations;
  private final UnitDirectory units;
  private final Plans plans;
  private final AuditTrail audit;

  BlockScoringService(
      JdbcClient jdbc,
      OrganizationDirectory organizations,
      UnitDirectory units,
      Plans plans,
      AuditTrail audit) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.units = units;
    this.plans = plans;
    this.audit = audit;
  }

  /** A block with the paths that decide who does what on its sheet. */
  public record Block(
      EmulationBlockView view, String path, String leaderPath, List<String> memberPaths) {

    public long id() {
      return view.id();
    }
  }

  private Block load(long blockId) {
    EmulationBlockView b =
        organizations
            .emulationBlock(blockId)
            .filter(EmulationBlockView::active)
            .orElseThrow(() -> new NotFound("block.not-found"));
    String path = units.unit(b.unitCode()).map(UnitDirectory.Unit::path).orElseThrow();
    String leaderPath =
        b.leaderId() == null
            ? null
            : organizations.organization(b.leaderId()).map(OrganizationView::path).orElse(null);
    List<String> memberPaths = new ArrayList<>();
    for (EmulationBlockView.Member m : b.members()) {
      organizations.organization(m.id()).ifPresent(o -> memberPaths.add(o.path()));
    }
    return new Block(b, path, leaderPath, memberPaths);
  }

  /** The block, if the actor may read its sheet (its unit, its scorer, or one of its members). */
  @Transactional(readOnly = true)
  public Block block(Actor actor, long blockId) {
    Block b = load(blockId);
    if (!actor.reaches(b.path())) {
      throw new vn.thidua.kernel.NotFound("block.not-found");
    }
    boolean may =
        actor.may(Permission.VIEW_ORGANIZATIONS, b.path())
            || mayScoreBlock(actor, b)
            || b.memberPaths().stream().anyMatch(p -> actor.may(Permission.RECORD_VALUES, p));
    if (!may) {
      throw new AccessDeniedException("error.forbidden");
    }
    return b;
  }

  /** Whether the actor sets up the sheet: the standing office over the block's unit. */
  public boolean mayManage(Actor actor, Block b) {
    return actor.may(Permission.MANAGE_BLOCKS, b.path());
  }

  /** Whether the actor scores at block level: over the leader organisation, or the office. */
  public boolean mayScoreBlock(Actor actor, Block b) {
    return (b.leaderPath() != null && actor.may(Permission.SCORE_BLOCK, b.leaderPath()))
        || actor.may(Permission.MANAGE_BLOCKS, b.path());
  }

  /** Whether the actor scores for the emulation council over the block's unit. */
  public boolean mayScoreCouncil(Actor actor, Block b) {
    return actor.may(Permission.SCORE_COUNCIL, b.path());
  }

  /** Whether the actor writes the given layer for the given member. */
  public boolean mayScore(Actor actor, Block b, Layer layer, long organizationId) {
    return switch (layer) {
      case SELF ->
          organizations
              .organization(organizationId)
              .map(o -> actor.may(Permission.RECORD_VALUES, o.path()))
              .orElse(false);
      case BLOCK -> mayScoreBlock(actor, b);
      case COUNCIL -> mayScoreCouncil(actor, b);
    };
  }

  /** The sheet of the block and year, if one was opened. */
  @Transactional(readOnly = true)
  public Optional<ScoreSheetView> sheet(Actor actor, long blockId, int year) {
    Block b = block(actor, blockId);
    return sheetId(blockId, year).map(id -> assemble(b, id));
  }

  private ScoreSheetView requireSheet(Actor actor, long blockId, int year) {
    return sheet(actor, blockId, year).orElseThrow(() -> new NotFound("scoring.sheet-not-found"));
  }

  private Optional<Long> sheetId(long blockId, int year) {
    return jdbc.sql("select id from score_sheet where block_id = :b and year = :y")
        .param("b", blockId)
        .param("y", year)
        .query(Long.class)
        .optional();
  }

  /** Opens the sheet of a block for a year (the standing office). */
  @Transactional
  public ScoreSheetView open(Actor actor, long blockId, int year) {
    Block b = block(actor, blockId);
    if (!mayManage(actor, b)) {
      throw new AccessDeniedException("error.forbidden");
    }
    if (year < 2000 || year > 2100) {
      throw BusinessRuleViolation.onField("year", "block.year-invalid");
    }
    if (sheetId(blockId, year).isPresent()) {
      throw BusinessRuleViolation.onField("year", "scoring.sheet-exists", year);
    }
    long id;
    try {
      id =
          jdbc.sql(
                  "insert into score_sheet (block_id, year, status, created_by, updated_by) values (:b, :y, 'OPEN', :who, :who) returning id")
              .param("b", blockId)
              .param("y", year)
              .param("who", actor.getUsername())
              .query(Long.class)
              .single();
    } catch (org.springframework.dao.DuplicateKeyException e) {
      // Opened by someone else at the same moment: the same answer as when it was there before.
      throw BusinessRuleViolation.onField("year", "scoring.sheet-exists", year);
    }
    ScoreSheetView after = assemble(b, id);
    audit.record("scoring.sheet.open", "score_sheet", id, null, after);
    return after;
  }

  /** Publishes the ranking: the sheet no longer changes (the standing office). */
  @Transactional
  public ScoreSheetView publish(Actor actor, long blockId, int year, long version) {
    Block b = block(actor, blockId);
    ScoreSheetView before = requireSheet(actor, blockId, year);
    if (!mayManage(actor, b)) {
      throw new AccessDeniedException("error.forbidden");
    }
    requireOpen(before);
    int n =
        jdbc.sql(
                "update score_sheet set status = 'PUBLISHED', version = version + 1, updated_at = now(), updated_by = :who where id = :id and version = :v")
            .param("who", actor.getUsername())
            .param("id", before.id())
            .param("v", version)
            .update();
    if (n == 0) {
      throw new ConcurrentChange("score_sheet");
    }
    ScoreSheetView after = assemble(b, before.id());
    audit.record("scoring.sheet.publish", "score_sheet", before.id(), before.status(), after);
    return after;
  }

  private static void requireOpen(ScoreSheetView s) {
    if (s.status() != Status.OPEN) {
      throw new BusinessRuleViolation("scoring.sheet-closed");
    }
  }

  /** Adds a criterion to an open sheet (the standing office). */
  @Transactional
  public Criterion addCriterion(
      Actor actor, long blockId, int year, ScoreCriterionCommand command) {
    Block b = block(actor, blockId);
    ScoreSheetView s = requireSheet(actor, blockId, year);
    if (!mayManage(actor, b)) {
      throw new AccessDeniedException("error.forbidden");
    }
    requireOpen(s);
    Valid v = validate(actor, s, command, null);
    int position =
        command.position() != null
            ? command.position()
            : s.criteria().stream().mapToInt(Criterion::position).max().orElse(0) + 1;
    long id =
        jdbc.sql(
                """
                insert into score_criterion (sheet_id, position, code, name, max_points, evidence_required, kind, movement_id, created_by, updated_by)
                values (:s, :p, :code, :name, :max, :ev, :kind, :m, :who, :who) returning id
                """)
            .param("s", s.id())
            .param("p", position)
            .param("code", v.code())
            .param("name", v.name())
            .param("max", v.max())
            .param("ev", v.evidence())
            .param("kind", v.kind().name())
            .param("m", v.movementId())
            .param("who", actor.getUsername())
            .query(Long.class)
            .single();
    Criterion after = criterion(id);
    audit.record("scoring.criterion.add", "score_criterion", id, null, after);
    return after;
  }

  /** Edits a criterion of an open sheet (the standing office). */
  @Transactional
  public Criterion editCriterion(
      Actor actor, long blockId, long criterionId, ScoreCriterionCommand command) {
    Block b = block(actor, blockId);
    Criterion before = criterion(criterionId);
    ScoreSheetView s = sheetOfCriterion(b, criterionId);
    if (!mayManage(actor, b)) {
      throw new AccessDeniedException("error.forbidden");
    }
    requireOpen(s);
    if (command.version() == null) {
      throw BusinessRuleViolation.onField("version", "error.version-required");
    }
    Valid v = validate(actor, s, command, criterionId);
    BigDecimal highest =
        jdbc.sql(
                "select max(greatest(coalesce(self_score, 0), coalesce(block_score, 0), coalesce(council_score, 0))) from score_entry where criterion_id = :c")
            .param("c", criterionId)
            .query(BigDecimal.class)
            .optional()
            .orElse(null);
    if (highest != null && highest.compareTo(v.max()) > 0) {
      throw BusinessRuleViolation.onField("maxPoints", "scoring.max-below-scores", highest);
    }
    int n =
        jdbc.sql(
                """
                update score_criterion set position = :p, code = :code, name = :name, max_points = :max,
                  evidence_required = :ev, kind = :kind, movement_id = :m, version = version + 1,
                  updated_at = now(), updated_by = :who where id = :id and version = :version
                """)
            .param("p", command.position() == null ? before.position() : command.position())
            .param("code", v.code())
            .param("name", v.name())
            .param("max", v.max())
            .param("ev", v.evidence())
            .param("kind", v.kind().name())
            .param("m", v.movementId())
            .param("who", actor.getUsername())
            .param("id", criterionId)
            .param("version", command.version())
            .update();
    if (n == 0) {
      throw new ConcurrentChange("score_criterion");
    }
    Criterion after = criterion(criterionId);
    audit.record("scoring.criterion.edit", "score_criterion", criterionId, before, after);
    return after;
  }

  private record Valid(
      String code, String name, BigDecimal max, String evidence, Kind kind, Long movementId) {}

  private Valid validate(Actor actor, ScoreSheetView s, ScoreCriterionCommand c, Long criterionId) {
    String code = VietnameseText.cleanOrNull(c.code());
    if (code == null) {
      throw BusinessRuleViolation.onField("code", "scoring.code-required");
    }
    code = code.toUpperCase(java.util.Locale.ROOT);
    if (code.length() > 40) {
      throw BusinessRuleViolation.onField("code", "error.too-long", 40);
    }
    for (Criterion other : s.criteria()) {
      if (other.code().equals(code) && !Long.valueOf(other.id()).equals(criterionId)) {
        throw BusinessRuleViolation.onField("code", "scoring.code-taken", code);
      }
    }
    String name = VietnameseText.cleanOrNull(c.name());
    if (name == null) {
      throw BusinessRuleViolation.onField("name", "scoring.name-required");
    }
    if (name.length() > 500) {
      throw BusinessRuleViolation.onField("name", "error.too-long", 500);
    }
    BigDecimal max = c.maxPoints();
    if (max == null || max.signum() <= 0 || max.compareTo(new BigDecimal("1000")) > 0) {
      throw BusinessRuleViolation.onField("maxPoints", "scoring.max-invalid");
    }
    if (max.stripTrailingZeros().scale() > MAX_SCALE) {
      throw BusinessRuleViolation.onField("maxPoints", "scoring.too-precise", "maxPoints");
    }
    String evidence = VietnameseText.cleanOrNull(c.evidenceRequired());
    if (evidence != null && evidence.length() > 1000) {
      throw BusinessRuleViolation.onField("evidenceRequired", "error.too-long", 1000);
    }
    Kind kind = c.kind() == null ? Kind.MANUAL : c.kind();
    Long movementId = null;
    if (kind == Kind.MOVEMENT_RESULT) {
      if (c.movementId() == null) {
        throw BusinessRuleViolation.onField("movementId", "scoring.movement-required");
      }
      MovementView m =
          plans
              .readable(actor, c.movementId())
              .orElseThrow(
                  () -> BusinessRuleViolation.onField("movementId", "scoring.movement-unknown"));
      movementId = m.id();
    }
    return new Valid(code, name, max, evidence, kind, movementId);
  }

  private ScoreSheetView sheetOfCriterion(Block b, long criterionId) {
    long sheetId =
        jdbc.sql(
                "select c.sheet_id from score_criterion c join score_sheet s on s.id = c.sheet_id where c.id = :c and s.block_id = :b")
            .param("c", criterionId)
            .param("b", b.id())
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new NotFound("scoring.criterion-not-found"));
    return assemble(b, sheetId);
  }

  /** Sets one score at one layer; see {@link ScoreCommand} for when a reason is needed. */
  @Transactional
  public Entry score(Actor actor, long blockId, ScoreCommand command) {
    Block b = block(actor, blockId);
    if (command.criterionId() == null) {
      throw BusinessRuleViolation.onField("criterionId", "scoring.criterion-required");
    }
    if (command.layer() == null) {
      throw BusinessRuleViolation.onField("layer", "scoring.layer-required");
    }
    ScoreSheetView s = sheetOfCriterion(b, command.criterionId());
    Criterion c = criterion(command.criterionId());
    if (command.organizationId() == null
        || b.view().members().stream().noneMatch(m -> m.id() == command.organizationId())) {
      throw BusinessRuleViolation.onField("organizationId", "scoring.not-member");
    }
    long org = command.organizationId();
    Layer layer = command.layer();
    // Only the layer's own role writes its column: refused before anything is looked at.
    if (!mayScore(actor, b, layer, org)) {
      throw new AccessDeniedException("scoring.layer-forbidden." + layer.name());
    }
    requireOpen(s);
    BigDecimal score = command.score();
    String field = "score";
    if (score == null) {
      throw BusinessRuleViolation.onField(field, "scoring.score-required." + layer.name());
    }
    if (score.signum() < 0) {
      throw BusinessRuleViolation.onField(field, "scoring.score-negative." + layer.name(), score);
    }
    if (score.compareTo(c.maxPoints()) > 0) {
      throw BusinessRuleViolation.onField(
          field, "scoring.score-above-max." + layer.name(), score, c.maxPoints(), c.name());
    }
    if (score.stripTrailingZeros().scale() > MAX_SCALE) {
      throw BusinessRuleViolation.onField(field, "scoring.too-precise", score);
    }
    score = score.setScale(MAX_SCALE, RoundingMode.UNNECESSARY);
    String reason = VietnameseText.cleanOrNull(command.reason());
    if (reason != null && reason.length() > 1000) {
      throw BusinessRuleViolation.onField("reason", "error.too-long", 1000);
    }
    String evidence = VietnameseText.cleanOrNull(command.evidenceNote());
    if (evidence != null && evidence.length() > 1000) {
      throw BusinessRuleViolation.onField("evidenceNote", "error.too-long", 1000);
    }

    Optional<Entry> existing = lockEntry(c.id(), org);
    if (existing.isPresent()
        && (command.version() == null || command.version() != existing.get().version())) {
      if (command.version() == null) {
        throw BusinessRuleViolation.onField("version", "error.version-required");
      }
      throw new ConcurrentChange("score_entry");
    }
    Entry before = existing.orElse(null);
    BigDecimal old =
        before == null
            ? null
            : switch (layer) {
              case SELF -> before.selfScore();
              case BLOCK -> before.blockScore();
              case COUNCIL -> before.councilScore();
            };
    BigDecimal below =
        before == null
            ? null
            : switch (layer) {
              case SELF -> null;
              case BLOCK -> before.selfScore();
              case COUNCIL ->
                  before.blockScore() != null ? before.blockScore() : before.selfScore();
            };
    boolean scoreChanges = old == null || old.compareTo(score) != 0;
    if (old != null && scoreChanges && reason == null) {
      throw BusinessRuleViolation.onField("reason", "scoring.reason-required.change", old, score);
    }
    if (below != null && below.compareTo(score) != 0 && reason == null) {
      throw BusinessRuleViolation.onField(
          "reason", "scoring.reason-required.differs." + layer.name(), below, score);
    }
    boolean evidenceChanges =
        layer == Layer.SELF
            && !java.util.Objects.equals(evidence, before == null ? null : before.evidenceNote());
    if (!scoreChanges && !evidenceChanges) {
      return before;
    }
    String column =
        switch (layer) {
          case SELF -> "self_score";
          case BLOCK -> "block_score";
          case COUNCIL -> "council_score";
        };
    long id;
    if (before == null) {
      id =
          jdbc.sql(
                  "insert into score_entry (criterion_id, organization_id, "
                      + column
                      + ", evidence_note, created_by, updated_by) values (:c, :o, :score, :ev, :who, :who) returning id")
              .param("c", c.id())
              .param("o", org)
              .param("score", score)
              .param("ev", layer == Layer.SELF ? evidence : null)
              .param("who", actor.getUsername())
              .query(Long.class)
              .single();
    } else {
      id = before.id();
      jdbc.sql(
              "update score_entry set "
                  + column
                  + " = :score"
                  + (layer == Layer.SELF ? ", evidence_note = :ev" : "")
                  + ", version = version + 1, updated_at = now(), updated_by = :who where id = :id")
          .param("score", score)
          .param("ev", evidence)
          .param("who", actor.getUsername())
          .param("id", id)
          .update();
    }
    if (scoreChanges) {
      jdbc.sql(
              """
              insert into score_history (sheet_id, criterion_id, organization_id, layer, old_score, new_score, reason, actor)
              values (:s, :c, :o, :l, :old, :new, :r, :who)
              """)
          .param("s", s.id())
          .param("c", c.id())
          .param("o", org)
          .param("l", layer.name())
          .param("old", old)
          .param("new", score)
          .param("r", reason)
          .param("who", actor.getUsername())
          .update();
    }
    Entry after = entry(id);
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("layer", layer.name());
    detail.put("entry", after);
    detail.put("reason", reason);
    audit.record("scoring.score", "score_entry", id, before, detail);
    return after;
  }

  /** Every change of a score of the sheet, oldest first. */
  @Transactional(readOnly = true)
  public List<ScoreSheetView.Change> history(Actor actor, long blockId, int year) {
    ScoreSheetView s = requireSheet(actor, blockId, year);
    return jdbc.sql(
            """
            select h.id, h.at, h.actor, h.layer, h.criterion_id, c.code, h.organization_id, o.name,
                   h.old_score, h.new_score, h.reason
            from score_history h join score_criterion c on c.id = h.criterion_id
            join organization o on o.id = h.organization_id
            where h.sheet_id = :s order by h.id
            """)
        .param("s", s.id())
        .query((rs, i) ->
            new ScoreSheetView.Change(
                rs.getLong("id"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("actor"),
                Layer.valueOf(rs.getString("layer")),
                rs.getLong("criterion_id"),
                rs.getString("code"),
                rs.getLong("organization_id"),
                rs.getString("name"),
                rs.getBigDecimal("old_score"),
                rs.getBigDecimal("new_score"),
                rs.getString("reason")))
        .list();
  }

  /** The ranking of the sheet's members by effective total. */
  @Transactional(readOnly = true)
  public List<ScoreSheetView.Ranked> ranking(Actor actor, long blockId, int year) {
    return requireSheet(actor, blockId, year).ranking();
  }

  /** The proposed self-score of a member for a MOVEMENT_RESULT criterion. */
  @Transactional(readOnly = true)
  public ScoreSheetView.Proposal proposal(
      Actor actor, long blockId, long criterionId, long organizationId) {
    Block b = block(actor, blockId);
    ScoreSheetView s = sheetOfCriterion(b, criterionId);
    Criterion c = criterion(criterionId);
    if (c.kind() != Kind.MOVEMENT_RESULT || c.movementId() == null) {
      throw BusinessRuleViolation.onField("criterionId", "scoring.not-movement-result");
    }
    if (b.view().members().stream().noneMatch(m -> m.id() == organizationId)) {
      throw BusinessRuleViolation.onField("organizationId", "scoring.not-member");
    }
    return propose(c, organizationId, s.year());
  }

  /** Proposals for every MOVEMENT_RESULT criterion of a sheet for one member. */
  @Transactional(readOnly = true)
  public Map<Long, ScoreSheetView.Proposal> proposals(ScoreSheetView s, long organizationId) {
    Map<Long, ScoreSheetView.Proposal> map = new LinkedHashMap<>();
    for (Criterion c : s.criteria()) {
      if (c.kind() == Kind.MOVEMENT_RESULT && c.movementId() != null) {
        map.put(c.id(), propose(c, organizationId, s.year()));
      }
    }
    return map;
  }

  private ScoreSheetView.Proposal propose(Criterion c, long organizationId, int year) {
    String status =
        jdbc.sql(
                "select status from registration where movement_id = :m and organization_id = :o and year = :y")
            .param("m", c.movementId())
            .param("o", organizationId)
            .param("y", year)
            .query(String.class)
            .optional()
            .orElse("NONE");
    int entered =
        jdbc.sql(
                "select count(distinct indicator_code) from indicator_value where movement_id = :m and organization_id = :o and year = :y")
            .param("m", c.movementId())
            .param("o", organizationId)
            .param("y", year)
            .query(Integer.class)
            .single();
    int total = plans.currentDocument(c.movementId()).indicators().size();
    BigDecimal registration =
        switch (status) {
          case "ACCEPTED" -> BigDecimal.ONE;
          case "SUBMITTED" -> new BigDecimal("0.5");
          default -> BigDecimal.ZERO;
        };
    BigDecimal share;
    if (total == 0) {
      share = registration;
    } else {
      BigDecimal indicators =
          BigDecimal.valueOf(Math.min(entered, total))
              .divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_UP);
      share = registration.add(indicators).divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_UP);
    }
    BigDecimal score = c.maxPoints().multiply(share).setScale(MAX_SCALE, RoundingMode.HALF_UP);
    return new ScoreSheetView.Proposal(
        c.id(), organizationId, c.movementId(), status, entered, total, score);
  }

  /** Plans of the block's unit and the levels above it, for a MOVEMENT_RESULT criterion. */
  @Transactional(readOnly = true)
  public List<MovementView> movementChoices(Actor actor, Block b) {
    List<MovementView> list = new ArrayList<>();
    for (Long id :
        jdbc.sql("select id from movement where :p like path || '%' order by path, id")
            .param("p", b.path())
            .query(Long.class)
            .list()) {
      try {
        plans.readable(actor, id).ifPresent(list::add);
      } catch (AccessDeniedException e) {
        // not readable by this actor: not offered
      }
    }
    return list;
  }

  private Optional<Entry> lockEntry(long criterionId, long organizationId) {
    return jdbc.sql(
            "select id from score_entry where criterion_id = :c and organization_id = :o for update")
        .param("c", criterionId)
        .param("o", organizationId)
        .query(Long.class)
        .optional()
        .map(this::entry);
  }

  private Entry entry(long id) {
    return jdbc.sql("select * from score_entry where id = :id")
        .param("id", id)
        .query(BlockScoringService::mapEntry)
        .single();
  }

  private static Entry mapEntry(ResultSet rs, int i) throws SQLException {
    BigDecimal self = rs.getBigDecimal("self_score");
    BigDecimal block = rs.getBigDecimal("block_score");
    BigDecimal council = rs.getBigDecimal("council_score");
    return new Entry(
        rs.getLong("id"),
        rs.getLong("criterion_id"),
        rs.getLong("organization_id"),
        self,
        rs.getString("evidence_note"),
        block,
        council,
        Ranking.effective(self, block, council),
        rs.getLong("version"));
  }

  private Criterion criterion(long id) {
    return jdbc.sql("select * from score_criterion where id = :id")
        .param("id", id)
        .query(BlockScoringService::mapCriterion)
        .optional()
        .orElseThrow(() -> new NotFound("scoring.criterion-not-found"));
  }

  private static Criterion mapCriterion(ResultSet rs, int i) throws SQLException {
    return new Criterion(
        rs.getLong("id"),
        rs.getInt("position"),
        rs.getString("code"),
        rs.getString("name"),
        rs.getBigDecimal("max_points"),
        rs.getString("evidence_required"),
        Kind.valueOf(rs.getString("kind")),
        rs.getObject("movement_id", Long.class),
        rs.getLong("version"));
  }

  private ScoreSheetView assemble(Block b, long sheetId) {
    record Row(int year, Status status, long version) {}
    Row row =
        jdbc.sql("select year, status, version from score_sheet where id = :id")
            .param("id", sheetId)
            .query((rs, i) ->
                new Row(
                    rs.getInt("year"),
                    Status.valueOf(rs.getString("status")),
                    rs.getLong("version")))
            .single();
    List<Criterion> criteria =
        jdbc.sql("select * from score_criterion where sheet_id = :s order by position, id")
            .param("s", sheetId)
            .query(BlockScoringService::mapCriterion)
            .list();
    List<Entry> entries =
        jdbc.sql(
                "select e.* from score_entry e join score_criterion c on c.id = e.criterion_id where c.sheet_id = :s order by e.id")
            .param("s", sheetId)
            .query(BlockScoringService::mapEntry)
            .list();
    List<ScoreSheetView.Member> members =
        b.view().members().stream().map(m -> new ScoreSheetView.Member(m.id(), m.name())).toList();
    List<Ranking.Total> totals = new ArrayList<>();
    for (ScoreSheetView.Member m : members) {
      BigDecimal total = BigDecimal.ZERO.setScale(MAX_SCALE);
      for (Entry e : entries) {
        if (e.organizationId() == m.organizationId()) {
          total = total.add(e.effective());
        }
      }
      totals.add(new Ranking.Total(m.organizationId(), m.name(), total));
    }
    EmulationBlockView v = b.view();
    return new ScoreSheetView(
        sheetId,
        v.id(),
        v.name(),
        v.unitName(),
        row.year(),
        row.status(),
        v.leaderId(),
        v.leaderName(),
        criteria,
        members,
        entries,
        Ranking.rank(totals),
        row.version());
  }
}
