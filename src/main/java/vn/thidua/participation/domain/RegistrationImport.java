package vn.thidua.participation.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.document.OfficeLimits;
import vn.thidua.document.Spreadsheets;
import vn.thidua.kernel.BulkCopy;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.StateChanges;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.movement.MovementView;
import vn.thidua.organization.Actor;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationType;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.Permission;
import vn.thidua.participation.RegistrationView;
import vn.thidua.participation.domain.IndicatorValueService.ImportError;
import vn.thidua.participation.domain.IndicatorValueService.ImportRefused;
import vn.thidua.rulebook.AwardNames;

/**
 * Registrations of many units from one .xlsx (issue 16): the office that gathered them on paper or
 * in Excel enters them at once. The file is read in one streaming pass and every row checked as the
 * registration form checks it (the organisation in the actor's scope and under the plan, the year
 * within the plan, only titles and forms the rulebook opens to that kind of unit, a registration
 * not already sent); then all rows are written set-based in one transaction (COPY into a temporary
 * table, one upsert), each new registration's history row in one statement and one audit entry
 * listing what was created and changed. Any error refuses the whole file, by row and column.
 *
 * <p>Rows create drafts or change drafts and returned registrations; the units send them as usual.
 */
@Service
public class RegistrationImport {

  /** Message keys of the template's and the file's columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "registration.import.col.organizationId",
          "registration.import.col.organizationName",
          "registration.import.col.year",
          "registration.import.col.titles",
          "registration.import.col.commitments");

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final RegistrationService registrations;
  private final OrganizationDirectory organizations;
  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final StateChanges changes;
  private final MessageSource messages;
  private final ObjectMapper json;

  RegistrationImport(
      RegistrationService registrations,
      OrganizationDirectory organizations,
      JdbcClient jdbc,
      DataSource dataSource,
      StateChanges changes,
      MessageSource messages,
      ObjectMapper json) {
    this.registrations = registrations;
    this.organizations = organizations;
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.changes = changes;
    this.messages = messages;
    this.json = json;
  }

  /** What an import did. */
  public record Result(int rows, int created, int updated) {}

  /**
   * The template for a year: one row per organisation of the plan the actor may register for whose
   * registration can still be changed, with what it has registered so far.
   */
  @Transactional(readOnly = true)
  public byte[] template(Actor actor, long movementId, int year) {
    registrations.plan(actor, movementId);
    List<List<Object>> rows = new ArrayList<>();
    for (RegistrationView.BoardRow r : registrations.board(actor, movementId, year)) {
      if (!r.mayRegister()
          || (r.status() != null
              && r.status() != RegistrationView.Status.DRAFT
              && r.status() != RegistrationView.Status.RETURNED)) {
        continue;
      }
      List<RegistrationView.Commitment> commitments =
          r.registrationId() == null
              ? List.of()
              : registrations.get(r.registrationId()).commitments();
      rows.add(
          List.of(
              r.organizationId(),
              r.organizationName(),
              year,
              String.join("; ", r.titles().stream().map(AwardNames::shortName).toList()),
              String.join(
                  "\n",
                  commitments.stream().map(RegistrationView.Commitment::commitment).toList())));
    }
    List<String> notes = new ArrayList<>();
    notes.add(msg("registration.import.help.1"));
    notes.add(msg("registration.import.help.2"));
    notes.add(msg("registration.import.help.villages"));
    AwardNames.registrationCodes(true).forEach(c -> notes.add("– " + AwardNames.shortName(c)));
    notes.add(msg("registration.import.help.others"));
    AwardNames.registrationCodes(false).forEach(c -> notes.add("– " + AwardNames.shortName(c)));
    return Spreadsheets.write(
        msg("registration.import.sheet"), COLUMNS.stream().map(this::msg).toList(), rows, notes);
  }

  /** A checked row. */
  private record Checked(
      int number,
      OrganizationView org,
      int year,
      List<String> titles,
      List<RegistrationView.Commitment> commitments) {}

  /** Imports the file: every row checked, then all written in this transaction, or none. */
  @Transactional
  public Result importXlsx(Actor actor, long movementId, String fileName, byte[] content) {
    MovementView m = registrations.plan(actor, movementId);
    if (!actor.may(Permission.RECORD_VALUES)) {
      throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
    }
    if (content == null || content.length == 0) {
      throw BusinessRuleViolation.onField("file", "import.file-empty");
    }
    if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw BusinessRuleViolation.onField("file", "import.file-type");
    }
    String planPath = registrations.planPath(m);
    List<String> headers = COLUMNS.stream().map(this::msg).toList();
    List<ImportError> errors = new ArrayList<>();
    List<Checked> rows = new ArrayList<>();
    Map<Long, Optional<OrganizationView>> orgs = new HashMap<>();
    Set<String> seen = new HashSet<>();
    Map<String, String> titleByName = titleNames();
    boolean[] headersOk = {true};
    try {
      Spreadsheets.stream(
          content,
          new Spreadsheets.RowHandler() {
            @Override
            public void headers(List<String> found) {
              for (int c = 0; c < headers.size(); c++) {
                String f = c < found.size() ? found.get(c) : "";
                if (!VietnameseText.fold(headers.get(c)).equals(VietnameseText.fold(f))) {
                  headersOk[0] = false;
                  errors.add(
                      new ImportError(
                          1,
                          Spreadsheets.columnLetter(c),
                          headers.get(c),
                          msg("import.header-mismatch", headers.get(c), f)));
                }
              }
            }

            @Override
            public void row(Spreadsheets.SheetRow row) {
              if (headersOk[0] && errors.size() < 200) {
                check(actor, m, planPath, row, headers, orgs, seen, titleByName, errors)
                    .ifPresent(rows::add);
              }
            }
          });
    } catch (Spreadsheets.InvalidSpreadsheet e) {
      throw new ImportRefused(List.of(new ImportError(0, "", "", msg("import.file-unreadable"))));
    } catch (OfficeLimits.OfficeFileRefused e) {
      throw new ImportRefused(List.of(new ImportError(0, "", "", msg(e.code()))));
    }
    if (errors.isEmpty() && rows.isEmpty()) {
      errors.add(new ImportError(0, "", "", msg("import.no-rows")));
    }
    if (!errors.isEmpty()) {
      throw new ImportRefused(errors);
    }
    return write(actor, m, fileName, headers, rows);
  }

  private Optional<Checked> check(
      Actor actor,
      MovementView m,
      String planPath,
      Spreadsheets.SheetRow row,
      List<String> headers,
      Map<Long, Optional<OrganizationView>> orgs,
      Set<String> seen,
      Map<String, String> titleByName,
      List<ImportError> errors) {
    int before = errors.size();
    OrganizationView org =
        IndicatorValueService.organizationCell(
            actor, row, headers, orgs, organizations, messages, errors);
    if (org != null && !org.path().startsWith(planPath)) {
      errors.add(error(row, 0, headers, "registration.outside-plan", org.name(), m.unitName()));
      org = null;
    } else if (org != null) {
      String named = VietnameseText.cleanOrNull(row.cell(1).text());
      if (named != null && !VietnameseText.fold(named).equals(VietnameseText.fold(org.name()))) {
        errors.add(
            error(
                row,
                1,
                headers,
                "registration.import.name-mismatch",
                row.cell(0).text(),
                org.name(),
                named));
      }
    }
    Integer year = null;
    String yearText = row.cell(2).text().replace(".", "").trim();
    try {
      year = Integer.valueOf(yearText);
      if ((m.periodFrom() != null && year < m.periodFrom())
          || (m.periodTo() != null && year > m.periodTo())) {
        errors.add(
            error(row, 2, headers, "values.year-outside", year, m.periodFrom(), m.periodTo()));
        year = null;
      }
    } catch (NumberFormatException e) {
      errors.add(
          error(
              row,
              2,
              headers,
              yearText.isEmpty() ? "import.required" : "import.not-a-number",
              row.cell(2).text()));
    }
    List<String> titles = new ArrayList<>();
    for (String part : String.join(";", row.cell(3).lines()).split(";")) {
      String name = VietnameseText.cleanOrNull(part);
      if (name == null) {
        continue;
      }
      String code = titleByName.get(VietnameseText.fold(name));
      if (code == null) {
        errors.add(error(row, 3, headers, "registration.title-unknown", name));
        continue;
      }
      if (org != null) {
        boolean village = org.type() == OrganizationType.VILLAGE;
        if (!AwardNames.registrationCodes(village).contains(code)) {
          String key =
              village
                  ? "registration.title-not-for-village"
                  : AwardNames.opensToCollective(code, false)
                      ? "registration.title-unknown"
                      : "registration.title-only-villages";
          errors.add(error(row, 3, headers, key, AwardNames.shortName(code)));
          continue;
        }
      }
      if (!titles.contains(code)) {
        titles.add(code);
      }
    }
    List<RegistrationView.Commitment> commitments = new ArrayList<>();
    for (String line : row.cell(4).lines()) {
      commitments.add(new RegistrationView.Commitment(null, line));
    }
    if (titles.isEmpty() && commitments.isEmpty() && errors.size() == before) {
      errors.add(error(row, 3, headers, "registration.import.nothing"));
    }
    if (errors.size() == before && !seen.add(org.id() + "|" + year)) {
      errors.add(error(row, 0, headers, "registration.import.duplicate-row", org.name(), year));
    }
    return errors.size() == before
        ? Optional.of(new Checked(row.number(), org, year, titles, commitments))
        : Optional.empty();
  }

  /** Folded short names, full names and codes of the catalogue's registrable titles and forms. */
  private static Map<String, String> titleNames() {
    Map<String, String> out = new HashMap<>();
    for (boolean village : new boolean[] {true, false}) {
      for (String code : AwardNames.registrationCodes(village)) {
        out.put(VietnameseText.fold(code), code);
        out.put(VietnameseText.fold(AwardNames.name(code)), code);
        out.put(VietnameseText.fold(AwardNames.shortName(code)), code);
      }
    }
    return out;
  }

  /**
   * Writes the checked rows set-based: copied into a temporary table, registrations already sent
   * (or accepted) refuse the whole file by row, then one upsert creates drafts and changes drafts
   * and returned registrations; history and audit through {@link StateChanges}.
   */
  private Result write(
      Actor actor, MovementView m, String fileName, List<String> headers, List<Checked> rows) {
    jdbc.sql(
            """
            create temp table if not exists import_registration (
              line int, organization_id bigint, unit_code varchar(10), path varchar(400),
              year int, titles text, commitments text)
            on commit drop
            """)
        .update();
    BulkCopy copy =
        BulkCopy.into(
            DataSourceUtils.getConnection(dataSource),
            "import_registration",
            List.of(
                "line", "organization_id", "unit_code", "path", "year", "titles", "commitments"));
    try {
      int line = 0;
      for (Checked c : rows) {
        copy.row(
            line++,
            c.org().id(),
            c.org().unitCode(),
            c.org().path(),
            c.year(),
            json.writeValueAsString(c.titles()),
            json.writeValueAsString(c.commitments()));
      }
      copy.finish();
    } catch (RuntimeException ex) {
      copy.cancel();
      throw ex;
    }
    List<ImportError> locked = new ArrayList<>();
    jdbc.sql(
            """
            select t.line, r.status from registration r join import_registration t
              on r.movement_id = :m and r.organization_id = t.organization_id and r.year = t.year
            where r.status not in ('DRAFT', 'RETURNED')
            order by t.line
            limit 200
            for update of r
            """)
        .param("m", m.id())
        .query(rs -> {
          Checked c = rows.get(rs.getInt(1));
          String status = msg("registration.status." + rs.getString(2));
          locked.add(
              IndicatorValueService.cellError(
                  messages,
                  c.number(),
                  0,
                  headers,
                  "registration.import.not-editable",
                  c.org().name(),
                  c.year(),
                  status));
        });
    if (!locked.isEmpty()) {
      throw new ImportRefused(locked);
    }
    record Written(long id, boolean created) {}
    List<Written> written =
        jdbc.sql(
                """
                insert into registration (movement_id, organization_id, unit_code, path, year, status, titles, commitments, created_by, updated_by)
                select :m, organization_id, unit_code, path, year, 'DRAFT', titles, commitments, :who, :who
                from import_registration
                on conflict (movement_id, organization_id, year) do update
                  set titles = excluded.titles, commitments = excluded.commitments,
                      version = registration.version + 1, updated_at = now(), updated_by = excluded.updated_by
                  where registration.status in ('DRAFT', 'RETURNED')
                returning id, (xmax = 0) as created
                """)
            .param("m", m.id())
            .param("who", actor.getUsername())
            .query((rs, i) -> new Written(rs.getLong(1), rs.getBoolean(2)))
            .list();
    if (written.size() != rows.size()) {
      // A registration was sent between the check above and the upsert: nothing is kept.
      throw new vn.thidua.kernel.ConcurrentChange("registration");
    }
    List<Long> created = written.stream().filter(Written::created).map(Written::id).toList();
    List<Long> updated = written.stream().filter(w -> !w.created()).map(Written::id).toList();
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("movement", m.id());
    entry.put("rows", rows.size());
    entry.put("created", created.size());
    entry.put("updated", updated.size());
    entry.put("createdIds", BulkCopy.idRanges(created));
    entry.put("updatedIds", BulkCopy.idRanges(updated));
    entry.put("by", actor.getUsername());
    changes.recordImported(
        RegistrationWorkflow.TRACKED,
        created,
        RegistrationWorkflow.Action.CREATE.name(),
        RegistrationView.Status.DRAFT.name(),
        actor.getUsername(),
        "registration.import",
        fileName,
        entry);
    return new Result(rows.size(), created.size(), updated.size());
  }

  private ImportError error(
      Spreadsheets.SheetRow row, int column, List<String> headers, String key, Object... args) {
    return IndicatorValueService.cellError(messages, row.number(), column, headers, key, args);
  }

  private String msg(String key, Object... args) {
    return messages.getMessage(key, args, key, VI);
  }
}
