/**
 * Initiatives (sáng kiến, giải pháp) with their authors and shares, reviewed by the council of a
 * level with a weighted rubric, recognised with a scope of effect; likely duplicates found by
 * trigram similarity; exemplary models nominated, approved and published to the public portal, with
 * the places that replicated them.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"kernel", "organization", "movement", "document"})
package vn.thidua.initiative;
