package vn.thidua.organization.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.thidua.organization.PersonCategory;
import vn.thidua.organization.PersonCommand;
import vn.thidua.organization.PersonView;

/** The person form of the pages. */
class PersonForm {

  private Long organizationId;
  private String fullName;
  private PersonView.Gender gender;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate birthDate;

  private String position;
  private PersonCategory category;
  private boolean directWorker;
  private String email;
  private String phone;
  private Long version;

  static PersonForm of(PersonView v) {
    PersonForm f = new PersonForm();
    f.organizationId = v.organizationId();
    f.fullName = v.fullName();
    f.gender = v.gender();
    f.birthDate = v.birthDate();
    f.position = v.position();
    f.category = v.category();
    f.directWorker = v.directWorker();
    f.email = v.email();
    f.phone = v.phone();
    f.version = v.version();
    return f;
  }

  PersonCommand toCommand() {
    return new PersonCommand(
        organizationId,
        fullName,
        gender,
        birthDate,
        position,
        category,
        directWorker,
        email,
        phone,
        version);
  }

  public Long getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(Long organizationId) {
    this.organizationId = organizationId;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public PersonView.Gender getGender() {
    return gender;
  }

  public void setGender(PersonView.Gender gender) {
    this.gender = gender;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
  }

  public PersonCategory getCategory() {
    return category;
  }

  public void setCategory(PersonCategory category) {
    this.category = category;
  }

  public boolean isDirectWorker() {
    return directWorker;
  }

  public void setDirectWorker(boolean directWorker) {
    this.directWorker = directWorker;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
