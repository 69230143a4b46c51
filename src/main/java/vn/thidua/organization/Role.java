package vn.thidua.organization;

import static vn.thidua.organization.Permission.DECIDE_INITIATIVES;
import static vn.thidua.organization.Permission.FILE_INITIATIVES;
import static vn.thidua.organization.Permission.IMPORT_DATA;
import static vn.thidua.organization.Permission.ISSUE_PLANS;
import static vn.thidua.organization.Permission.MANAGE_BLOCKS;
import static vn.thidua.organization.Permission.MANAGE_INITIATIVES;
import static vn.thidua.organization.Permission.MANAGE_ORGANIZATIONS;
import static vn.thidua.organization.Permission.MANAGE_PEOPLE;
import static vn.thidua.organization.Permission.MANAGE_PLANS;
import static vn.thidua.organization.Permission.PUBLISH_MODELS;
import static vn.thidua.organization.Permission.RECORD_VALUES;
import static vn.thidua.organization.Permission.REVIEW_INITIATIVES;
import static vn.thidua.organization.Permission.SCORE_BLOCK;
import static vn.thidua.organization.Permission.SCORE_COUNCIL;
import static vn.thidua.organization.Permission.VIEW_ORGANIZATIONS;
import static vn.thidua.organization.Permission.VIEW_PEOPLE;
import static vn.thidua.organization.Permission.VIEW_PLANS;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of the mission. Each is granted over a scope: an administrative unit or an
 * organisation, and everything below it. The permissions of a role are listed here, in one place.
 */
public enum Role {
  /** Quản trị hệ thống. */
  SYSTEM_ADMIN(EnumSet.allOf(Permission.class)),
  /** Cán bộ thường trực TĐKT. */
  STANDING_OFFICE(
      EnumSet.of(
          VIEW_ORGANIZATIONS,
          MANAGE_ORGANIZATIONS,
          VIEW_PEOPLE,
          MANAGE_PEOPLE,
          MANAGE_BLOCKS,
          IMPORT_DATA,
          VIEW_PLANS,
          MANAGE_PLANS,
          RECORD_VALUES,
          SCORE_BLOCK,
          SCORE_COUNCIL,
          FILE_INITIATIVES,
          MANAGE_INITIATIVES,
          REVIEW_INITIATIVES,
          PUBLISH_MODELS)),
  /** Thành viên Hội đồng TĐKT. */
  COUNCIL_MEMBER(
      EnumSet.of(VIEW_ORGANIZATIONS, VIEW_PEOPLE, VIEW_PLANS, SCORE_COUNCIL, REVIEW_INITIATIVES)),
  /** Lãnh đạo (Chủ tịch, Phó Chủ tịch UBND). */
  LEADERSHIP(
      EnumSet.of(
          VIEW_ORGANIZATIONS,
          VIEW_PEOPLE,
          VIEW_PLANS,
          ISSUE_PLANS,
          REVIEW_INITIATIVES,
          DECIDE_INITIATIVES)),
  /** Đầu mối đơn vị; over the block leader's organisation also the block-level scorer. */
  UNIT_FOCAL_POINT(
      EnumSet.of(
          VIEW_ORGANIZATIONS,
          VIEW_PEOPLE,
          MANAGE_PEOPLE,
          IMPORT_DATA,
          VIEW_PLANS,
          RECORD_VALUES,
          SCORE_BLOCK,
          FILE_INITIATIVES)),
  /** Cá nhân: sees the own organisation and the own record only. */
  INDIVIDUAL(EnumSet.of(VIEW_ORGANIZATIONS, VIEW_PLANS, FILE_INITIATIVES)),
  /** Giám sát (Ủy ban MTTQ, đoàn thể): reads. */
  SUPERVISOR(EnumSet.of(VIEW_ORGANIZATIONS, VIEW_PEOPLE, VIEW_PLANS));

  private final Set<Permission> permissions;

  Role(Set<Permission> permissions) {
    this.permissions = Set.copyOf(permissions);
  }

  public boolean allows(Permission permission) {
    return permissions.contains(permission);
  }

  /** Message key of the Vietnamese name. */
  public String labelKey() {
    return "role." + name();
  }
}
