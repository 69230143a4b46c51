package vn.thidua.organization;

/** Categories of people used by the law and the official statistics. */
public enum PersonCategory {
  /** Cán bộ, công chức. */
  CIVIL_SERVANT,
  /** Viên chức. */
  PUBLIC_EMPLOYEE,
  /** Công nhân, người lao động. */
  WORKER,
  /** Doanh nhân. */
  ENTREPRENEUR,
  /** Đối tượng khác. */
  OTHER;

  public String labelKey() {
    return "person.category." + name();
  }
}
