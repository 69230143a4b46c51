package vn.thidua.organization.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.kernel.VietnameseText;
import vn.thidua.organization.AdministrativeLevel;
import vn.thidua.organization.AdministrativeUnitView;

/**
 * The official administrative units of 2025: loaded from the bundled dataset at first start,
 * idempotently, under a national root.
 */
@Service
public class AdministrativeUnitService implements vn.thidua.organization.UnitDirectory {

  private static final Logger log = LoggerFactory.getLogger(AdministrativeUnitService.class);
  static final String DATASET = "data/vn-administrative-units-2025.json";
  static final String NATION_CODE = "VN";

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  AdministrativeUnitService(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Loads the dataset; inserts what is missing, changes nothing that is there. */
  @Transactional
  public int loadOfficialUnits() {
    JsonNode provinces;
    try (InputStream in = new ClassPathResource(DATASET).getInputStream()) {
      provinces = json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<AdministrativeUnit> units = new ArrayList<>();
    units.add(
        new AdministrativeUnit(
            NATION_CODE,
            "Việt Nam",
            AdministrativeLevel.NATION,
            null,
            AdministrativeUnit.NATION_PATH));
    for (JsonNode province : provinces) {
      String code = province.get("Code").asString();
      String path = AdministrativeUnit.pathOf(AdministrativeUnit.NATION_PATH, code);
      units.add(
          new AdministrativeUnit(
              code,
              VietnameseText.clean(province.get("FullName").asString()),
              AdministrativeLevel.PROVINCE,
              NATION_CODE,
              path));
      for (JsonNode ward : province.get("Wards")) {
        String wardCode = ward.get("Code").asString();
        units.add(
            new AdministrativeUnit(
                wardCode,
                VietnameseText.clean(ward.get("FullName").asString()),
                AdministrativeLevel.COMMUNE,
                code,
                AdministrativeUnit.pathOf(path, wardCode)));
      }
    }
    Integer existing =
        jdbc.sql("select count(*) from administrative_unit").query(Integer.class).single();
    if (existing == units.size()) {
      return 0;
    }
    int inserted = 0;
    for (AdministrativeUnit unit : units) {
      inserted +=
          jdbc.sql(
                  """
                  insert into administrative_unit (code, name, level, parent_code, path, name_folded, sort_key)
                  values (:code, :name, :level, :parent, :path, :folded, :sortKey)
                  on conflict (code) do nothing
                  """)
              .param("code", unit.code())
              .param("name", unit.name())
              .param("level", unit.level().name())
              .param("parent", unit.parentCode())
              .param("path", unit.path())
              .param("folded", VietnameseText.fold(unit.name()))
              .param("sortKey", VietnameseText.collationKey(unit.name()))
              .update();
    }
    log.info("Đã nạp {} đơn vị hành chính (tổng {})", inserted, units.size());
    return inserted;
  }

  /** Children of a unit sorted by code; without a parent, the provinces and cities. */
  @Transactional(readOnly = true)
  public List<AdministrativeUnitView> children(String parentCode) {
    String parent = parentCode == null || parentCode.isBlank() ? NATION_CODE : parentCode.strip();
    return jdbc.sql(
            "select code, name, level from administrative_unit where parent_code = :p order by code")
        .param("p", parent)
        .query((rs, i) ->
            new AdministrativeUnitView(
                rs.getString(1), rs.getString(2), AdministrativeLevel.valueOf(rs.getString(3))))
        .list();
  }

  @Transactional(readOnly = true)
  public Optional<AdministrativeUnit> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return jdbc.sql(
            "select code, name, level, parent_code, path from administrative_unit where code = :c")
        .param("c", code.strip())
        .query((rs, i) ->
            new AdministrativeUnit(
                rs.getString(1),
                rs.getString(2),
                AdministrativeLevel.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getString(5)))
        .optional();
  }

  /**
   * Units whose name contains the words searched, ignoring diacritics ("ha bac" finds "Xã Hà Bắc").
   */
  @Transactional(readOnly = true)
  public List<UnitHit> search(String query, int limit) {
    String folded = VietnameseText.fold(query);
    if (folded.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select u.code, u.name, u.level, p.name
            from administrative_unit u left join administrative_unit p on p.code = u.parent_code
            where u.name_folded like :q escape '\\' or u.code = :code
            order by case when u.name_folded like :exact escape '\\' then 0 else 1 end, u.level, u.sort_key
            limit :limit
            """)
        .param("q", "%" + Like.escape(folded) + "%")
        .param("exact", "%" + Like.escape(folded))
        .param("code", query.strip())
        .param("limit", limit)
        .query((rs, i) ->
            new UnitHit(
                rs.getString(1),
                rs.getString(2),
                AdministrativeLevel.valueOf(rs.getString(3)),
                rs.getString(4)))
        .list();
  }

  /**
   * The units a picker offers: official names containing the words typed without regard to
   * diacritics, of one level if given, closest match first, then in Vietnamese order; nothing typed
   * offers the provinces. Administrative units are public reference data: no scope applies.
   */
  @Transactional(readOnly = true)
  public List<vn.thidua.kernel.Choice> pick(String query, AdministrativeLevel level, int limit) {
    String folded = VietnameseText.fold(query);
    AdministrativeLevel only =
        folded.isEmpty() && level == null ? AdministrativeLevel.PROVINCE : level;
    return jdbc.sql(
            """
            select u.code, u.name, p.name
            from administrative_unit u left join administrative_unit p on p.code = u.parent_code
            where u.name_folded like :q escape '\\'
              and (cast(:level as text) is null or u.level = cast(:level as text))
            order by case when u.name_folded like :exact escape '\\' then 0 else 1 end,
              u.level, u.sort_key
            limit :limit
            """)
        .param("q", "%" + Like.escape(folded) + "%")
        .param("exact", "%" + Like.escape(folded))
        .param("level", only == null ? null : only.name())
        .param("limit", limit)
        .query((rs, i) ->
            new vn.thidua.kernel.Choice(rs.getString(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Unit> unit(String code) {
    return find(code).map(u -> new Unit(u.code(), u.name(), u.level(), u.parentCode(), u.path()));
  }

  @Override
  @Transactional(readOnly = true)
  public List<Unit> childrenOf(String code) {
    return jdbc.sql(
            "select code, name, level, parent_code, path from administrative_unit where parent_code = :p order by code")
        .param("p", code)
        .query((rs, i) ->
            new Unit(
                rs.getString(1),
                rs.getString(2),
                AdministrativeLevel.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getString(5)))
        .list();
  }

  /** A search hit with its parent's name. */
  public record UnitHit(String code, String name, AdministrativeLevel level, String parentName) {}

  /** Counts of communes per province, for the tree. */
  @Transactional(readOnly = true)
  public List<ProvinceSummary> provinces() {
    return jdbc.sql(
            """
            select p.code, p.name, count(c.code)
            from administrative_unit p left join administrative_unit c on c.parent_code = p.code
            where p.level = 'PROVINCE' group by p.code, p.name order by p.code
            """)
        .query((rs, i) -> new ProvinceSummary(rs.getString(1), rs.getString(2), rs.getInt(3)))
        .list();
  }

  /** A province with the number of its communes and wards. */
  public record ProvinceSummary(String code, String name, int communes) {}
}
