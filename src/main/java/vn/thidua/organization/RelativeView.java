package vn.thidua.organization;

import java.time.Instant;

/**
 * A declared relative of a person: who they are, how they are related (as the declaring person
 * said), and whether the person declared them or was declared by them.
 */
public record RelativeView(
    long relativeId,
    String fullName,
    String organizationName,
    Relation relation,
    boolean declaredByPerson,
    String declaredBy,
    Instant declaredAt) {}
