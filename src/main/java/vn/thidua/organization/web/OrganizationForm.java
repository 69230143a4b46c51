package vn.thidua.organization.web;

import vn.thidua.organization.OrganizationCommand;
import vn.thidua.organization.OrganizationType;
import vn.thidua.organization.OrganizationView;

/** The organisation form of the pages. */
class OrganizationForm {

  private String unitCode;
  private Long parentId;
  private OrganizationType type;
  private String name;
  private String shortName;
  private String taxCode;
  private String address;
  private String phone;
  private String email;
  private Long version;

  static OrganizationForm of(OrganizationView v) {
    OrganizationForm f = new OrganizationForm();
    f.unitCode = v.unitCode();
    f.parentId = v.parentId();
    f.type = v.type();
    f.name = v.name();
    f.shortName = v.shortName();
    f.taxCode = v.taxCode();
    f.address = v.address();
    f.phone = v.phone();
    f.email = v.email();
    f.version = v.version();
    return f;
  }

  OrganizationCommand toCommand() {
    return new OrganizationCommand(
        unitCode, parentId, type, name, shortName, taxCode, address, phone, email, version);
  }

  public String getUnitCode() {
    return unitCode;
  }

  public void setUnitCode(String unitCode) {
    this.unitCode = unitCode;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public OrganizationType getType() {
    return type;
  }

  public void setType(OrganizationType type) {
    this.type = type;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getShortName() {
    return shortName;
  }

  public void setShortName(String shortName) {
    this.shortName = shortName;
  }

  public String getTaxCode() {
    return taxCode;
  }

  public void setTaxCode(String taxCode) {
    this.taxCode = taxCode;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
