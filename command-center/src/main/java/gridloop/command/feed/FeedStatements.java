package gridloop.command.feed;

import gridloop.events.AppealEvent;
import gridloop.events.FacilityRecorded;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import gridloop.events.wording.EventWording;
import gridloop.events.wording.EventWording.Wording;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Appends an applied event to the live feed, in the caller's transaction. The number comes from
 * {@code feed_counter}, whose row stays locked until the commit: transactions take numbers one after the other
 * and commit in that order, so a reader that has seen n has seen everything before n.
 */
@ApplicationScoped
public class FeedStatements {

    /** The line keeps what the event says, not a sentence: {@link FeedWording} words it for each reader. */
    public Uni<Void> append(String ceType, AppealEvent event) {
        return append(ceType, event.appealId(), null, event.occurredAt(), EventWording.of(event));
    }

    /** A facility's new status (see {@code PlaceStatements.StatusMove#worthTelling}), as a line of its own. */
    public Uni<Void> append(String ceType, FacilityRecorded facility) {
        return append(ceType, null, facility.facilityId(), facility.occurredAt(), EventWording.of(facility));
    }

    private Uni<Void> append(String ceType, UUID appealId, UUID facilityId, Instant at, Wording wording) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "update feed_counter set last_id = last_id + 1 where id = 1").executeUpdate()
                .chain(() -> session.createNativeQuery("""
                                insert into feed_event (id, appeal_id, facility_id, ce_type, occurred_at, phrase, params)
                                select last_id, :appeal, :facility, :type, :at, :phrase, :params
                                from feed_counter where id = 1
                                """)
                        .setParameter("appeal", appealId).setParameter("facility", facilityId)
                        .setParameter("type", ceType).setParameter("at", at)
                        .setParameter("phrase", wording.phrase().name())
                        .setParameter("params", EventWording.paramsToJson(wording.params()))
                        .executeUpdate()))
                .replaceWithVoid();
    }
}
