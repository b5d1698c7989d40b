package gridloop.dispatch.grid;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The map in force. Version 0 is the map shipped with the service ({@code gridloop.grid-map.resource});
 * a newer version uploaded by an operator is loaded from the database before the consumers start and then
 * polled for, so every instance switches within one refresh interval. Each version is parsed and indexed
 * once; callers get an immutable {@link GridMap}.
 */
@ApplicationScoped
public class GridMapHolder {

    private static final Logger LOG = Logger.getLogger(GridMapHolder.class);

    /** A map with the version it was stored as. */
    public record VersionedMap(long version, GridMap map) {
    }

    private final GridMapStatements store;
    private final AtomicReference<VersionedMap> inForce;

    GridMapHolder(@ConfigProperty(name = "gridloop.grid-map.resource") String resource, GridMapStatements store) {
        this.store = store;
        this.inForce = new AtomicReference<>(new VersionedMap(0, shipped(resource)));
    }

    public GridMap current() {
        return inForce.get().map();
    }

    public long version() {
        return inForce.get().version();
    }

    /** The map in force with its version, read together. */
    public VersionedMap inForce() {
        return inForce.get();
    }

    /** Puts a version in force unless a newer one already is (two uploads racing, or a refresh). */
    public void install(long version, GridMap map) {
        VersionedMap candidate = new VersionedMap(version, map);
        VersionedMap result = inForce.accumulateAndGet(candidate,
                (current, offered) -> offered.version() > current.version() ? offered : current);
        if (result == candidate) {
            LOG.infof("Grid map version %d in force (%d units)", version, map.units().size());
        }
    }

    // Before the messaging consumers start (they observe StartupEvent at a later priority), so no appeal is
    // located on the shipped map when an uploaded one is in force.
    void loadStoredMap(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        refresh().await().atMost(Duration.ofSeconds(60));
    }

    @Scheduled(every = "${gridloop.grid-map.refresh-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return store.newerThan(version()).invoke(found -> found.ifPresent(stored -> {
            try {
                install(stored.version(), GeoJsonMapReader.read(
                        new ByteArrayInputStream(stored.document().getBytes(StandardCharsets.UTF_8))));
            } catch (IOException | RuntimeException e) {
                // Validated at upload, so this means a hand-edited row: keep serving the map in force.
                LOG.errorf(e, "Stored grid map version %d cannot be used; keeping version %d", stored.version(),
                        version());
            }
        })).replaceWithVoid();
    }

    private static GridMap shipped(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Grid map resource not found: " + resource);
            }
            return GeoJsonMapReader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read grid map " + resource, e);
        }
    }
}
