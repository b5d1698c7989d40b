package gridloop.command.ingest;

import gridloop.command.feed.FeedStatements;
import gridloop.command.map.MapUnitStatements;
import gridloop.command.map.UnitRateStatements;
import gridloop.command.marker.MarkerProjector;
import gridloop.events.AppealEvent;
import gridloop.events.EvaluationSnapshot;
import gridloop.events.GridMapInForce;
import gridloop.support.inbox.IncomingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Routes each event to the part of the read model it changes; runs inside the inbox transaction. */
@ApplicationScoped
public class ReadModelProjector {

    private final MarkerProjector markers;
    private final MapUnitStatements mapUnits;
    private final UnitRateStatements rates;
    private final FeedStatements feed;

    ReadModelProjector(MarkerProjector markers, MapUnitStatements mapUnits, UnitRateStatements rates, FeedStatements feed) {
        this.markers = markers;
        this.mapUnits = mapUnits;
        this.rates = rates;
        this.feed = feed;
    }

    public Uni<Void> apply(IncomingEvent incoming) {
        if (incoming.payload() instanceof AppealEvent event) {
            return markers.apply(event).chain(() -> feed.append(incoming.type(), event));
        }
        if (incoming.payload() instanceof GridMapInForce map) {
            return mapUnits.apply(map);
        }
        if (incoming.payload() instanceof EvaluationSnapshot snapshot) {
            return rates.apply(snapshot);
        }
        return Uni.createFrom().voidItem();
    }
}
