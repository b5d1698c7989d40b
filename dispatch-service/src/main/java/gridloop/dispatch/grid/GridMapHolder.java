package gridloop.dispatch.grid;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The map in force, read once at start-up from the configured GeoJSON resource. */
@ApplicationScoped
public class GridMapHolder {

    private final GridMap map;

    GridMapHolder(@ConfigProperty(name = "gridloop.grid-map.resource") String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Grid map resource not found: " + resource);
            }
            this.map = GeoJsonMapReader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read grid map " + resource, e);
        }
    }

    public GridMap current() {
        return map;
    }
}
