/**
 * The public portal, without sign-in: the movement and each level's issued plans with their phases,
 * deadlines and the cascade of who has issued, honour lists by level and year (only the name, unit
 * and form a decision publishes), recognised initiatives, exemplary models, notices and the
 * certificate check. Read models only, through the APIs of the modules it shows.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "kernel",
      "organization",
      "movement",
      "commendation",
      "initiative",
      "news"
    })
package vn.thidua.portal;
