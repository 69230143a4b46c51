package vn.thidua.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.thidua.kernel.MessageKey;

/**
 * Conflict of interest, for every module where a person judges a case (scores, reviews, appraises,
 * votes on, decides, recognises): nobody judges a case whose subject or author is themselves, a
 * relative they or the other declared (both directions of {@code person_relative}), or an
 * organisation they belong to. The caller names the people and organisations of the case; this
 * answers why a judge may not act, and who may act instead.
 */
public interface Impartiality {

  /**
   * The first reason why the person may not judge the case, or empty. A judge without a person in
   * the directory ({@code null}) has no known ties: only their own declaration can stop them.
   */
  Optional<Conflict> conflict(Long judgePersonId, Case c);

  /** {@link #conflict(Long, Case)} for a signed-in user (their linked person). */
  default Optional<Conflict> conflict(Actor judge, Case c) {
    return conflict(judge == null ? null : judge.personId(), c);
  }

  /**
   * Enabled users other than {@code exceptUsername} holding {@code permission} over {@code path}
   * (system administrators aside) with no conflict with the case, those of the narrowest scope
   * first: the deputy or another member who can take the case over. Empty: nobody at this level.
   */
  List<Accounts.Recipient> whoMayAct(
      Permission permission, String path, Case c, String exceptUsername);

  /**
   * {@link #whoMayAct} as a refusal names them: "Lương Văn Khải (phochutich.habac), …", or the
   * message that nobody at this level can.
   */
  default Object whoMayActNamed(Permission permission, String path, Case c, String exceptUsername) {
    List<String> names =
        whoMayAct(permission, path, c, exceptUsername).stream()
            .map(r -> r.displayName() + " (" + r.username() + ")")
            .toList();
    return names.isEmpty() ? new MessageKey("conflict.nobody") : String.join(", ", names);
  }

  /** Among the given users, those with no conflict with the case (by user name, in order). */
  List<String> withoutConflict(Collection<String> usernames, Case c);

  /**
   * The people the case is about (authors, subject, nominee) and the organisations whose members
   * may not judge it (the filing or nominated organisation; for peer review also the authors'
   * organisations).
   */
  record Case(Set<Long> people, Set<Long> organizations) {
    public Case {
      people = people == null ? Set.of() : Set.copyOf(people);
      organizations = organizations == null ? Set.of() : Set.copyOf(organizations);
    }
  }

  /** Why a person may not judge a case. */
  enum Reason {
    /** The judge is the subject or an author. */
    SELF,
    /** The subject or an author is a declared relative of the judge. */
    RELATIVE,
    /** The judge belongs to an organisation of the case. */
    ORGANIZATION
  }

  /**
   * A conflict: the reason, the person or organisation concerned (by name) and, for a relative, the
   * relation. {@link #message()} says it in Vietnamese through the bundle.
   */
  record Conflict(Reason reason, String concerning, Relation relation) {

    /** "bạn là tác giả…", "… là người thân (vợ hoặc chồng) của bạn…", "… thuộc {org} …". */
    public MessageKey message() {
      return switch (reason) {
        case SELF -> new MessageKey("conflict.reason.SELF", concerning);
        case RELATIVE ->
            new MessageKey(
                "conflict.reason.RELATIVE",
                concerning,
                new MessageKey(relation == null ? "relation.OTHER" : relation.labelKey()));
        case ORGANIZATION -> new MessageKey("conflict.reason.ORGANIZATION", concerning);
      };
    }
  }
}
