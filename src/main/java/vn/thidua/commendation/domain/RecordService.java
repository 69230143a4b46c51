package vn.thidua.commendation.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.document.Spreadsheets;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Permission;
import vn.thidua.organization.UnitDirectory;

/**
 * People's commendation records: past awards, annual ratings and discipline periods, entered or
 * imported from .xlsx for past years (every row checked first; all saved or none).
 */
@Service
public class RecordService {

  private static final Locale VI = Locale.forLanguageTag("vi");
  public static final List<String> AWARD_COLUMNS =
      List.of(
          "records.col.personId",
          "records.col.award",
          "records.col.occasion",
          "records.col.year",
          "records.col.decisionNumber",
          "records.col.decisionDate",
          "records.col.decidingUnit");
  public static final List<String> RATING_COLUMNS =
      List.of("records.col.personId", "records.col.year", "records.col.rating");
  private static final Set<String> OCCASIONS =
      Set.of("ANNUAL", "INTERIM", "FINAL", "THEMATIC", "AD_HOC");
  private static final Map<String, String> RATINGS =
      Map.of(
          "excellent", "EXCELLENT",
          "hoan thanh xuat sac nhiem vu", "EXCELLENT",
          "good", "GOOD",
          "hoan thanh tot nhiem vu", "GOOD",
          "completed", "COMPLETED",
          "hoan thanh nhiem vu", "COMPLETED",
          "not_completed", "NOT_COMPLETED",
          "khong hoan thanh nhiem vu", "NOT_COMPLETED");

  private final JdbcClient jdbc;
  private final UnitDirectory units;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final vn.thidua.organization.OrganizationDirectory organizations;
  private final vn.thidua.rulebook.Rulebook rulebook;

  private final javax.sql.DataSource dataSource;

  RecordService(
      JdbcClient jdbc,
      UnitDirectory units,
      AuditTrail audit,
      MessageSource messages,
      vn.thidua.organization.OrganizationDirectory organizations,
      vn.thidua.rulebook.Rulebook rulebook,
      javax.sql.DataSource dataSource) {
    this.dataSource = dataSource;
    this.organizations = organizations;
    this.rulebook = rulebook;
    this.jdbc = jdbc;
    this.units = units;
    this.audit = audit;
    this.messages = messages;
  }

  private String msg(String key, Object... args) {
    return messages.getMessage(key, args, key, VI);
  }

  /** One refused cell of an import. */
  public record ImportError(int row, String column, String header, String message) {}

  /** The whole file is refused; nothing was saved. */
  public static final class ImportRefused extends RuntimeException {
    private final transient List<ImportError> errors;

    ImportRefused(List<ImportError> errors) {
      super("records.import-refused");
      this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
      return errors;
    }
  }

  /** A person's record. */
  public record Record(
      long personId,
      String fullName,
      List<Award> awards,
      List<Map<String, Object>> ratings,
      List<Map<String, Object>> discipline) {}

  private record Person(long id, String name, String path, long organizationId) {}

  private Optional<Person> person(long id) {
    return organizations
        .person(id)
        .filter(vn.thidua.organization.PersonCard::active)
        .map(p -> new Person(p.id(), p.fullName(), p.path(), p.organizationId()));
  }

  /** What a subject was awarded (the records the eligibility engine reads). */
  public record Award(
      String award,
      String occasion,
      int year,
      String decisionNumber,
      LocalDate decisionDate,
      java.math.BigDecimal bonus,
      boolean revoked) {}

  /** A person's awards (as an individual), revoked ones included and marked. */
  @Transactional(readOnly = true)
  public List<Award> awardsOfPerson(long personId) {
    return jdbc.sql(
            "select award, occasion, year, decision_number, decision_date, bonus, revoked from award_record where person_id = :p and subject_kind = 'INDIVIDUAL' order by year, id")
        .param("p", personId)
        .query((rs, i) ->
            new Award(
                rs.getString(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getDate(5).toLocalDate(),
                rs.getBigDecimal(6),
                rs.getBoolean(7)))
        .list();
  }

  /** A person's awards, if the actor may see the person. */
  @Transactional(readOnly = true)
  public List<Award> awardsOfPerson(Actor actor, long personId) {
    Person p = person(personId).orElseThrow(() -> new NotFound("person.not-found"));
    if (!actor.may(Permission.VIEW_PEOPLE, p.path())) {
      throw new NotFound("person.not-found");
    }
    return awardsOfPerson(personId);
  }

  /** A person's rating of a year (EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED), if recorded. */
  @Transactional(readOnly = true)
  public Optional<String> rating(long personId, int year) {
    return jdbc.sql("select rating from annual_rating where person_id = :p and year = :y")
        .param("p", personId)
        .param("y", year)
        .query(String.class)
        .optional();
  }

  @Transactional(readOnly = true)
  public Record record(Actor actor, long personId) {
    Person p = person(personId).orElseThrow(() -> new NotFound("person.not-found"));
    if (!actor.reaches(p.path())) {
      throw new NotFound("person.not-found");
    }
    if (!actor.may(Permission.VIEW_PEOPLE, p.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    return new Record(
        p.id(),
        p.name(),
        awardsOfPerson(p.id()),
        jdbc.sql("select year, rating from annual_rating where person_id = :p order by year")
            .param("p", p.id())
            .query()
            .listOfRows(),
        jdbc
            .sql(
                "select measure, from_date, to_date from discipline_period where person_id = :p order by from_date")
            .param("p", p.id())
            .query()
            .listOfRows()
            .stream()
            .map(r -> {
              Map<String, Object> m = new java.util.LinkedHashMap<>(r);
              String code = Measures.code(String.valueOf(r.get("measure")));
              m.put("measureCode", code);
              m.put("measure", Measures.NAMES.get(code));
              return m;
            })
            .toList());
  }

  /** Records a discipline period of a person in scope. */
  @Transactional
  public void discipline(Actor actor, long personId, String measure, LocalDate from, LocalDate to) {
    Person p = person(personId).orElseThrow(() -> new NotFound("person.not-found"));
    if (!actor.reaches(p.path())) {
      throw new NotFound("person.not-found");
    }
    if (!actor.may(Permission.MANAGE_PEOPLE, p.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    if (VietnameseText.cleanOrNull(measure) == null) {
      throw BusinessRuleViolation.onField("measure", "records.measure-required");
    }
    String m = Measures.codeOrNull(measure);
    if (m == null) {
      throw BusinessRuleViolation.onField(
          "measure", "records.measure-unknown", String.join(", ", Measures.NAMES.values()));
    }
    if (from == null || (to != null && to.isBefore(from))) {
      throw BusinessRuleViolation.onField("to", "records.period-invalid");
    }
    jdbc.sql(
            "insert into discipline_period (person_id, measure, from_date, to_date, created_by) values (:p, :m, :f, :t, :who)")
        .param("p", personId)
        .param("m", m)
        .param("f", Date.valueOf(from))
        .param("t", to == null ? null : Date.valueOf(to))
        .param("who", actor.getUsername())
        .update();
    audit.record(
        "records.discipline",
        "person",
        personId,
        null,
        Map.of("measure", m, "from", from.toString()));
  }

  public byte[] awardTemplate() {
    return Spreadsheets.write(
        msg("records.awards.sheet"),
        AWARD_COLUMNS.stream().map(this::msg).toList(),
        List.of(),
        List.of(msg("records.awards.help")));
  }

  public byte[] ratingTemplate() {
    return Spreadsheets.write(
        msg("records.ratings.sheet"),
        RATING_COLUMNS.stream().map(this::msg).toList(),
        List.of(),
        List.of(msg("records.ratings.help")));
  }

  private Spreadsheets.Table table(String fileName, byte[] content, List<String> columns) {
    if (content == null || content.length == 0) {
      throw BusinessRuleViolation.onField("file", "import.file-empty");
    }
    if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw BusinessRuleViolation.onField("file", "import.file-type");
    }
    Spreadsheets.Table table;
    try {
      table = Spreadsheets.table(content);
    } catch (Spreadsheets.InvalidSpreadsheet e) {
      throw new ImportRefused(List.of(new ImportError(0, "", "", msg("import.file-unreadable"))));
    } catch (vn.thidua.document.OfficeLimits.OfficeFileRefused e) {
      throw new ImportRefused(List.of(new ImportError(0, "", "", msg(e.code()))));
    }
    List<String> headers = columns.stream().map(this::msg).toList();
    List<ImportError> errors = new ArrayList<>();
    for (int c = 0; c < headers.size(); c++) {
      String found = c < table.headers().size() ? table.headers().get(c) : "";
      if (!VietnameseText.fold(headers.get(c)).equals(VietnameseText.fold(found))) {
        errors.add(
            new ImportError(
                1,
                Spreadsheets.columnLetter(c),
                headers.get(c),
                msg("import.header-mismatch", headers.get(c), found)));
      }
    }
    if (table.rows().isEmpty()) {
      errors.add(new ImportError(0, "", "", msg("import.no-rows")));
    }
    if (!errors.isEmpty()) {
      throw new ImportRefused(errors);
    }
    return table;
  }

  private ImportError error(
      Spreadsheets.SheetRow row, int column, List<String> columns, String key, Object... args) {
    String letter = Spreadsheets.columnLetter(column);
    String header = msg(columns.get(column));
    return new ImportError(
        row.number(),
        letter,
        header,
        msg("import.cell-error", row.number(), letter, header, msg(key, args)));
  }

  private Person checkedPerson(
      Actor actor,
      Spreadsheets.SheetRow row,
      List<String> columns,
      List<ImportError> errors,
      Map<Long, Optional<Person>> cache) {
    String text = row.cell(0).text().replace(".", "");
    try {
      long id = Long.parseLong(text);
      Person p = cache.computeIfAbsent(id, this::person).orElse(null);
      if (p == null) {
        errors.add(error(row, 0, columns, "records.person-unknown", text));
      } else if (!actor.may(Permission.MANAGE_PEOPLE, p.path())) {
        errors.add(error(row, 0, columns, "import.organization-out-of-scope", p.name()));
        return null;
      }
      return p;
    } catch (NumberFormatException e) {
      errors.add(error(row, 0, columns, "import.not-a-number", text));
      return null;
    }
  }

  private Integer year(
      Spreadsheets.SheetRow row, int col, List<String> columns, List<ImportError> errors) {
    String text = row.cell(col).text();
    try {
      int y = Integer.parseInt(text.replace(".", ""));
      if (y < 1990 || y > 2100) {
        errors.add(error(row, col, columns, "records.year-invalid", text));
        return null;
      }
      return y;
    } catch (NumberFormatException e) {
      errors.add(error(row, col, columns, "import.not-a-number", text));
      return null;
    }
  }

  /** Past awards of people: every row checked, then all saved in this transaction, or none. */
  @Transactional
  public int importAwards(Actor actor, String fileName, byte[] content) {
    Spreadsheets.Table table = table(fileName, content, AWARD_COLUMNS);
    List<ImportError> errors = new ArrayList<>();
    Map<Long, Optional<Person>> cache = new HashMap<>();
    Set<String> seen = new HashSet<>();
    record Row(
        Person p,
        String award,
        String occasion,
        int year,
        String number,
        LocalDate date,
        String unit) {}
    List<Row> rows = new ArrayList<>();
    for (Spreadsheets.SheetRow row : table.rows()) {
      int before = errors.size();
      Person p = checkedPerson(actor, row, AWARD_COLUMNS, errors, cache);
      String award = row.cell(1).text().strip().toUpperCase(Locale.ROOT);
      if (!rulebook.known(award)) {
        errors.add(error(row, 1, AWARD_COLUMNS, "nomination.award-unknown", row.cell(1).text()));
      }
      String occasion = row.cell(2).text().isBlank() ? "ANNUAL" : row.cell(2).text().strip();
      if (!OCCASIONS.contains(occasion)) {
        errors.add(error(row, 2, AWARD_COLUMNS, "records.occasion-unknown", occasion));
      }
      Integer year = year(row, 3, AWARD_COLUMNS, errors);
      String number = VietnameseText.cleanOrNull(row.cell(4).text());
      if (number == null) {
        errors.add(error(row, 4, AWARD_COLUMNS, "records.decision-required"));
      }
      LocalDate date = row.cell(5).date();
      if (date == null) {
        try {
          date = vn.thidua.kernel.VietnameseDates.parse(row.cell(5).text());
        } catch (java.time.format.DateTimeParseException e) {
          errors.add(error(row, 5, AWARD_COLUMNS, "records.date-invalid", row.cell(5).text()));
        }
      }
      String unit = row.cell(6).text().strip();
      if (units.unit(unit).isEmpty()) {
        errors.add(error(row, 6, AWARD_COLUMNS, "records.unit-unknown", unit));
      }
      if (errors.size() == before
          && !seen.add(p.id() + "|" + award + "|" + occasion + "|" + year + "|" + number)) {
        errors.add(error(row, 1, AWARD_COLUMNS, "records.duplicate-row"));
      }
      if (errors.size() == before) {
        rows.add(new Row(p, award, occasion, year, number, date, unit));
      }
      if (errors.size() >= 200) {
        break;
      }
    }
    if (!errors.isEmpty()) {
      throw new ImportRefused(errors);
    }
    // Set-based (issue 16): the rows copied into a temporary table, then one insert.
    jdbc.sql(
            """
            create temp table if not exists import_award (
              person_id bigint, organization_id bigint, award varchar(60), occasion varchar(10),
              year int, decision_number varchar(60), decision_date date, deciding_unit varchar(10))
            on commit drop
            """)
        .update();
    vn.thidua.kernel.BulkCopy copy =
        vn.thidua.kernel.BulkCopy.into(
            org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource),
            "import_award",
            List.of(
                "person_id",
                "organization_id",
                "award",
                "occasion",
                "year",
                "decision_number",
                "decision_date",
                "deciding_unit"));
    try {
      for (Row r : rows) {
        copy.row(
            r.p().id(),
            r.p().organizationId(),
            r.award(),
            r.occasion(),
            r.year(),
            r.number(),
            r.date(),
            r.unit());
      }
      copy.finish();
    } catch (RuntimeException e) {
      copy.cancel();
      throw e;
    }
    List<Long> ids =
        jdbc.sql(
                """
                insert into award_record (person_id, organization_id, subject_kind, award, occasion, year,
                  decision_number, decision_date, deciding_unit)
                select person_id, organization_id, 'INDIVIDUAL', award, occasion, year,
                  decision_number, decision_date, deciding_unit
                from import_award
                returning id
                """)
            .query(Long.class)
            .list();
    Map<String, Object> entry = new java.util.LinkedHashMap<>();
    entry.put("rows", rows.size());
    entry.put("ids", vn.thidua.kernel.BulkCopy.idRanges(ids));
    audit.record("records.import-awards", "award_record", fileName, null, entry);
    return rows.size();
  }

  /** Annual ratings: every row checked, then all saved (a year's rating replaced), or none. */
  @Transactional
  public int importRatings(Actor actor, String fileName, byte[] content) {
    Spreadsheets.Table table = table(fileName, content, RATING_COLUMNS);
    List<ImportError> errors = new ArrayList<>();
    Map<Long, Optional<Person>> cache = new HashMap<>();
    Set<String> seen = new HashSet<>();
    record Row(Person p, int year, String rating) {}
    List<Row> rows = new ArrayList<>();
    for (Spreadsheets.SheetRow row : table.rows()) {
      int before = errors.size();
      Person p = checkedPerson(actor, row, RATING_COLUMNS, errors, cache);
      Integer year = year(row, 1, RATING_COLUMNS, errors);
      String rating = RATINGS.get(VietnameseText.fold(row.cell(2).text()).strip());
      if (rating == null) {
        rating = RATINGS.get(row.cell(2).text().strip().toLowerCase(Locale.ROOT));
      }
      if (rating == null) {
        errors.add(error(row, 2, RATING_COLUMNS, "records.rating-unknown", row.cell(2).text()));
      }
      if (errors.size() == before && !seen.add(p.id() + "|" + year)) {
        errors.add(error(row, 1, RATING_COLUMNS, "records.duplicate-row"));
      }
      if (errors.size() == before) {
        rows.add(new Row(p, year, rating));
      }
    }
    if (!errors.isEmpty()) {
      throw new ImportRefused(errors);
    }
    jdbc.sql(
            """
            create temp table if not exists import_rating (person_id bigint, year int, rating varchar(16))
            on commit drop
            """)
        .update();
    vn.thidua.kernel.BulkCopy copy =
        vn.thidua.kernel.BulkCopy.into(
            org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource),
            "import_rating",
            List.of("person_id", "year", "rating"));
    try {
      for (Row r : rows) {
        copy.row(r.p().id(), r.year(), r.rating());
      }
      copy.finish();
    } catch (RuntimeException e) {
      copy.cancel();
      throw e;
    }
    int replaced =
        jdbc.sql(
                "select count(*)::int from annual_rating a join import_rating t on a.person_id = t.person_id and a.year = t.year")
            .query(Integer.class)
            .single();
    jdbc.sql(
            """
            insert into annual_rating (person_id, year, rating, source)
            select person_id, year, rating, :s from import_rating
            on conflict (person_id, year) do update set rating = excluded.rating, source = excluded.source
            """)
        .param("s", actor.getUsername())
        .update();
    Map<String, Object> entry = new java.util.LinkedHashMap<>();
    entry.put("rows", rows.size());
    entry.put("created", rows.size() - replaced);
    entry.put("replaced", replaced);
    entry.put(
        "people",
        vn.thidua.kernel.BulkCopy.idRanges(rows.stream().map(r -> r.p().id()).distinct().toList()));
    audit.record("records.import-ratings", "annual_rating", fileName, null, entry);
    return rows.size();
  }
}
