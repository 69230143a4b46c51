package vn.thidua.organization;

/** How a declared relative is related to the person who declares them. */
public enum Relation {
  /** Vợ hoặc chồng. */
  SPOUSE,
  /** Cha, mẹ (đẻ, nuôi). */
  PARENT,
  /** Con (đẻ, nuôi). */
  CHILD,
  /** Anh, chị, em ruột. */
  SIBLING,
  /** Cha mẹ, anh chị em của vợ hoặc chồng; con dâu, con rể. */
  IN_LAW,
  /** Ông, bà, cháu. */
  GRANDPARENT_OR_GRANDCHILD,
  /** Quan hệ khác mà người khai thấy có thể ảnh hưởng tới sự khách quan. */
  OTHER;

  /** Message key of the Vietnamese name. */
  public String labelKey() {
    return "relation." + name();
  }
}
