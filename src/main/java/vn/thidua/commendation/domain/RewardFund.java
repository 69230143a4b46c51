package vn.thidua.commendation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.kernel.AuditTrail;
import vn.thidua.kernel.BusinessRuleViolation;
import vn.thidua.kernel.NotFound;
import vn.thidua.organization.Actor;
import vn.thidua.organization.Permission;
import vn.thidua.organization.UnitDirectory;

/**
 * The reward fund of a level and year against the bonuses its decisions award (paid by the deciding
 * level, ND 152/2025 Đ47 k2): totals per decision and per year, what is left, and a warning before
 * a decision would exceed it.
 */
@Service
public class RewardFund {

  private final JdbcClient jdbc;
  private final UnitDirectory units;
  private final AuditTrail audit;

  RewardFund(JdbcClient jdbc, UnitDirectory units, AuditTrail audit) {
    this.jdbc = jdbc;
    this.units = units;
    this.audit = audit;
  }

  /** A level's fund for a year: set amount (null when not set), awarded so far, left. */
  public record Summary(
      String unitCode,
      String unitName,
      int year,
      BigDecimal fund,
      BigDecimal awarded,
      BigDecimal left,
      List<Map<String, Object>> decisions) {

    public String fundText() {
      return vn.thidua.kernel.VietnameseNumbers.format(fund);
    }

    public String awardedText() {
      return vn.thidua.kernel.VietnameseNumbers.format(awarded);
    }

    public String leftText() {
      return vn.thidua.kernel.VietnameseNumbers.format(left);
    }
  }

  /**
   * The level's fund is read by whoever proposes, votes, decides or supervises there (the Front
   * supervises how it is spent); another level's answers as a unit that does not exist.
   */
  private UnitDirectory.Unit readable(Actor actor, String unitCode) {
    UnitDirectory.Unit u = reachable(actor, unitCode);
    if (!actor.may(Permission.MANAGE_NOMINATIONS, u.path())
        && !actor.may(Permission.DECIDE_AWARDS, u.path())
        && !actor.may(Permission.VOTE_AWARDS, u.path())
        && !actor.may(Permission.SUPERVISE, u.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    return u;
  }

  private UnitDirectory.Unit reachable(Actor actor, String unitCode) {
    UnitDirectory.Unit u = units.unit(unitCode).orElseThrow(() -> new NotFound("unit.not-found"));
    if (!actor.reaches(u.path())) {
      throw new NotFound("unit.not-found");
    }
    return u;
  }

  @Transactional
  public Summary set(Actor actor, String unitCode, int year, BigDecimal amount) {
    UnitDirectory.Unit u = reachable(actor, unitCode);
    // The office records the fund the level's budget sets aside.
    if (!actor.may(Permission.MANAGE_NOMINATIONS, u.path())) {
      throw new AccessDeniedException("error.forbidden");
    }
    if (amount == null || amount.signum() < 0) {
      throw BusinessRuleViolation.onField("amount", "fund.amount-invalid");
    }
    jdbc.sql(
            """
            insert into reward_fund (unit_code, year, amount, set_by) values (:u, :y, :a, :who)
            on conflict (unit_code, year) do update set amount = excluded.amount, set_by = excluded.set_by, set_at = now()
            """)
        .param("u", u.code())
        .param("y", year)
        .param("a", amount)
        .param("who", actor.getUsername())
        .update();
    audit.record("fund.set", "reward_fund", u.code() + "/" + year, null, Map.of("amount", amount));
    return summary(actor, unitCode, year);
  }

  @Transactional(readOnly = true)
  public Summary summary(Actor actor, String unitCode, int year) {
    UnitDirectory.Unit u = readable(actor, unitCode);
    return summary(u, year);
  }

  Summary summary(UnitDirectory.Unit u, int year) {
    BigDecimal fund =
        jdbc.sql("select amount from reward_fund where unit_code = :u and year = :y")
            .param("u", u.code())
            .param("y", year)
            .query(BigDecimal.class)
            .optional()
            .orElse(null);
    List<Map<String, Object>> decisions =
        jdbc.sql(
                """
                select decision_number, decision_date, count(*) as awards, sum(coalesce(bonus, 0)) as total
                from award_record where deciding_unit = :u and extract(year from decision_date) = :y and not revoked
                group by decision_number, decision_date order by decision_date, decision_number
                """)
            .param("u", u.code())
            .param("y", year)
            .query()
            .listOfRows();
    BigDecimal awarded =
        decisions.stream()
            .map(d -> (BigDecimal) d.get("total"))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Summary(
        u.code(),
        u.name(),
        year,
        fund,
        awarded,
        fund == null ? null : fund.subtract(awarded),
        decisions);
  }

  /** The bonus a decision would add, if it would take the level's fund past its amount. */
  @Transactional(readOnly = true)
  public BigDecimal overrun(String unitCode, int year, BigDecimal bonus) {
    UnitDirectory.Unit u = units.unit(unitCode).orElseThrow();
    Summary s = summary(u, year);
    if (s.fund() == null || bonus == null) {
      return null;
    }
    BigDecimal after = s.awarded().add(bonus);
    return after.compareTo(s.fund()) > 0 ? after.subtract(s.fund()) : null;
  }
}
