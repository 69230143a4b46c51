package vn.thidua.initiative;

import java.time.Instant;
import java.util.List;

/**
 * A published exemplary model as the public portal shows it: no personal data beyond the name and
 * unit the person agreed to publish.
 */
public record PublicModel(
    long id,
    ExemplaryModelView.Kind kind,
    String title,
    String story,
    String figures,
    String theme,
    String name,
    String unit,
    String place,
    Instant publishedAt,
    List<Long> photoIds,
    List<ExemplaryModelView.Replication> replications) {}
