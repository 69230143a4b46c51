package vn.thidua.organization.web;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.organization.EmulationBlockCommand;
import vn.thidua.organization.EmulationBlockView;

/** The emulation block form of the pages. */
class BlockForm {

  private String unitCode;
  private EmulationBlockView.Kind kind = EmulationBlockView.Kind.BLOCK;
  private String name;
  private Integer year;
  private Long leaderId;
  private Long deputyId;
  private List<Long> memberIds = new ArrayList<>();
  private Long version;

  static BlockForm of(EmulationBlockView v) {
    BlockForm f = new BlockForm();
    f.unitCode = v.unitCode();
    f.kind = v.kind();
    f.name = v.name();
    f.year = v.year();
    f.leaderId = v.leaderId();
    f.deputyId = v.deputyId();
    f.memberIds = new ArrayList<>(v.members().stream().map(EmulationBlockView.Member::id).toList());
    f.version = v.version();
    return f;
  }

  EmulationBlockCommand toCommand() {
    return new EmulationBlockCommand(
        unitCode, kind, name, year, leaderId, deputyId, memberIds, version);
  }

  public String getUnitCode() {
    return unitCode;
  }

  public void setUnitCode(String unitCode) {
    this.unitCode = unitCode;
  }

  public EmulationBlockView.Kind getKind() {
    return kind;
  }

  public void setKind(EmulationBlockView.Kind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Long getLeaderId() {
    return leaderId;
  }

  public void setLeaderId(Long leaderId) {
    this.leaderId = leaderId;
  }

  public Long getDeputyId() {
    return deputyId;
  }

  public void setDeputyId(Long deputyId) {
    this.deputyId = deputyId;
  }

  public List<Long> getMemberIds() {
    return memberIds;
  }

  public void setMemberIds(List<Long> memberIds) {
    this.memberIds = memberIds == null ? new ArrayList<>() : memberIds;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
