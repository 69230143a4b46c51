package vn.thidua.movement.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.PlanDocument;
import vn.thidua.movement.plan.PlanParser;
import vn.thidua.organization.Actor;

/**
 * Demo movements: the national movement (Quyết định 462/QĐ-TTg, 22/3/2026), Hải Phòng's plan (Quyết
 * định 2159/QĐ-UBND, 09/6/2026) built from what the commune plans cite and restate, and the three
 * commune plans parsed from the seed files at start, so that the parser runs every time.
 */
@Component
@Order(20)
class DemoMovements implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoMovements.class);
  static final Actor SYSTEM = Actor.system();

  private record Seed(String file, String unit, int number, LocalDate issuedOn) {}

  private static final List<Seed> SEEDS =
      List.of(
          new Seed("ha-bac-commune-plan-2026.txt", "10816", 125, LocalDate.of(2026, 6, 20)),
          new Seed("binh-giang-commune-plan-2026.txt", "10966", 98, LocalDate.of(2026, 6, 25)),
          new Seed("nam-sach-commune-plan-2026.txt", "10606", 102, LocalDate.of(2026, 6, 26)));

  /** The theme of the seeds' plans each indicator belongs to (its number among the themes). */
  private static final java.util.Map<String, Integer> THEMES =
      java.util.Map.of(
          "DVC_TOAN_TRINH", 4,
          "SO_HOA_HO_SO", 2,
          "THANH_TOAN_KHONG_TIEN_MAT", 4,
          "VNEID", 4,
          "BINH_DAN_HOC_VU_SO", 4,
          "PHAN_LOAI_RAC", 5,
          "TRONG_CAY", 5,
          "SANG_KIEN", 3);

  /**
   * Where the seeds' indicators get their values (the plan's per-indicator source): the system
   * counts initiatives and people trained, the one-stop shop and the banks feed the rates; the rest
   * are typed by units.
   */
  private static final java.util.Map<String, String> SOURCES =
      java.util.Map.of(
          "SANG_KIEN", "INITIATIVES_RECOGNISED",
          "BINH_DAN_HOC_VU_SO", "PEOPLE_TRAINED",
          "DVC_TOAN_TRINH", PlanDocument.Indicator.IMPORTED,
          "SO_HOA_HO_SO", PlanDocument.Indicator.IMPORTED,
          "THANH_TOAN_KHONG_TIEN_MAT", PlanDocument.Indicator.IMPORTED);

  /** The digital and green transformation indicators the seeds' movement follows. */
  static final List<PlanDocument.Indicator> INDICATORS =
      List.of(
          indicator(
              "DVC_TOAN_TRINH",
              "Tỷ lệ dịch vụ công trực tuyến toàn trình",
              "%",
              80,
              90,
              95,
              100,
              100),
          indicator(
              "SO_HOA_HO_SO",
              "Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa",
              "%",
              80,
              90,
              100,
              100,
              100),
          indicator(
              "THANH_TOAN_KHONG_TIEN_MAT",
              "Tỷ lệ giao dịch thanh toán không dùng tiền mặt",
              "%",
              50,
              60,
              70,
              80,
              85),
          indicator(
              "VNEID",
              "Số tài khoản định danh điện tử VNeID được kích hoạt",
              "tài khoản",
              5000,
              6000,
              7000,
              8000,
              9000),
          indicator(
              "BINH_DAN_HOC_VU_SO",
              "Số người được tập huấn «Bình dân học vụ số»",
              "người",
              1000,
              1500,
              2000,
              2500,
              3000),
          indicator(
              "PHAN_LOAI_RAC",
              "Tỷ lệ hộ gia đình phân loại chất thải rắn sinh hoạt tại nguồn",
              "%",
              40,
              55,
              70,
              85,
              95),
          indicator("TRONG_CAY", "Số cây xanh được trồng mới", "cây", 2000, 2000, 2500, 2500, 3000),
          indicator(
              "SANG_KIEN", "Số sáng kiến, giải pháp được công nhận", "sáng kiến", 5, 6, 8, 10, 12));

  private static PlanDocument.Indicator indicator(
      String code, String name, String unit, int... targets) {
    java.util.Map<Integer, java.math.BigDecimal> byYear = new java.util.TreeMap<>();
    for (int i = 0; i < targets.length; i++) {
      byYear.put(2026 + i, java.math.BigDecimal.valueOf(targets[i]));
    }
    return new PlanDocument.Indicator(
        code,
        name,
        unit,
        PlanDocument.Direction.INCREASE,
        byYear,
        THEMES.get(code),
        SOURCES.getOrDefault(code, PlanDocument.Indicator.ENTERED));
  }

  private final MovementService movements;
  private final JdbcClient jdbc;
  private final boolean enabled;

  DemoMovements(
      MovementService movements, JdbcClient jdbc, @Value("${thidua.demo:true}") boolean enabled) {
    this.movements = movements;
    this.jdbc = jdbc;
    this.enabled = enabled;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!enabled || jdbc.sql("select count(*) from movement").query(Integer.class).single() > 0) {
      return;
    }
    List<PlanDocument> communes = new ArrayList<>();
    for (Seed seed : SEEDS) {
      communes.add(parse(seed.file()));
    }
    PlanDocument haBac = communes.getFirst();
    PlanDocument nation =
        restated(
            haBac,
            null,
            null,
            462,
            "QĐ-TTg",
            LocalDate.of(2026, 3, 22),
            "Đổi mới sáng tạo, phát triển khoa học, công nghệ, chuyển đổi số, chuyển đổi xanh",
            null,
            new PlanDocument.Signer(null, "Thủ tướng", null, null));
    MovementView national =
        issue(movements.create(SYSTEM, "VN", null, nation, null), LocalDate.of(2026, 3, 22));
    PlanDocument city =
        restated(
            haBac,
            null,
            "Hải Phòng",
            2159,
            "QĐ-UBND",
            LocalDate.of(2026, 6, 9),
            "Hải Phòng đổi mới sáng tạo, phát triển khoa học, công nghệ, chuyển đổi số, chuyển đổi xanh",
            new PlanDocument.Deadline(
                PlanDocument.DeadlineKind.PLAN_ISSUE,
                null,
                null,
                null,
                2,
                null,
                2026,
                "Ủy ban nhân dân các xã, phường, đặc khu",
                null,
                "Ủy ban nhân dân các xã, phường, đặc khu ban hành kế hoạch triển khai thực hiện phong trào thi đua hoàn thành trong Quý II/2026."),
            new PlanDocument.Signer(null, "Phó Chủ tịch", "Ủy ban nhân dân", "Chủ tịch"));
    MovementView haiPhong =
        issue(movements.create(SYSTEM, "31", national.id(), city, null), LocalDate.of(2026, 6, 9));
    for (int i = 0; i < SEEDS.size(); i++) {
      Seed seed = SEEDS.get(i);
      PlanDocument d = communes.get(i);
      PlanDocument numbered =
          d.issued(
                  seed.number(),
                  new PlanDocument.PartialDate(
                      seed.issuedOn().getYear(),
                      seed.issuedOn().getMonthValue(),
                      seed.issuedOn().getDayOfMonth()),
                  d.signer())
              .withIndicators(INDICATORS);
      issue(
          movements.create(SYSTEM, seed.unit(), haiPhong.id(), numbered, read(seed.file())),
          seed.issuedOn());
    }
    log.info(
        "Đã nạp phong trào demo: trung ương, Hải Phòng và 3 kế hoạch cấp xã đọc từ văn bản mẫu");
  }

  private MovementView issue(MovementView m, LocalDate on) {
    return movements.recordIssued(SYSTEM, m.id(), on);
  }

  private static PlanDocument restated(
      PlanDocument from,
      String issuerParent,
      String place,
      int number,
      String symbol,
      LocalDate date,
      String movement,
      PlanDocument.Deadline planIssue,
      PlanDocument.Signer signer) {
    List<PlanDocument.Deadline> deadlines = new ArrayList<>();
    if (planIssue != null) {
      deadlines.add(planIssue);
    }
    String issuerName =
        place == null
            ? "THỦ TƯỚNG CHÍNH PHỦ"
            : "ỦY BAN NHÂN DÂN THÀNH PHỐ "
                + place.toUpperCase(java.util.Locale.forLanguageTag("vi"));
    PlanDocument restated =
        new PlanDocument(
            PlanDocument.DocumentType.DECISION,
            number,
            symbol,
            new PlanDocument.Issuer(issuerParent, issuerName),
            place == null ? "Hà Nội" : place,
            new PlanDocument.PartialDate(
                date.getYear(), date.getMonthValue(), date.getDayOfMonth()),
            "Ban hành Kế hoạch tổ chức triển khai phong trào thi đua “"
                + movement
                + "” giai đoạn 2026 - 2030",
            List.of(movement),
            from.period(),
            List.of(),
            from.themes(),
            from.criteria(),
            from.awards(),
            from.phases(),
            deadlines,
            List.of(),
            List.of(),
            signer,
            List.of("Như Điều 3", "Lưu: VT, TĐKT"),
            List.of());
    return restated.withIndicators(INDICATORS);
  }

  private static String read(String file) {
    try (InputStream in = new ClassPathResource("demo/seeds/" + file).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PlanDocument parse(String file) {
    return PlanParser.parseText(read(file));
  }
}
