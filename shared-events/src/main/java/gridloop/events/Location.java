package gridloop.events;

/** WGS84 point where the problem is, with an optional free-text address. */
public record Location(double latitude, double longitude, String address) {
}
