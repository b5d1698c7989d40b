package gridloop.localstack;

/** Where a service's packaged jar is and what its database is called, from its name. */
public final class ServiceModules {

    public static final String COMMAND_CENTER = "command-center";
    public static final String REGISTRY = "registry";

    private ServiceModules() {
    }

    /** The Maven module: {@code intake-service}, ..., and {@code command-center}. */
    public static String module(String service) {
        return service.equals(COMMAND_CENTER) ? service : service + "-service";
    }

    /** Its database, and the role it connects as: a plain SQL name ({@code command_center}). */
    public static String database(String service) {
        return service.replace('-', '_');
    }
}
