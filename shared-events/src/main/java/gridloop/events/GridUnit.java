package gridloop.events;

/** A unit of the grid map (street, community, grid or building) as named on events. */
public record GridUnit(String id, String name) {
}
