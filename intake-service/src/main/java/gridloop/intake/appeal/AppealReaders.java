package gridloop.intake.appeal;

import gridloop.intake.photo.AppealReadAccess;
import gridloop.intake.photo.AppealReader;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The one rule of who may read an appeal (and so its photos): operators; its owner, the account that submitted it;
 * a follower (the reporter or a supporter of a duplicate merged into it); and those who hold its task, the grid worker
 * and the department it was escalated to. Anyone else is told it does not exist.
 */
@ApplicationScoped
public class AppealReaders implements AppealReadAccess {

    private final AppealRepository appeals;

    AppealReaders(AppealRepository appeals) {
        this.appeals = appeals;
    }

    @Override
    public Uni<Boolean> mayRead(UUID appealId, AppealReader reader) {
        return appeals.findById(appealId).chain(appeal -> appeal == null ? Uni.createFrom().item(false)
                : mayRead(appeal, reader));
    }

    public Uni<Boolean> mayRead(Appeal appeal, AppealReader reader) {
        if (reader.operator() || appeal.isOwnedBy(reader.subject())
                || reader.workerId().filter(worker -> appeal.heldBy(false, worker)).isPresent()
                || reader.department().filter(department -> appeal.heldBy(true, department)).isPresent()) {
            return Uni.createFrom().item(true);
        }
        return appeals.isFollowedBy(appeal.id, reader.subject());
    }
}
