package gridloop.intake.photo;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.WorkerExecutor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the photos' heavy work runs: reading an upload, checking, stripping and shrinking it, and talking to the
 * object store, on a few threads of their own ({@code gridloop.photos.workers}, 2: the work is CPU-bound) and never
 * on the event loop. Uploads beyond them wait their turn with their bytes still on disk (multipart), so twenty phones
 * at once cost the memory of two photos in hand, not twenty; the answer comes back on the request's own context.
 */
@ApplicationScoped
public class PhotoWork {

    private final WorkerExecutor workers;

    PhotoWork(Vertx vertx, @ConfigProperty(name = "gridloop.photos.workers", defaultValue = "2") int workers) {
        this.workers = vertx.createSharedWorkerExecutor("photo-work", workers);
    }

    public <T> Uni<T> run(Supplier<T> work) {
        return workers.executeBlocking(Uni.createFrom().item(work), true);
    }

    @PreDestroy
    void close() {
        workers.closeAndAwait();
    }
}
