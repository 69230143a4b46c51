package vn.thidua.initiative;

/**
 * A nomination of an exemplary model or person: story, figures, theme, and for a person the name
 * and unit they agreed to publish ({@code consent}).
 */
public record ExemplaryModelCommand(
    ExemplaryModelView.Kind kind,
    String title,
    String story,
    String figures,
    Long movementId,
    String theme,
    Long organizationId,
    Long personId,
    String publicName,
    String publicUnit,
    Boolean consent,
    Long version) {}
