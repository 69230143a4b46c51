package vn.thidua.organization.domain;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.document.OfficeLimits;
import vn.thidua.document.Spreadsheets;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.NotFound;
import vn.thidua.kernel.VietnameseDates;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.organization.Actor;
import vn.thidua.organization.ImportJobView;
import vn.thidua.organization.ImportJobView.ImportError;
import vn.thidua.organization.ImportJobView.Kind;
import vn.thidua.organization.ImportJobView.Status;
import vn.thidua.organization.OrganizationCommand;
import vn.thidua.organization.OrganizationType;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.Permission;
import vn.thidua.organization.PersonCategory;
import vn.thidua.organization.PersonCommand;
import vn.thidua.organization.PersonView;

/**
 * Excel imports of organisations and people: every row validated first, then all saved in one
 * transaction or none; progress kept in {@code import_job} for the browser to follow.
 */
@Service
public class ImportService {

  private static final Logger log = LoggerFactory.getLogger(ImportService.class);
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final int MAX_ERRORS = 200;

  /** Template columns of the people import. */
  public static final List<String> PEOPLE_COLUMNS =
      List.of(
          "import.people.col.fullName",
          "import.people.col.organizationId",
          "import.people.col.gender",
          "import.people.col.birthDate",
          "import.people.col.position",
          "import.people.col.category",
          "import.people.col.directWorker",
          "import.people.col.email",
          "import.people.col.phone");

  /** Template columns of the organisations import. */
  public static final List<String> ORGANIZATION_COLUMNS =
      List.of(
          "import.organizations.col.unitCode",
          "import.organizations.col.name",
          "import.organizations.col.type",
          "import.organizations.col.shortName",
          "import.organizations.col.parentName",
          "import.organizations.col.taxCode",
          "import.organizations.col.address",
          "import.organizations.col.phone",
          "import.organizations.col.email");

  private final JdbcClient jdbc;
  private final OrganizationService organizations;
  private final AdministrativeUnitService units;
  private final MessageSource messages;
  private final AuditTrail audit;
  private final ObjectMapper json;
  private final AsyncTaskExecutor executor;
  private final TransactionTemplate transaction;
  private final TransactionTemplate separate;
  private final javax.sql.DataSource dataSource;
  private final vn.thidua.kernel.TextLimits limits;

  /** Today's date (Asia/Ho_Chi_Minh, {@code THIDUA_CLOCK} in tests). */
  private final java.time.Clock clock;

  ImportService(
      JdbcClient jdbc,
      OrganizationService organizations,
      AdministrativeUnitService units,
      MessageSource messages,
      AuditTrail audit,
      ObjectMapper json,
      @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor")
          AsyncTaskExecutor executor,
      PlatformTransactionManager transactions,
      java.time.Clock clock,
      javax.sql.DataSource dataSource,
      vn.thidua.kernel.TextLimits limits) {
    this.clock = clock;
    this.dataSource = dataSource;
    this.limits = limits;
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.units = units;
    this.messages = messages;
    this.audit = audit;
    this.json = json;
    this.executor = executor;
    this.transaction = new TransactionTemplate(transactions);
    this.separate = new TransactionTemplate(transactions);
    this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The downloadable template, with its column headers and a help sheet. */
  public byte[] template(Kind kind) {
    List<String> headers = headers(kind);
    List<List<Object>> example = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (kind == Kind.PEOPLE) {
      example.add(
          List.of(
              "Nguyễn Văn An",
              1001,
              msg("person.gender.MALE"),
              LocalDate.of(1985, 3, 12),
              "Chuyên viên",
              msg("person.category.CIVIL_SERVANT"),
              false,
              "",
              ""));
      notes.add(msg("import.people.help.1"));
      notes.add(msg("import.people.help.2"));
      StringBuilder cats = new StringBuilder(msg("import.people.help.categories"));
      for (PersonCategory c : PersonCategory.values()) {
        cats.append(" «").append(msg(c.labelKey())).append("»");
      }
      notes.add(cats.toString());
    } else {
      example.add(
          List.of("10816", "Thôn Đông", msg("organization.type.VILLAGE"), "", "", "", "", "", ""));
      notes.add(msg("import.organizations.help.1"));
      StringBuilder types = new StringBuilder(msg("import.organizations.help.types"));
      for (OrganizationType t : OrganizationType.values()) {
        types.append(" «").append(msg(t.labelKey())).append("»");
      }
      notes.add(types.toString());
    }
    return Spreadsheets.write(
        msg(kind == Kind.PEOPLE ? "import.people.sheet" : "import.organizations.sheet"),
        headers,
        example,
        notes);
  }

  private List<String> headers(Kind kind) {
    return (kind == Kind.PEOPLE ? PEOPLE_COLUMNS : ORGANIZATION_COLUMNS)
        .stream().map(this::msg).toList();
  }

  /** Starts an import; the returned future completes when the job has finished. */
  public Started start(Actor actor, Kind kind, String fileName, byte[] content) {
    if (!actor.may(Permission.IMPORT_DATA)) {
      throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
    }
    if (content == null || content.length == 0) {
      throw BusinessRuleViolation.onField("file", "import.file-empty");
    }
    if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw BusinessRuleViolation.onField("file", "import.file-type");
    }
    try {
      // Refused here, before a job exists, when the workbook is over the limits.
      OfficeLimits.check(content);
    } catch (OfficeLimits.NotAZip unreadable) {
      // the job says the file cannot be read
    }
    UUID id = UUID.randomUUID();
    separate.executeWithoutResult(s ->
        jdbc.sql(
                "insert into import_job (id, kind, status, file_name, created_by) values (:id, :kind, 'VALIDATING', :file, :who)")
            .param("id", id)
            .param("kind", kind.name())
            .param("file", VietnameseText.clean(fileName))
            .param("who", actor.getUsername())
            .update());
    CompletableFuture<ImportJobView> done =
        CompletableFuture.supplyAsync(() -> run(actor, id, kind, content), executor);
    return new Started(id, done);
  }

  /** A started job and the future of its end. */
  public record Started(UUID id, CompletableFuture<ImportJobView> done) {}

  public ImportJobView job(Actor actor, UUID id) {
    return load(id)
        .filter(o -> o.owner().equals(actor.getUsername()) || actor.may(Permission.MANAGE_USERS))
        .map(Owned::job)
        .orElseThrow(() -> new NotFound("import.not-found"));
  }

  private Optional<Owned> load(UUID id) {
    return jdbc.sql("select * from import_job where id = :id")
        .param("id", id)
        .query((rs, i) -> {
          Timestamp finished = rs.getTimestamp("finished_at");
          String errors = rs.getString("errors");
          return new Owned(
              rs.getString("created_by"),
              new ImportJobView(
                  id,
                  Kind.valueOf(rs.getString("kind")),
                  Status.valueOf(rs.getString("status")),
                  rs.getString("file_name"),
                  rs.getInt("total_rows"),
                  rs.getInt("processed_rows"),
                  rs.getInt("imported_rows"),
                  errors == null
                      ? List.of()
                      : json.readValue(errors, new TypeReference<List<ImportError>>() {}),
                  rs.getTimestamp("created_at").toInstant(),
                  finished == null ? null : finished.toInstant()));
        })
        .optional();
  }

  private record Owned(String owner, ImportJobView job) {}

  /** Rows validated between two progress writes (each in its own short transaction). */
  static final int PROGRESS_EVERY = 10_000;

  private static final java.util.regex.Pattern EMAIL =
      java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** Stops reading the file: the headers are wrong or the error list is full. */
  private static final class StopReading extends RuntimeException {
    StopReading() {
      super(null, null, false, false);
    }
  }

  /** Validates one row; an import kind's rule set. */
  private interface RowCheck {
    void check(Spreadsheets.SheetRow row, RowErrors errors);

    int accepted();
  }

  /**
   * The streaming pass (issue 16): the workbook is read row by row, every row validated as it
   * comes, the errors collected (at most {@link #MAX_ERRORS}); progress is written every {@link
   * #PROGRESS_EVERY} rows, in its own short transaction, so that the browser sees it.
   */
  private final class Reading implements Spreadsheets.RowHandler {
    private final UUID id;
    private final Kind kind;
    private final RowCheck check;
    private final List<String> headers;
    final List<ImportError> errors = new ArrayList<>();
    int rows;
    int expected;

    Reading(UUID id, Kind kind, RowCheck check) {
      this.id = id;
      this.kind = kind;
      this.check = check;
      this.headers = ImportService.this.headers(kind);
    }

    @Override
    public void declaredLastRow(int rowNumber) {
      expected = Math.max(0, rowNumber - 1);
      progress(id, Status.VALIDATING, expected, 0);
    }

    @Override
    public void headers(List<String> actual) {
      errors.addAll(checkHeaders(kind, actual));
      if (!errors.isEmpty()) {
        throw new StopReading();
      }
    }

    @Override
    public void row(Spreadsheets.SheetRow row) {
      rows++;
      check.check(row, new RowErrors(row.number(), headers, errors));
      if (errors.size() >= MAX_ERRORS) {
        throw new StopReading();
      }
      if (rows % PROGRESS_EVERY == 0) {
        progress(id, Status.VALIDATING, Math.max(expected, rows), rows);
      }
    }
  }

  private ImportJobView run(Actor actor, UUID id, Kind kind, byte[] content) {
    try {
      RowCheck check = kind == Kind.PEOPLE ? new PeopleCheck(actor) : new OrganizationCheck(actor);
      Reading reading = new Reading(id, kind, check);
      long started = System.nanoTime();
      try {
        Spreadsheets.stream(content, reading);
      } catch (StopReading full) {
        // the errors say why
      } catch (Spreadsheets.InvalidSpreadsheet e) {
        return fail(id, 0, List.of(new ImportError(0, "", "", msg("import.file-unreadable"))));
      } catch (OfficeLimits.OfficeFileRefused e) {
        return fail(id, 0, List.of(new ImportError(0, "", "", msg(e.code()))));
      }
      List<ImportError> errors = reading.errors;
      if (reading.rows == 0 && errors.isEmpty()) {
        errors.add(new ImportError(0, "", "", msg("import.no-rows")));
      }
      if (!errors.isEmpty()) {
        return fail(id, reading.rows, errors);
      }
      int total = reading.rows;
      long validated = System.nanoTime();
      progress(id, Status.IMPORTING, total, 0);
      int created;
      try {
        created =
            transaction.execute(s ->
                check instanceof PeopleCheck people
                    ? writePeople(actor, id, people.pending, total)
                    : writeOrganizations(actor, id, ((OrganizationCheck) check).pending, total));
      } catch (BusinessRuleViolation e) {
        return fail(id, total, List.of(new ImportError(0, "", "", msg(e.code(), e.args()))));
      }
      log.info(
          "Nhập {} {}: {} dòng, đọc và kiểm tra {} ms, ghi {} ms",
          kind,
          id,
          total,
          (validated - started) / 1_000_000,
          (System.nanoTime() - validated) / 1_000_000);
      separate.executeWithoutResult(s ->
          jdbc.sql(
                  "update import_job set status = 'DONE', total_rows = :t, processed_rows = :t, imported_rows = :n, finished_at = now() where id = :id")
              .param("t", total)
              .param("n", created)
              .param("id", id)
              .update());
      return load(id).orElseThrow().job();
    } catch (RuntimeException e) {
      log.error("Nhập dữ liệu {} thất bại", id, e);
      return fail(id, 0, List.of(new ImportError(0, "", "", msg("import.failed-unexpected"))));
    }
  }

  private static final List<String> PERSON_COPY_COLUMNS =
      List.of(
          "id",
          "organization_id",
          "path",
          "full_name",
          "gender",
          "birth_date",
          "position",
          "category",
          "direct_worker",
          "email",
          "phone",
          "name_folded",
          "sort_key",
          "created_by",
          "updated_by");

  /**
   * Writes the validated people with one COPY in the caller's transaction: the ids are taken from
   * the sequence in one statement, the folded name and the sort key computed here as {@link
   * PersonService#create} does; one audit entry lists what was created.
   */
  private int writePeople(Actor actor, UUID id, List<PendingPerson> pending, int total) {
    long[] ids = nextIds("pg_get_serial_sequence('person', 'id')", pending.size());
    String who = actor.getUsername();
    vn.thidua.kernel.BulkCopy copy =
        vn.thidua.kernel.BulkCopy.into(
            org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource),
            "person",
            PERSON_COPY_COLUMNS);
    Map<Long, Integer> byOrganization = new java.util.TreeMap<>();
    try {
      for (int i = 0; i < pending.size(); i++) {
        PendingPerson p = pending.get(i);
        PersonCommand c = p.command();
        copy.row(
            ids[i],
            c.organizationId(),
            p.path(),
            c.fullName(),
            c.gender() == null ? null : c.gender().name(),
            c.birthDate(),
            c.position(),
            c.category().name(),
            c.directWorker(),
            c.email(),
            c.phone(),
            VietnameseText.fold(c.fullName()),
            VietnameseText.personNameKey(c.fullName()),
            who,
            who);
        byOrganization.merge(c.organizationId(), 1, Integer::sum);
        if ((i + 1) % PROGRESS_EVERY == 0 && i + 1 < pending.size()) {
          progress(id, Status.IMPORTING, total, i + 1);
        }
      }
      copy.finish();
    } catch (RuntimeException e) {
      copy.cancel();
      throw e;
    }
    Map<String, Object> entry = new java.util.LinkedHashMap<>();
    entry.put("table", "person");
    entry.put("created", pending.size());
    entry.put(
        "ids", vn.thidua.kernel.BulkCopy.idRanges(java.util.Arrays.stream(ids).boxed().toList()));
    entry.put("byOrganization", byOrganization);
    entry.put("by", who);
    audit.record("import.people", "import_job", id, null, entry);
    return pending.size();
  }

  private static final List<String> ORGANIZATION_COPY_COLUMNS =
      List.of(
          "id",
          "unit_code",
          "parent_id",
          "type",
          "name",
          "short_name",
          "tax_code",
          "address",
          "phone",
          "email",
          "active",
          "path",
          "name_folded",
          "sort_key",
          "created_by",
          "updated_by");

  /**
   * Writes the validated organisations with one COPY: ids from {@code organization_seq} in one
   * statement, each path its parent's path (an existing organisation's, the unit's, or a row's
   * earlier in the file) and {@code o<id>/}, as {@link OrganizationService#create} makes it.
   */
  private int writeOrganizations(
      Actor actor, UUID id, List<PendingOrganization> pending, int total) {
    long[] ids = nextIds("'organization_seq'", pending.size());
    String who = actor.getUsername();
    Map<String, long[]> createdIds = new HashMap<>();
    Map<String, String> createdPaths = new HashMap<>();
    vn.thidua.kernel.BulkCopy copy =
        vn.thidua.kernel.BulkCopy.into(
            org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource),
            "organization",
            ORGANIZATION_COPY_COLUMNS);
    try {
      for (int i = 0; i < pending.size(); i++) {
        PendingOrganization po = pending.get(i);
        OrganizationCommand c = po.command();
        Long parentId = po.parentId();
        String parentPath = po.parentPath();
        if (po.parentName() != null && parentId == null) {
          String parentKey = key(c.unitCode(), po.parentName());
          parentId = createdIds.get(parentKey)[0];
          parentPath = createdPaths.get(parentKey);
        }
        String path = parentPath + "o" + ids[i] + "/";
        copy.row(
            ids[i],
            c.unitCode(),
            parentId,
            c.type().name(),
            c.name(),
            c.shortName(),
            c.taxCode(),
            c.address(),
            c.phone(),
            c.email(),
            true,
            path,
            VietnameseText.fold(c.name()),
            VietnameseText.collationKey(c.name()),
            who,
            who);
        String k = key(c.unitCode(), c.name());
        createdIds.put(k, new long[] {ids[i]});
        createdPaths.put(k, path);
        if ((i + 1) % PROGRESS_EVERY == 0 && i + 1 < pending.size()) {
          progress(id, Status.IMPORTING, total, i + 1);
        }
      }
      copy.finish();
    } catch (RuntimeException e) {
      copy.cancel();
      throw e;
    }
    Map<String, Object> entry = new java.util.LinkedHashMap<>();
    entry.put("table", "organization");
    entry.put("created", pending.size());
    entry.put(
        "ids", vn.thidua.kernel.BulkCopy.idRanges(java.util.Arrays.stream(ids).boxed().toList()));
    entry.put("by", who);
    audit.record("import.organizations", "import_job", id, null, entry);
    return pending.size();
  }

  /** {@code n} values of a sequence in one statement. */
  private long[] nextIds(String sequence, int n) {
    return jdbc
        .sql("select nextval(" + sequence + ") from generate_series(1, :n)")
        .param("n", n)
        .query(Long.class)
        .list()
        .stream()
        .mapToLong(Long::longValue)
        .toArray();
  }

  private List<ImportError> checkHeaders(Kind kind, List<String> actual) {
    List<String> expected = headers(kind);
    List<ImportError> errors = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      String found = i < actual.size() ? actual.get(i) : "";
      if (!VietnameseText.fold(expected.get(i)).equals(VietnameseText.fold(found))) {
        errors.add(
            new ImportError(
                1,
                Spreadsheets.columnLetter(i),
                expected.get(i),
                msg("import.header-mismatch", expected.get(i), found)));
      }
    }
    return errors;
  }

  /** A person ready to be written, with the path of their organisation. */
  private record PendingPerson(PersonCommand command, String path) {}

  /** The rules of the people import, one row at a time; lookups cached for the whole file. */
  private final class PeopleCheck implements RowCheck {
    private final Actor actor;
    private final Map<Long, Optional<OrganizationView>> orgCache = new HashMap<>();
    private final Map<Long, Boolean> mayManage = new HashMap<>();
    private final LocalDate today = LocalDate.now(clock.withZone(VietnameseDates.ZONE));
    private final String male = VietnameseText.fold(msg("person.gender.MALE"));
    private final String female = VietnameseText.fold(msg("person.gender.FEMALE"));
    private final int nameMax = limits.of("person", "full_name");
    private final int positionMax = limits.of("person", "position");
    private final int emailMax = limits.of("person", "email");
    private final int phoneMax = limits.of("person", "phone");
    private final Map<String, PersonCategory> categories = categoriesByFoldedLabel();
    final List<PendingPerson> pending = new ArrayList<>();

    PeopleCheck(Actor actor) {
      this.actor = actor;
    }

    @Override
    public int accepted() {
      return pending.size();
    }

    @Override
    public void check(Spreadsheets.SheetRow row, RowErrors re) {
      String name = row.cell(0).text();
      if (name.isEmpty()) {
        re.add(0, "import.required");
      } else if (name.length() > nameMax) {
        re.add(0, "error.too-long", nameMax);
      }
      Long orgId = null;
      OrganizationView organization = null;
      String orgText = row.cell(1).text();
      if (orgText.isEmpty()) {
        re.add(1, "import.required");
      } else {
        try {
          orgId = Long.parseLong(orgText.replace(".", "").replace(",", ""));
          Optional<OrganizationView> org = orgCache.computeIfAbsent(orgId, organizations::find);
          if (org.isEmpty() || !org.get().active()) {
            re.add(1, "import.organization-unknown", orgText);
          } else if (!mayManage.computeIfAbsent(
              orgId, k -> actor.may(Permission.MANAGE_PEOPLE, org.get().path()))) {
            re.add(1, "import.organization-out-of-scope", org.get().name());
          } else {
            organization = org.get();
          }
        } catch (NumberFormatException e) {
          re.add(1, "import.not-a-number", orgText);
        }
      }
      PersonView.Gender gender = null;
      String genderText = VietnameseText.fold(row.cell(2).text());
      if (!genderText.isEmpty()) {
        if (genderText.equals(male) || genderText.equals("male")) {
          gender = PersonView.Gender.MALE;
        } else if (genderText.equals(female) || genderText.equals("female")) {
          gender = PersonView.Gender.FEMALE;
        } else {
          re.add(2, "import.gender-invalid", row.cell(2).text());
        }
      }
      LocalDate birth = null;
      Spreadsheets.CellValue birthCell = row.cell(3);
      if (birthCell.date() != null) {
        birth = birthCell.date();
      } else if (!birthCell.blank()) {
        try {
          birth = VietnameseDates.parse(birthCell.text());
        } catch (DateTimeParseException e) {
          re.add(3, "import.date-invalid", birthCell.text());
        }
      }
      if (birth != null && (birth.isAfter(today) || birth.getYear() < 1900)) {
        re.add(3, "person.birth-date-invalid");
      }
      String position = row.cell(4).text();
      if (position.length() > positionMax) {
        re.add(4, "error.too-long", positionMax);
      }
      PersonCategory category = null;
      String categoryText = row.cell(5).text();
      if (categoryText.isEmpty()) {
        re.add(5, "import.required");
      } else {
        category = matchCategory(categoryText, categories);
        if (category == null) {
          re.add(5, "import.category-invalid", categoryText, categoryChoices());
        }
      }
      Boolean direct = parseYesNo(row.cell(6).text());
      if (direct == null) {
        re.add(6, "import.yes-no-invalid", row.cell(6).text());
      }
      String email = row.cell(7).text();
      if (email.length() > emailMax) {
        re.add(7, "error.too-long", emailMax);
      } else if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
        re.add(7, "error.email-invalid");
      }
      String phone = row.cell(8).text();
      if (phone.length() > phoneMax) {
        re.add(8, "error.too-long", phoneMax);
      }
      if (re.none()) {
        pending.add(
            new PendingPerson(
                new PersonCommand(
                    orgId, name, gender, birth, position, category, direct, email, phone, null),
                organization.path()));
      }
    }
  }

  /** The rules of the organisations import. */
  private final class OrganizationCheck implements RowCheck {
    private final Actor actor;
    private final Set<String> inFile = new HashSet<>();
    private final Map<String, Optional<AdministrativeUnit>> unitCache = new HashMap<>();
    final List<PendingOrganization> pending = new ArrayList<>();

    OrganizationCheck(Actor actor) {
      this.actor = actor;
    }

    @Override
    public int accepted() {
      return pending.size();
    }

    @Override
    public void check(Spreadsheets.SheetRow row, RowErrors re) {
      String unitCode = row.cell(0).text();
      AdministrativeUnit unit = null;
      if (unitCode.isEmpty()) {
        re.add(0, "import.required");
      } else {
        unit = unitCache.computeIfAbsent(unitCode, units::find).orElse(null);
        if (unit == null) {
          re.add(0, "organization.unit-unknown", unitCode);
        }
      }
      String name = row.cell(1).text();
      int nameMax = limits.of("organization", "name");
      if (name.isEmpty()) {
        re.add(1, "import.required");
      } else if (name.length() > nameMax) {
        re.add(1, "error.too-long", nameMax);
      }
      OrganizationType type = null;
      String typeText = row.cell(2).text();
      if (typeText.isEmpty()) {
        re.add(2, "import.required");
      } else {
        type = matchType(typeText);
        if (type == null) {
          re.add(2, "import.type-invalid", typeText);
        }
      }
      tooLong(row, re, 3, "short_name");
      tooLong(row, re, 5, "tax_code");
      tooLong(row, re, 6, "address");
      tooLong(row, re, 7, "phone");
      String parentName = VietnameseText.cleanOrNull(row.cell(4).text());
      OrganizationView existingParent = null;
      if (unit != null && parentName != null && !inFile.contains(key(unitCode, parentName))) {
        Optional<OrganizationView> parent = existingOrganization(unitCode, parentName);
        if (parent.isEmpty()) {
          re.add(4, "import.parent-unknown", parentName);
        } else if (!actor.may(Permission.MANAGE_ORGANIZATIONS, parent.get().path())) {
          re.add(4, "import.organization-out-of-scope", parentName);
        } else {
          existingParent = parent.get();
        }
      } else if (unit != null
          && parentName == null
          && !actor.may(Permission.MANAGE_ORGANIZATIONS, unit.path())) {
        re.add(0, "import.unit-out-of-scope", unit.name());
      }
      if (unit != null && !name.isEmpty()) {
        if (!inFile.add(key(unitCode, name))) {
          re.add(1, "import.duplicate-in-file", name);
        } else if (parentName == null
            && existingOrganization(unitCode, name).filter(o -> o.parentId() == null).isPresent()) {
          re.add(1, "organization.name-duplicate", name);
        } else if (existingParent != null && childNamed(existingParent.id(), name)) {
          re.add(1, "organization.name-duplicate", name);
        }
      }
      String email = row.cell(8).text();
      if (email.length() > limits.of("organization", "email")) {
        re.add(8, "error.too-long", limits.of("organization", "email"));
      } else if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
        re.add(8, "error.email-invalid");
      }
      if (re.none()) {
        pending.add(
            new PendingOrganization(
                new OrganizationCommand(
                    unitCode,
                    null,
                    type,
                    name,
                    row.cell(3).text(),
                    row.cell(5).text(),
                    row.cell(6).text(),
                    row.cell(7).text(),
                    email,
                    null),
                parentName,
                existingParent == null ? null : existingParent.id(),
                existingParent != null
                    ? existingParent.path()
                    : parentName == null ? unit.path() : null));
      }
    }

    private void tooLong(Spreadsheets.SheetRow row, RowErrors re, int column, String field) {
      int max = limits.of("organization", field);
      if (row.cell(column).text().length() > max) {
        re.add(column, "error.too-long", max);
      }
    }
  }

  private boolean childNamed(long parentId, String name) {
    return jdbc.sql(
            "select exists (select 1 from organization where active and parent_id = :p and name_folded = :n)")
        .param("p", parentId)
        .param("n", VietnameseText.fold(name))
        .query(Boolean.class)
        .single();
  }

  /**
   * An organisation ready to be written; its parent is an existing organisation ({@code parentId},
   * {@code parentPath}), the unit ({@code parentPath} only) or a row earlier in the file ({@code
   * parentName} only).
   */
  private record PendingOrganization(
      OrganizationCommand command, String parentName, Long parentId, String parentPath) {}

  private static String key(String unitCode, String name) {
    return unitCode + "|" + VietnameseText.fold(name);
  }

  private Optional<OrganizationView> existingOrganization(String unitCode, String name) {
    return jdbc.sql(
            "select id from organization where active and unit_code = :u and name_folded = :n order by id limit 1")
        .param("u", unitCode)
        .param("n", VietnameseText.fold(name))
        .query(Long.class)
        .optional()
        .flatMap(organizations::find);
  }

  /** The categories by their folded label, read once per import (not once per row). */
  private Map<String, PersonCategory> categoriesByFoldedLabel() {
    Map<String, PersonCategory> out = new HashMap<>();
    for (PersonCategory c : PersonCategory.values()) {
      out.putIfAbsent(VietnameseText.fold(msg(c.labelKey())), c);
    }
    return out;
  }

  private static PersonCategory matchCategory(String text, Map<String, PersonCategory> labels) {
    String folded = VietnameseText.fold(text);
    PersonCategory byLabel = labels.get(folded);
    if (byLabel != null) {
      return byLabel;
    }
    for (PersonCategory c : PersonCategory.values()) {
      if (folded.equalsIgnoreCase(c.name())) {
        return c;
      }
    }
    return null;
  }

  private String categoryChoices() {
    List<String> labels = new ArrayList<>();
    for (PersonCategory c : PersonCategory.values()) {
      labels.add("«" + msg(c.labelKey()) + "»");
    }
    return String.join(", ", labels);
  }

  private OrganizationType matchType(String text) {
    String folded = VietnameseText.fold(text);
    for (OrganizationType t : OrganizationType.values()) {
      if (folded.equals(VietnameseText.fold(msg(t.labelKey())))
          || folded.equalsIgnoreCase(t.name())) {
        return t;
      }
    }
    return null;
  }

  private static Boolean parseYesNo(String text) {
    String folded = VietnameseText.fold(text);
    return switch (folded) {
      case "", "khong", "k", "no", "0", "false" -> Boolean.FALSE;
      case "co", "c", "x", "yes", "1", "true" -> Boolean.TRUE;
      default -> null;
    };
  }

  private void progress(UUID id, Status status, int total, int processed) {
    separate.executeWithoutResult(s ->
        jdbc.sql(
                "update import_job set status = :s, total_rows = :t, processed_rows = :p where id = :id")
            .param("s", status.name())
            .param("t", total)
            .param("p", processed)
            .param("id", id)
            .update());
  }

  /**
   * Marks every job still validating or importing as failed, with a message that says why: called
   * at start-up, when no job of this process can be running, so those were cut off by a crash (the
   * rows of an interrupted import were never committed: they are saved in one transaction).
   *
   * @return how many jobs were marked
   */
  public int failInterrupted() {
    String errors =
        json.writeValueAsString(List.of(new ImportError(0, "", "", msg("import.interrupted"))));
    return jdbc.sql(
            "update import_job set status = 'FAILED', imported_rows = 0, errors = :e, finished_at = now() where status in ('VALIDATING', 'IMPORTING')")
        .param("e", errors)
        .update();
  }

  private ImportJobView fail(UUID id, int total, List<ImportError> errors) {
    separate.executeWithoutResult(s ->
        jdbc.sql(
                "update import_job set status = 'FAILED', total_rows = :t, processed_rows = :t, imported_rows = 0, errors = :e, finished_at = now() where id = :id")
            .param("t", total)
            .param("e", json.writeValueAsString(errors))
            .param("id", id)
            .update());
    return load(id).orElseThrow().job();
  }

  private String msg(String key, Object... args) {
    return messages.getMessage(key, args, key, VI);
  }

  /** Collects the errors of one row. */
  private final class RowErrors {
    private final int row;
    private final List<String> headers;
    private final List<ImportError> sink;
    private int count;

    RowErrors(int row, List<String> headers, List<ImportError> sink) {
      this.row = row;
      this.headers = headers;
      this.sink = sink;
    }

    void add(int column, String key, Object... args) {
      String letter = Spreadsheets.columnLetter(column);
      String header = headers.get(column);
      sink.add(
          new ImportError(
              row, letter, header, msg("import.cell-error", row, letter, header, msg(key, args))));
      count++;
    }

    boolean none() {
      return count == 0;
    }
  }
}
