package vn.thidua.organization.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.EmulationBlockCommand;
import vn.thidua.organization.EmulationBlockView;
import vn.thidua.organization.OrganizationCommand;
import vn.thidua.organization.OrganizationType;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.PersonCategory;
import vn.thidua.organization.PersonCommand;
import vn.thidua.organization.PersonView;
import vn.thidua.organization.PersonView.Gender;
import vn.thidua.organization.Role;
import vn.thidua.organization.UserCommand;

/**
 * Demo data of the seeds: Thành phố Hải Phòng with xã Hà Bắc, Bình Giang and Nam Sách, the bodies
 * their plans name, people in them, one emulation block per commune and one account per role. Demo
 * passwords are generated and written to {@code <data dir>/demo-accounts.txt}.
 */
@Component
public class DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  public static final String CITY = "31";
  public static final String HA_BAC = "10816";
  public static final String BINH_GIANG = "10966";
  public static final String NAM_SACH = "10606";

  /** Tỉnh Hà Tĩnh: the departments, the Front and an enterprise of the province plan example. */
  public static final String HA_TINH = "42";

  private static final String[] FAMILY = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Phùng",
    "Lương", "Đinh"
  };
  private static final String[] MIDDLE_M = {"Văn", "Đức", "Minh", "Hữu", "Quang", "Thành", "Anh"};
  private static final String[] MIDDLE_F = {"Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Minh"};
  private static final String[] GIVEN_M = {
    "An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Quân", "Sơn", "Tuấn",
    "Việt", "Đạt", "Thắng"
  };
  private static final String[] GIVEN_F = {
    "Anh", "Giang", "Hà", "Hạnh", "Hòa", "Hương", "Lan", "Linh", "Mai", "Nga", "Phương", "Thảo",
    "Trang", "Vân", "Yến", "Ánh"
  };

  private final OrganizationService organizations;
  private final PersonService people;
  private final EmulationBlockService blocks;
  private final AccountService accounts;
  private final AdministrativeUnitService units;

  DemoData(
      OrganizationService organizations,
      PersonService people,
      EmulationBlockService blocks,
      AccountService accounts,
      AdministrativeUnitService units) {
    this.organizations = organizations;
    this.people = people;
    this.blocks = blocks;
    this.accounts = accounts;
    this.units = units;
  }

  /** Loads the demo once; later starts find it there and change nothing. */
  @Transactional
  public void load(Path dataDir) {
    if (accounts.exists("thuongtruc.habac")) {
      return;
    }
    Random random = new Random(2026);
    List<String> credentials = new ArrayList<>();
    credentials.add("# Tài khoản demo ThiĐua (mật khẩu sinh ngẫu nhiên khi nạp dữ liệu demo)");
    credentials.add("# tên đăng nhập\tvai trò\tphạm vi\tmật khẩu");

    // Thành phố Hải Phòng
    OrganizationView cityCommittee =
        org(CITY, null, OrganizationType.PEOPLES_COMMITTEE, "Ủy ban nhân dân thành phố Hải Phòng");
    OrganizationView homeAffairs = org(CITY, null, OrganizationType.AGENCY, "Sở Nội vụ");
    org(CITY, homeAffairs.id(), OrganizationType.AGENCY, "Ban Thi đua - Khen thưởng");
    OrganizationView scienceDepartment =
        org(CITY, null, OrganizationType.AGENCY, "Sở Khoa học và Công nghệ");
    person(
        homeAffairs,
        "Lê Minh Hằng",
        Gender.FEMALE,
        "Phó Giám đốc",
        PersonCategory.CIVIL_SERVANT,
        random);
    person(
        cityCommittee,
        "Đỗ Quang Huy",
        Gender.MALE,
        "Chuyên viên",
        PersonCategory.CIVIL_SERVANT,
        random);

    // Tỉnh Hà Tĩnh: the bodies a province plan names (departments, the Front, an enterprise).
    org(HA_TINH, null, OrganizationType.PEOPLES_COMMITTEE, "Ủy ban nhân dân tỉnh Hà Tĩnh");
    OrganizationView htHomeAffairs =
        org(HA_TINH, null, OrganizationType.AGENCY, "Sở Nội vụ", "SNV");
    org(HA_TINH, htHomeAffairs.id(), OrganizationType.AGENCY, "Ban Thi đua - Khen thưởng");
    OrganizationView htScience =
        org(HA_TINH, null, OrganizationType.AGENCY, "Sở Khoa học và Công nghệ", "SKHCN");
    org(HA_TINH, null, OrganizationType.AGENCY, "Sở Nông nghiệp và Môi trường", "SNNMT");
    OrganizationView htFinance = org(HA_TINH, null, OrganizationType.AGENCY, "Sở Tài chính", "STC");
    OrganizationView htFront =
        org(
            HA_TINH,
            null,
            OrganizationType.FATHERLAND_FRONT,
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh");
    org(HA_TINH, null, OrganizationType.ENTERPRISE, "Công ty Cổ phần Công nghệ Hồng Lĩnh");
    person(
        htScience,
        "Trần Quốc Khánh",
        Gender.MALE,
        "Giám đốc",
        PersonCategory.CIVIL_SERVANT,
        random);
    person(
        htFront,
        "Đặng Thị Mai",
        Gender.FEMALE,
        "Phó Chủ tịch",
        PersonCategory.CIVIL_SERVANT,
        random);

    Commune haBac = commune(HA_BAC, "Hà Bắc", "Nguyễn Anh Tuấn", "Chủ tịch UBND xã", random);
    Commune binhGiang =
        commune(BINH_GIANG, "Bình Giang", "Vũ Thị Hòa", "Phó Chủ tịch UBND xã", random);
    Commune namSach = commune(NAM_SACH, "Nam Sách", "Phùng Văn Diện", "Chủ tịch UBND xã", random);

    // The two names of the Vietnamese-order example.
    PersonView an =
        person(
            haBac.culture(),
            "Trần Thị An",
            Gender.FEMALE,
            "Chuyên viên",
            PersonCategory.CIVIL_SERVANT,
            random);
    PersonView binh =
        person(
            haBac.culture(),
            "Nguyễn Văn Bình",
            Gender.MALE,
            "Chuyên viên",
            PersonCategory.CIVIL_SERVANT,
            random);

    account(
        credentials, "quantri.haiphong", "Quản trị Hải Phòng", Role.SYSTEM_ADMIN, CITY, null, null);
    account(
        credentials,
        "thuongtruc.haiphong",
        "Ban TĐKT Sở Nội vụ Hải Phòng",
        Role.STANDING_OFFICE,
        CITY,
        null,
        null);
    account(
        credentials,
        "lanhdao.haiphong",
        "Lãnh đạo UBND thành phố Hải Phòng",
        Role.LEADERSHIP,
        CITY,
        null,
        null);
    account(
        credentials,
        "thuongtruc.habac",
        "Phòng VHXH xã Hà Bắc",
        Role.STANDING_OFFICE,
        HA_BAC,
        null,
        null);
    account(
        credentials,
        "thuongtruc.binhgiang",
        "Phòng VHXH xã Bình Giang",
        Role.STANDING_OFFICE,
        BINH_GIANG,
        null,
        null);
    account(
        credentials,
        "thuongtruc.namsach",
        "Phòng VHXH xã Nam Sách",
        Role.STANDING_OFFICE,
        NAM_SACH,
        null,
        null);
    account(
        credentials,
        "hoidong.habac",
        "Thành viên Hội đồng TĐKT xã Hà Bắc",
        Role.COUNCIL_MEMBER,
        HA_BAC,
        null,
        null);
    account(
        credentials,
        "lanhdao.habac",
        "Nguyễn Anh Tuấn",
        Role.LEADERSHIP,
        HA_BAC,
        null,
        haBac.chair().id());
    account(
        credentials,
        "daumoi.habac",
        "Đầu mối " + haBac.village().name(),
        Role.UNIT_FOCAL_POINT,
        null,
        haBac.village().id(),
        null);
    // issue 15: the commune's public service centre writes the news of the movement.
    account(
        credentials,
        "truyenthong.habac",
        "Trung tâm Dịch vụ sự nghiệp công xã Hà Bắc",
        Role.UNIT_FOCAL_POINT,
        null,
        haBac.serviceCentre().id(),
        null);
    account(
        credentials,
        "canhan.habac",
        "Trần Thị An",
        Role.INDIVIDUAL,
        null,
        haBac.culture().id(),
        an.id());
    // Members of Hà Bắc's initiative review council: Nguyễn Văn Bình is also An's colleague.
    account(
        credentials,
        "hoidong2.habac",
        "Nguyễn Văn Bình",
        Role.COUNCIL_MEMBER,
        HA_BAC,
        null,
        binh.id());
    account(
        credentials,
        "hoidong3.habac",
        "Thành viên Hội đồng sáng kiến xã Hà Bắc",
        Role.COUNCIL_MEMBER,
        HA_BAC,
        null,
        null);
    account(
        credentials, "giamsat.habac", "Ủy ban MTTQ xã Hà Bắc", Role.SUPERVISOR, HA_BAC, null, null);
    // Hà Bắc's Phòng Kinh tế: owner of the plan's green-transformation tasks.
    account(
        credentials,
        "kinhte.habac",
        "Phòng Kinh tế xã Hà Bắc",
        Role.UNIT_FOCAL_POINT,
        null,
        haBac.economy().id(),
        null);
    // The city's emulation council: inspects the communes.
    account(
        credentials,
        "hoidong.haiphong",
        "Thành viên Hội đồng TĐKT thành phố Hải Phòng",
        Role.COUNCIL_MEMBER,
        CITY,
        null,
        null);
    // Tỉnh Hà Tĩnh: its office, its chairman, two departments' focal points, the Front.
    account(
        credentials,
        "thuongtruc.hatinh",
        "Ban TĐKT Sở Nội vụ Hà Tĩnh",
        Role.STANDING_OFFICE,
        HA_TINH,
        null,
        null);
    account(
        credentials,
        "lanhdao.hatinh",
        "Lãnh đạo UBND tỉnh Hà Tĩnh",
        Role.LEADERSHIP,
        HA_TINH,
        null,
        null);
    account(
        credentials,
        "khcn.hatinh",
        "Sở Khoa học và Công nghệ Hà Tĩnh",
        Role.UNIT_FOCAL_POINT,
        null,
        htScience.id(),
        null);
    account(
        credentials,
        "taichinh.hatinh",
        "Sở Tài chính Hà Tĩnh",
        Role.UNIT_FOCAL_POINT,
        null,
        htFinance.id(),
        null);
    account(
        credentials,
        "giamsat.hatinh",
        "Ủy ban MTTQ tỉnh Hà Tĩnh",
        Role.SUPERVISOR,
        HA_TINH,
        null,
        null);
    account(
        credentials,
        "lanhdao.binhgiang",
        "Vũ Thị Hòa",
        Role.LEADERSHIP,
        BINH_GIANG,
        null,
        binhGiang.chair().id());
    account(
        credentials,
        "lanhdao.namsach",
        "Phùng Văn Diện",
        Role.LEADERSHIP,
        NAM_SACH,
        null,
        namSach.chair().id());

    // Hà Bắc's deputy chairman decides when the chairman has a conflict of interest (created last:
    // the generated names above stay as they were).
    PersonView deputy =
        person(
            haBac.committee(),
            "Lương Văn Khải",
            Gender.MALE,
            "Phó Chủ tịch UBND xã",
            PersonCategory.CIVIL_SERVANT,
            random);
    account(
        credentials,
        "phochutich.habac",
        "Lương Văn Khải",
        Role.LEADERSHIP,
        HA_BAC,
        null,
        deputy.id());
    // Added after the rest so that the generated names above stay as they were: a provincial
    // agency whose director decides Giấy khen for its staff (Luật Thi đua, khen thưởng 2022, Điều
    // 80, khoản 1).
    Random more = new Random(2027);
    OrganizationView science = scienceDepartment;
    PersonView director =
        person(
            science, "Phạm Quốc Việt", Gender.MALE, "Giám đốc", PersonCategory.CIVIL_SERVANT, more);
    person(
        science,
        "Hoàng Minh Châu",
        Gender.FEMALE,
        "Chuyên viên",
        PersonCategory.CIVIL_SERVANT,
        more);
    person(science, "Vũ Đức Long", Gender.MALE, "Chuyên viên", PersonCategory.CIVIL_SERVANT, more);
    account(
        credentials,
        "thuongtruc.sokhcn",
        "Văn phòng Sở Khoa học và Công nghệ Hải Phòng",
        Role.STANDING_OFFICE,
        null,
        science.id(),
        null);
    account(
        credentials,
        "hoidong.sokhcn",
        "Thành viên Hội đồng TĐKT Sở Khoa học và Công nghệ",
        Role.COUNCIL_MEMBER,
        null,
        science.id(),
        null);
    account(
        credentials,
        "lanhdao.sokhcn",
        "Phạm Quốc Việt",
        Role.LEADERSHIP,
        null,
        science.id(),
        director.id());

    Path file = dataDir.resolve("demo-accounts.txt");
    try {
      Files.createDirectories(dataDir);
      Files.write(file, credentials, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    log.info("Đã nạp dữ liệu demo; tài khoản demo và mật khẩu ở {}", file.toAbsolutePath());
  }

  private record Commune(
      OrganizationView committee,
      OrganizationView culture,
      OrganizationView economy,
      OrganizationView village,
      PersonView chair,
      OrganizationView serviceCentre) {}

  private Commune commune(
      String code, String name, String chairName, String chairTitle, Random random) {
    String unitName = units.find(code).orElseThrow().name();
    OrganizationView committee =
        org(code, null, OrganizationType.PEOPLES_COMMITTEE, "Ủy ban nhân dân " + lower(unitName));
    OrganizationView office = org(code, null, OrganizationType.AGENCY, "Văn phòng HĐND và UBND xã");
    OrganizationView culture = org(code, null, OrganizationType.AGENCY, "Phòng Văn hóa - Xã hội");
    OrganizationView economy = org(code, null, OrganizationType.AGENCY, "Phòng Kinh tế");
    OrganizationView adminCentre =
        org(
            code,
            null,
            OrganizationType.PUBLIC_SERVICE_UNIT,
            "Trung tâm Phục vụ hành chính công xã");
    OrganizationView serviceCentre =
        org(
            code,
            null,
            OrganizationType.PUBLIC_SERVICE_UNIT,
            "Trung tâm Dịch vụ sự nghiệp công xã");
    OrganizationView school =
        org(code, null, OrganizationType.PUBLIC_SERVICE_UNIT, "Trường Trung học cơ sở " + name);
    OrganizationView front =
        org(
            code,
            null,
            OrganizationType.FATHERLAND_FRONT,
            "Ủy ban Mặt trận Tổ quốc Việt Nam " + lower(unitName));
    List<OrganizationView> mass = new ArrayList<>();
    for (String m :
        List.of(
            "Hội Liên hiệp Phụ nữ xã",
            "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã",
            "Hội Nông dân xã",
            "Hội Cựu chiến binh xã")) {
      mass.add(org(code, front.id(), OrganizationType.MASS_ORGANIZATION, m));
    }
    List<OrganizationView> villages = new ArrayList<>();
    for (String v : List.of("Thôn Đông", "Thôn Đoài", "Thôn Trung", "Thôn Bắc")) {
      villages.add(org(code, null, OrganizationType.VILLAGE, v));
    }
    OrganizationView digitalTeam =
        org(
            code,
            villages.getFirst().id(),
            OrganizationType.COMMUNITY_DIGITAL_TEAM,
            "Tổ công nghệ số cộng đồng Thôn Đông");
    OrganizationView enterprise1 =
        org(code, null, OrganizationType.ENTERPRISE, "Công ty TNHH Cơ khí " + name);
    OrganizationView enterprise2 =
        org(code, null, OrganizationType.ENTERPRISE, "Công ty Cổ phần May " + name);
    OrganizationView coop =
        org(code, null, OrganizationType.COOPERATIVE, "Hợp tác xã Nông nghiệp " + name);

    PersonView chair =
        person(
            committee,
            chairName,
            chairName.contains(" Thị ") ? Gender.FEMALE : Gender.MALE,
            chairTitle,
            PersonCategory.CIVIL_SERVANT,
            random);
    for (int i = 0; i < 2; i++) {
      generated(committee, PersonCategory.CIVIL_SERVANT, "Phó Chủ tịch UBND xã", random, false);
    }
    for (OrganizationView agency : List.of(office, culture, economy)) {
      generated(agency, PersonCategory.CIVIL_SERVANT, "Trưởng phòng", random, false);
      for (int i = 0; i < 3; i++) {
        generated(agency, PersonCategory.CIVIL_SERVANT, "Chuyên viên", random, false);
      }
    }
    for (OrganizationView centre : List.of(adminCentre, serviceCentre, school)) {
      generated(centre, PersonCategory.PUBLIC_EMPLOYEE, "Giám đốc", random, false);
      for (int i = 0; i < 3; i++) {
        generated(centre, PersonCategory.PUBLIC_EMPLOYEE, "Viên chức", random, false);
      }
    }
    generated(front, PersonCategory.CIVIL_SERVANT, "Chủ tịch Ủy ban MTTQ", random, false);
    for (OrganizationView m : mass) {
      generated(m, PersonCategory.CIVIL_SERVANT, "Chủ tịch", random, false);
    }
    for (OrganizationView v : villages) {
      generated(v, PersonCategory.OTHER, "Trưởng thôn", random, false);
      generated(v, PersonCategory.OTHER, "Bí thư chi bộ", random, false);
      generated(v, PersonCategory.WORKER, "Nông dân", random, true);
    }
    generated(digitalTeam, PersonCategory.OTHER, "Tổ trưởng", random, false);
    generated(digitalTeam, PersonCategory.OTHER, "Thành viên", random, false);
    for (OrganizationView e : List.of(enterprise1, enterprise2, coop)) {
      generated(
          e,
          PersonCategory.ENTREPRENEUR,
          e.type() == OrganizationType.COOPERATIVE ? "Giám đốc HTX" : "Giám đốc",
          random,
          false);
      for (int i = 0; i < 3; i++) {
        generated(e, PersonCategory.WORKER, "Công nhân", random, true);
      }
    }
    blocks.create(
        Bootstrap.SYSTEM,
        new EmulationBlockCommand(
            code,
            EmulationBlockView.Kind.BLOCK,
            "Khối các cơ quan, đơn vị xã " + name,
            2026,
            culture.id(),
            economy.id(),
            List.of(
                office.id(),
                culture.id(),
                economy.id(),
                adminCentre.id(),
                serviceCentre.id(),
                school.id()),
            null));
    return new Commune(committee, culture, economy, villages.getFirst(), chair, serviceCentre);
  }

  private static String lower(String unitName) {
    return unitName.startsWith("Xã ") ? "xã " + unitName.substring(3) : unitName;
  }

  private OrganizationView org(String unit, Long parent, OrganizationType type, String name) {
    return org(unit, parent, type, name, null);
  }

  private OrganizationView org(
      String unit, Long parent, OrganizationType type, String name, String shortName) {
    return organizations.create(
        Bootstrap.SYSTEM,
        new OrganizationCommand(unit, parent, type, name, shortName, null, null, null, null, null));
  }

  private PersonView person(
      OrganizationView org,
      String name,
      Gender gender,
      String position,
      PersonCategory category,
      Random random) {
    LocalDate birth =
        LocalDate.of(1965 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28));
    return people.create(
        Bootstrap.SYSTEM,
        new PersonCommand(
            org.id(), name, gender, birth, position, category, false, null, null, null));
  }

  private void generated(
      OrganizationView org,
      PersonCategory category,
      String position,
      Random random,
      boolean direct) {
    boolean female = random.nextBoolean();
    String name =
        FAMILY[random.nextInt(FAMILY.length)]
            + " "
            + (female
                ? MIDDLE_F[random.nextInt(MIDDLE_F.length)]
                : MIDDLE_M[random.nextInt(MIDDLE_M.length)])
            + " "
            + (female
                ? GIVEN_F[random.nextInt(GIVEN_F.length)]
                : GIVEN_M[random.nextInt(GIVEN_M.length)]);
    LocalDate birth =
        LocalDate.of(1965 + random.nextInt(38), 1 + random.nextInt(12), 1 + random.nextInt(28));
    people.create(
        Bootstrap.SYSTEM,
        new PersonCommand(
            org.id(),
            name,
            female ? Gender.FEMALE : Gender.MALE,
            birth,
            position,
            category,
            direct,
            null,
            null,
            null));
  }

  private void account(
      List<String> credentials,
      String username,
      String displayName,
      Role role,
      String unit,
      Long org,
      Long person) {
    AccountService.Created created =
        accounts.create(
            null,
            new UserCommand(
                username, displayName, username + "@thidua.example", role, unit, org, person));
    String scope = created.user().grants().getFirst().scopeName();
    credentials.add(username + "\t" + role.name() + "\t" + scope + "\t" + created.password());
  }
}
