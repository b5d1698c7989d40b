package gridloop.dispatch.grid;

/** The four levels of the grid map, from the largest. */
public enum GridLevel {
    STREET, COMMUNITY, GRID, BUILDING;

    public String json() {
        return name().toLowerCase();
    }
}
