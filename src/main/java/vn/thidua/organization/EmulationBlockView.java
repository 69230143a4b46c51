package vn.thidua.organization;

import java.util.List;

/** An emulation block or cluster with its leader, deputy and members for a year. */
public record EmulationBlockView(
    long id,
    String unitCode,
    String unitName,
    Kind kind,
    String name,
    int year,
    Long leaderId,
    String leaderName,
    Long deputyId,
    String deputyName,
    boolean active,
    List<Member> members,
    long version) {

  /** Khối (block) or cụm (cluster). */
  public enum Kind {
    BLOCK,
    CLUSTER
  }

  /** A member organisation. */
  public record Member(long id, String name, OrganizationType type) {}
}
