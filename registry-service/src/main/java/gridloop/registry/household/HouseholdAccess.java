package gridloop.registry.household;

import gridloop.registry.map.MapPlaceQueries;
import gridloop.support.security.Caller;
import gridloop.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may see people: a household (its flags, and with a purpose its contact) is for registrars and the grid worker of
 * its grid, as dispatch's roster in force says; operators see counts, care groups included. Anyone else is answered as
 * if the household did not exist (404).
 */
@ApplicationScoped
public class HouseholdAccess {

    private final MapPlaceQueries places;

    HouseholdAccess(MapPlaceQueries places) {
        this.places = places;
    }

    /** Whether the caller may see the households of a grid. */
    public Uni<Boolean> maySeeHouseholds(Caller caller, String gridId) {
        if (caller.is(Roles.REGISTRAR)) {
            return Uni.createFrom().item(true);
        }
        return caller.workerId().map(worker -> places.works(worker, gridId)).orElse(Uni.createFrom().item(false));
    }

    /** Whether the caller may see how many households of a building are in each care group. */
    public Uni<Boolean> maySeeCareGroups(Caller caller, String gridId) {
        return caller.is(Roles.OPERATOR) ? Uni.createFrom().item(true) : maySeeHouseholds(caller, gridId);
    }
}
