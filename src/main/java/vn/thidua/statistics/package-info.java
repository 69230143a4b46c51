/**
 * Official statistics of emulation and commendation (Thông tư 02/2023/TT-BNV, forms 0601–0605):
 * computed for a level and a year from the movements, the awards and the registry of bodies and
 * civil servants doing emulation work, rendered as .xlsx in the forms' layout. The forms are data
 * ({@code statistics/forms.json}): a new circular adds a version valid from its year, older years
 * keep theirs.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"kernel", "organization", "movement", "commendation"})
package vn.thidua.statistics;
