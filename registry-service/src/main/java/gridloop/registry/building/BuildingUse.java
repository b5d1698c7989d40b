package gridloop.registry.building;

/** What a building is used for. */
public enum BuildingUse {
    RESIDENTIAL, MIXED, PUBLIC
}
