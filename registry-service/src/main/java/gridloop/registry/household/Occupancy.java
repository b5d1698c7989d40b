package gridloop.registry.household;

/** How a dwelling is lived in. */
public enum Occupancy {
    OWNER_OCCUPIED, RENTED, VACANT
}
