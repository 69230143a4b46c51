package vn.thidua.organization;

import static vn.thidua.organization.Permission.DECIDE_AWARDS;
import static vn.thidua.organization.Permission.DECIDE_INITIATIVES;
import static vn.thidua.organization.Permission.FILE_INITIATIVES;
import static vn.thidua.organization.Permission.IMPORT_DATA;
import static vn.thidua.organization.Permission.INSPECT;
import static vn.thidua.organization.Permission.ISSUE_PLANS;
import static vn.thidua.organization.Permission.MANAGE_BLOCKS;
import static vn.thidua.organization.Permission.MANAGE_INITIATIVES;
import static vn.thidua.organization.Permission.MANAGE_NOMINATIONS;
import static vn.thidua.organization.Permission.MANAGE_ORGANIZATIONS;
import static vn.thidua.organization.Permission.MANAGE_PEOPLE;
import static vn.thidua.organization.Permission.MANAGE_PLANS;
import static vn.thidua.organization.Permission.OVERSEE;
import static vn.thidua.organization.Permission.PUBLISH_MODELS;
import static vn.thidua.organization.Permission.RAISE_CONCERNS;
import static vn.thidua.organization.Permission.RECORD_VALUES;
import static vn.thidua.organization.Permission.REPORT_TASKS;
import static vn.thidua.organization.Permission.REVIEW_INITIATIVES;
import static vn.thidua.organization.Permission.SCORE_BLOCK;
import static vn.thidua.organization.Permission.SCORE_COUNCIL;
import static vn.thidua.organization.Permission.SUPERVISE;
import static vn.thidua.organization.Permission.VIEW_ORGANIZATIONS;
import static vn.thidua.organization.Permission.VIEW_PEOPLE;
import static vn.thidua.organization.Permission.VIEW_PLANS;
import static vn.thidua.organization.Permission.VOTE_AWARDS;
import static vn.thidua.organization.Permission.WRITE_NEWS;

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
          PUBLISH_MODELS,
          MANAGE_NOMINATIONS,
          OVERSEE,
          INSPECT,
          REPORT_TASKS,
          RAISE_CONCERNS,
          WRITE_NEWS)),
  /** Thành viên Hội đồng TĐKT. */
  COUNCIL_MEMBER(
      EnumSet.of(
          VIEW_ORGANIZATIONS,
          VIEW_PEOPLE,
          VIEW_PLANS,
          SCORE_COUNCIL,
          REVIEW_INITIATIVES,
          VOTE_AWARDS,
          INSPECT)),
  /** Lãnh đạo (Chủ tịch, Phó Chủ tịch UBND). */
  LEADERSHIP(
      EnumSet.of(
          VIEW_ORGANIZATIONS,
          VIEW_PEOPLE,
          VIEW_PLANS,
          ISSUE_PLANS,
          REVIEW_INITIATIVES,
          DECIDE_INITIATIVES,
          DECIDE_AWARDS)),
  /**
   * Đầu mối đơn vị; over the block leader's organisation also the block-level scorer; drafts and
   * issues its own organisation's plan (a department, the Front, an enterprise), never a unit's.
   */
  UNIT_FOCAL_POINT(
      EnumSet.of(
          VIEW_ORGANIZATIONS,
          VIEW_PEOPLE,
          MANAGE_PEOPLE,
          IMPORT_DATA,
          VIEW_PLANS,
          MANAGE_PLANS,
          ISSUE_PLANS,
          RECORD_VALUES,
          SCORE_BLOCK,
          FILE_INITIATIVES,
          REPORT_TASKS,
          RAISE_CONCERNS,
          WRITE_NEWS)),
  /** Cá nhân: sees the own organisation and the own record only. */
  INDIVIDUAL(EnumSet.of(VIEW_ORGANIZATIONS, VIEW_PLANS, FILE_INITIATIVES)),
  /**
   * Giám sát (Ủy ban MTTQ, đoàn thể): reads everything in scope, comments and raises
   * recommendations the office must answer; never edits.
   */
  SUPERVISOR(EnumSet.of(VIEW_ORGANIZATIONS, VIEW_PEOPLE, VIEW_PLANS, SUPERVISE));

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
