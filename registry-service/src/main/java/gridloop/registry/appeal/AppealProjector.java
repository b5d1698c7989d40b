package gridloop.registry.appeal;

import gridloop.events.AppealAssigned;
import gridloop.events.AppealClosed;
import gridloop.events.AppealRejected;
import gridloop.events.AppealReopened;
import gridloop.events.AppealResolved;
import gridloop.events.AppealSubmitted;
import gridloop.events.AppealWithdrawn;
import gridloop.events.GridLoopEvent;
import gridloop.registry.facility.FacilityStatements;
import gridloop.registry.facility.FacilityStatus;
import gridloop.registry.publish.RegistryRecords;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Where appeals meet the registry: an appeal naming a facility is kept against it (its repeat faults) and moves its
 * status by {@link FacilityStatus}'s rule; an appeal dispatch located in a building is kept against the building.
 * A facility that moved is published again, in the same transaction.
 */
@ApplicationScoped
public class AppealProjector {

    private final AppealLinkStatements links;
    private final FacilityStatements facilities;
    private final RegistryRecords records;
    private final Clock clock;

    AppealProjector(AppealLinkStatements links, FacilityStatements facilities, RegistryRecords records, Clock clock) {
        this.links = links;
        this.facilities = facilities;
        this.records = records;
        this.clock = clock;
    }

    public Uni<Void> apply(GridLoopEvent event) {
        if (event instanceof AppealSubmitted submitted) {
            return links.submitted(submitted.appealId(), submitted.reference(), submitted.category(),
                    submitted.facilityId(), submitted.occurredAt())
                    .chain(() -> move(submitted.appealId(), FacilityStatus::afterFaultReported));
        }
        if (event instanceof AppealAssigned assigned) {
            return assigned.buildingId() == null ? Uni.createFrom().voidItem()
                    : links.located(assigned.appealId(), assigned.buildingId()).replaceWithVoid();
        }
        if (event instanceof AppealResolved resolved) {
            String outcome = resolved.outcomeOrFixed();
            return links.resolved(resolved.appealId(), outcome, resolved.occurredAt())
                    .chain(() -> AppealResolved.FIXED.equals(outcome)
                            ? move(resolved.appealId(), FacilityStatus::afterReportedFixed)
                            : Uni.createFrom().voidItem());
        }
        if (event instanceof AppealReopened reopened) {
            return links.open(reopened.appealId(), true, reopened.occurredAt())
                    .chain(() -> move(reopened.appealId(), FacilityStatus::afterFaultReported));
        }
        if (event instanceof AppealClosed || event instanceof AppealRejected || event instanceof AppealWithdrawn) {
            return links.open(((gridloop.events.AppealEvent) event).appealId(), false, event.occurredAt())
                    .replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> move(UUID appealId, UnaryOperator<FacilityStatus> rule) {
        return links.facilityOf(appealId).chain(facility -> facility.isEmpty() ? Uni.createFrom().voidItem()
                : facilities.statusForUpdate(facility.get()).chain(status -> {
                    if (status.isEmpty() || rule.apply(status.get()) == status.get()) {
                        return Uni.createFrom().voidItem();
                    }
                    return facilities.moveTo(facility.get(), rule.apply(status.get()), clock.instant())
                            .chain(() -> records.facilities(List.of(facility.get())));
                }));
    }
}
