package vn.thidua.initiative;

import java.time.LocalDate;
import java.util.List;

/**
 * Recognised initiatives as other modules need them (the eligibility of a nomination, the
 * confirmation of Mẫu số 13): read through this module, never from its tables.
 */
public interface InitiativeRecords {

  /**
   * Every recognised initiative for the public portal: title, the unit that applied it, the place,
   * the widest scope and its latest decision; no author and nothing personal. Newest first.
   */
  List<PublicInitiative> recognised();

  /** A recognised initiative as the public sees it. */
  record PublicInitiative(
      long id,
      String title,
      String unit,
      String place,
      String scope,
      int year,
      String decisionNumber,
      LocalDate decisionDate) {}

  /**
   * The initiatives recognised with a decision dated in the years given, of units at and below an
   * administrative unit's path, and the exemplary models published there in those years: what a
   * review round freezes. Oldest decision first.
   */
  Period period(String unitPath, int fromYear, int toYear);

  /** A period's recognised initiatives and published models. */
  record Period(List<PublicInitiative> initiatives, List<String> publishedModels) {}

  /**
   * The recognition decisions of the initiatives each of many people authored, by person, oldest
   * first (a batch of eligibility checks reads them at once).
   */
  java.util.Map<Long, List<Recognition>> recognitionsOfAuthors(java.util.Collection<Long> people);

  /**
   * A recognised initiative's organisation and the year its latest recognition counts in, or empty
   * when it is not recognised.
   */
  java.util.Optional<Counted> counted(long initiativeId);

  /** How many initiatives of an organisation are recognised with a decision dated in a year. */
  int recognisedCount(long organizationId, int year);

  /**
   * An exemplary model's organisation and the years its publication and replications count in
   * (empty years when it was never published nor replicated), or empty when there is no such model.
   */
  java.util.Optional<ModelCounted> modelCounted(long modelId);

  /** How many exemplary models of an organisation are published, with publication in a year. */
  int publishedModelCount(long organizationId, int year);

  /**
   * How many replications ("nhân rộng") of an organisation's approved or published models started
   * in a year (the day it was recorded when no start is given).
   */
  int replicationCount(long organizationId, int year);

  /** Where and in which years an exemplary model counts. */
  record ModelCounted(long modelId, long organizationId, java.util.Set<Integer> years) {
    public ModelCounted {
      years = java.util.Set.copyOf(years);
    }
  }

  /** Where and when a recognised initiative counts. */
  record Counted(long initiativeId, long organizationId, int year) {}

  /** Every recognition decision of the initiatives a person authored, oldest first. */
  List<Recognition> recognitionsOfAuthor(long personId);

  /**
   * One recognition decision.
   *
   * @param scope BASE, PROVINCE or NATIONAL
   * @param countsFrom the day from which it counts (its year is the year it counts in)
   */
  record Recognition(
      long initiativeId,
      String title,
      String scope,
      String decisionNumber,
      LocalDate decisionDate,
      String signer,
      LocalDate countsFrom) {}
}
