/**
 * Movements and their plans: parsing plan documents, rendering them in the state format, the
 * cascade from the national plan down to the communes.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"kernel", "organization", "rulebook", "document"})
package vn.thidua.movement;
