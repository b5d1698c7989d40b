package gridloop.intake.photo;

import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * Whether a reader may read an appeal: its photos are read by exactly those. The rule lives with the appeals
 * ({@code gridloop.intake.appeal.AppealReaders}); this package only asks.
 */
public interface AppealReadAccess {

    Uni<Boolean> mayRead(UUID appealId, AppealReader reader);
}
