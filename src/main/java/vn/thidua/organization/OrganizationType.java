package vn.thidua.organization;

/** Kinds of organisation under an administrative unit. */
public enum OrganizationType {
  /** Ủy ban nhân dân (the people's committee itself). */
  PEOPLES_COMMITTEE(ParticipantGroup.AGENCY),
  /** Cơ quan chuyên môn: phòng, ban, sở. */
  AGENCY(ParticipantGroup.AGENCY),
  /** Đơn vị sự nghiệp công lập: trung tâm, trường học, trạm y tế. */
  PUBLIC_SERVICE_UNIT(ParticipantGroup.AGENCY),
  /** Ủy ban Mặt trận Tổ quốc Việt Nam. */
  FATHERLAND_FRONT(ParticipantGroup.FRONT_AND_MASS_ORG),
  /** Tổ chức chính trị - xã hội, đoàn thể (Hội Phụ nữ, Đoàn Thanh niên, Hội Nông dân …). */
  MASS_ORGANIZATION(ParticipantGroup.FRONT_AND_MASS_ORG),
  /** Tổ chức xã hội, hội. */
  SOCIAL_ORGANIZATION(ParticipantGroup.FRONT_AND_MASS_ORG),
  /** Doanh nghiệp. */
  ENTERPRISE(ParticipantGroup.ENTERPRISE),
  /** Hợp tác xã. */
  COOPERATIVE(ParticipantGroup.ENTERPRISE),
  /** Thôn, tổ dân phố. */
  VILLAGE(ParticipantGroup.AGENCY),
  /** Tổ công nghệ số cộng đồng. */
  COMMUNITY_DIGITAL_TEAM(ParticipantGroup.FRONT_AND_MASS_ORG),
  /** Khác. */
  OTHER(ParticipantGroup.AGENCY);

  private final ParticipantGroup participantGroup;

  OrganizationType(ParticipantGroup participantGroup) {
    this.participantGroup = participantGroup;
  }

  /** The criteria group of a plan this kind of organisation is judged by. */
  public ParticipantGroup participantGroup() {
    return participantGroup;
  }

  public String labelKey() {
    return "organization.type." + name();
  }

  /** The criteria groups plans use for collectives. */
  public enum ParticipantGroup {
    AGENCY,
    FRONT_AND_MASS_ORG,
    ENTERPRISE
  }
}
