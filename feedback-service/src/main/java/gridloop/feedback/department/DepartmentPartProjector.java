package gridloop.feedback.department;

import gridloop.events.AppealCoHandled;
import gridloop.events.AppealEscalated;
import gridloop.events.AppealEvent;
import gridloop.events.AppealPartReported;
import gridloop.events.AppealReportedIn;
import gridloop.events.AppealSentBack;
import gridloop.feedback.department.DepartmentPartStatements.Role;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Records what dispatch tells of the departments' side of an appeal, for the department evaluation. */
@ApplicationScoped
public class DepartmentPartProjector {

    private final DepartmentPartStatements parts;

    DepartmentPartProjector(DepartmentPartStatements parts) {
        this.parts = parts;
    }

    public Uni<Void> apply(AppealEvent event) {
        if (event instanceof AppealEscalated e) {
            return parts.engaged(e.appealId(), e.department(), e.departmentName(), Role.LEAD, e.occurredAt());
        }
        if (event instanceof AppealCoHandled e) {
            Uni<Void> lead = parts.engaged(e.appealId(), e.lead(), e.leadName(), Role.LEAD, e.occurredAt());
            return lead.chain(() -> Multi.createFrom().range(0, e.assisting().size()).onItem()
                    .transformToUniAndConcatenate(i -> parts.engaged(e.appealId(), e.assisting().get(i),
                            i < e.assistingNames().size() ? e.assistingNames().get(i) : null, Role.ASSISTING,
                            e.occurredAt()))
                    .collect().last().replaceWithVoid());
        }
        if (event instanceof AppealReportedIn e) {
            return parts.reportedIn(e.appealId(), e.department(), e.occurredAt());
        }
        if (event instanceof AppealSentBack e) {
            return parts.sentBack(e.appealId(), e.department(), e.occurredAt());
        }
        if (event instanceof AppealPartReported e) {
            return parts.partReported(e.appealId(), e.department(), e.occurredAt());
        }
        return Uni.createFrom().voidItem();
    }
}
