package vn.thidua.organization;

/** An organisation as pages and the API show it. */
public record OrganizationView(
    long id,
    String unitCode,
    String unitName,
    Long parentId,
    String parentName,
    OrganizationType type,
    String name,
    String shortName,
    String taxCode,
    String address,
    String phone,
    String email,
    boolean active,
    String path,
    long version,
    int people) {}
