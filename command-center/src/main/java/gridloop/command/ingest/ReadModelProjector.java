package gridloop.command.ingest;

import gridloop.command.duty.RosterStatements;
import gridloop.command.feed.FeedStatements;
import gridloop.command.map.MapUnitStatements;
import gridloop.command.map.UnitRateStatements;
import gridloop.command.marker.MarkerProjector;
import gridloop.command.place.PlaceStatements;
import gridloop.events.AppealEvent;
import gridloop.events.BuildingRecorded;
import gridloop.events.EvaluationSnapshot;
import gridloop.events.FacilityRecorded;
import gridloop.events.GridMapInForce;
import gridloop.events.GridRosterInForce;
import gridloop.events.OrganisationRecorded;
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
    private final PlaceStatements places;
    private final RosterStatements rosters;

    ReadModelProjector(MarkerProjector markers, MapUnitStatements mapUnits, UnitRateStatements rates, FeedStatements feed,
            PlaceStatements places, RosterStatements rosters) {
        this.markers = markers;
        this.mapUnits = mapUnits;
        this.rates = rates;
        this.feed = feed;
        this.places = places;
        this.rosters = rosters;
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
        if (incoming.payload() instanceof BuildingRecorded building) {
            return places.apply(building);
        }
        if (incoming.payload() instanceof FacilityRecorded facility) {
            return places.apply(facility).chain(move -> move.worthTelling()
                    ? feed.append(incoming.type(), facility) : Uni.createFrom().voidItem());
        }
        if (incoming.payload() instanceof OrganisationRecorded organisation) {
            return places.apply(organisation);
        }
        if (incoming.payload() instanceof GridRosterInForce roster) {
            return rosters.apply(roster);
        }
        return Uni.createFrom().voidItem();
    }
}
