package vn.thidua.commendation.domain;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thidua.kernel.NotFound;
import vn.thidua.organization.AdministrativeLevel;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.OrganizationType;
import vn.thidua.organization.OrganizationView;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.rulebook.FormRule;

/**
 * Where a nomination is held and who acts there. A level is a commune, an agency directly under a
 * province whose head decides the base titles and Giấy khen of its staff (Luật Thi đua, khen thưởng
 * 2022, Điều 75, Điều 80, khoản 1), a province or the nation. Its council is the base (commune or
 * agency) council, the province's or the central one; its authority is the rulebook's
 * COMMUNE_CHAIRMAN, AGENCY_HEAD, PROVINCE_CHAIRMAN, or the national authorities.
 */
@Component
class NominationLevels {

  /** Kinds of level. */
  static final String COMMUNE = "COMMUNE";

  static final String AGENCY = "AGENCY";
  static final String PROVINCE = "PROVINCE";
  static final String NATION = "NATION";

  /**
   * One level: the administrative unit, the agency (or null), the kind, its scope path (the
   * agency's, else the unit's), its name, and the key its dossier documents carry.
   */
  record Level(
      String unitCode, Long organizationId, String kind, String path, String name, String key) {

    /** The rulebook's level of its council and notice: the base, the province, the nation. */
    String councilLevel() {
      return switch (kind) {
        case COMMUNE, AGENCY -> FormRule.COMMUNE;
        case PROVINCE -> FormRule.PROVINCE;
        default -> FormRule.NATION;
      };
    }
  }

  private final UnitDirectory units;
  private final OrganizationDirectory organizations;

  NominationLevels(UnitDirectory units, OrganizationDirectory organizations) {
    this.units = units;
    this.organizations = organizations;
  }

  /** The level of a nomination row. */
  Level of(String unitCode, Long organizationId) {
    UnitDirectory.Unit unit =
        units.unit(unitCode).orElseThrow(() -> new NotFound("unit.not-found"));
    if (organizationId != null) {
      OrganizationView o =
          organizations
              .organization(organizationId)
              .orElseThrow(() -> new NotFound("nomination.not-found"));
      return new Level(unit.code(), o.id(), AGENCY, o.path(), o.name(), "o" + o.id());
    }
    return new Level(unit.code(), null, kind(unit.level()), unit.path(), unit.name(), unit.code());
  }

  /**
   * Where a subject's nomination starts: its commune; or, under a province, the agency directly
   * under the province it works in (not the people's committee itself); else the province.
   */
  Level start(String subjectPath, String subjectUnitCode) {
    UnitDirectory.Unit unit = units.unit(subjectUnitCode).orElseThrow();
    if (unit.level() != AdministrativeLevel.COMMUNE) {
      Long top = topOrganization(subjectPath, unit.path());
      if (top != null) {
        Optional<OrganizationView> o = organizations.organization(top);
        if (o.isPresent() && headDecides(o.get().type())) {
          return of(unit.code(), o.get().id());
        }
      }
    }
    return of(unit.code(), null);
  }

  /** The level a nomination is forwarded to. */
  Optional<Level> above(Level level) {
    return switch (level.kind()) {
      case AGENCY -> Optional.of(of(level.unitCode(), null));
      case COMMUNE, PROVINCE ->
          units
              .unit(level.unitCode())
              .map(UnitDirectory.Unit::parentCode)
              .filter(p -> p != null && !p.isBlank())
              .map(p -> of(p, null));
      default -> Optional.empty();
    };
  }

  /** The rulebook's authorities that may decide at a level. */
  static java.util.List<String> authorities(String kind) {
    return switch (kind) {
      case COMMUNE -> java.util.List.of("COMMUNE_CHAIRMAN");
      case AGENCY -> java.util.List.of("AGENCY_HEAD");
      case PROVINCE -> java.util.List.of("PROVINCE_CHAIRMAN");
      default -> java.util.List.of("PRIME_MINISTER", "GOVERNMENT", "PRESIDENT");
    };
  }

  /** The authority of the level that may decide this form, or null when it must go up. */
  static String authority(FormRule form, String kind) {
    for (String a : authorities(kind)) {
      if (form.decidedBy(a)) {
        return a;
      }
    }
    return null;
  }

  private static boolean headDecides(OrganizationType type) {
    return type == OrganizationType.AGENCY || type == OrganizationType.PUBLIC_SERVICE_UNIT;
  }

  /** "/VN/31/o12/o40/" under "/VN/31/" → 12. */
  private static Long topOrganization(String path, String unitPath) {
    if (path == null || !path.startsWith(unitPath)) {
      return null;
    }
    String rest = path.substring(unitPath.length());
    int slash = rest.indexOf('/');
    String first = slash < 0 ? rest : rest.substring(0, slash);
    if (first.startsWith("o")) {
      try {
        return Long.parseLong(first.substring(1));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static String kind(AdministrativeLevel level) {
    return switch (level) {
      case COMMUNE -> COMMUNE;
      case PROVINCE -> PROVINCE;
      case NATION -> NATION;
    };
  }
}
