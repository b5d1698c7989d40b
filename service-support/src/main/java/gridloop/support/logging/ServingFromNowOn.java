package gridloop.support.logging;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** After every other start-up observer: the service is about to serve (see {@link ExpectedWarnings}). */
@ApplicationScoped
class ServingFromNowOn {

    void started(@Observes @Priority(Integer.MAX_VALUE) StartupEvent start) {
        ExpectedWarnings.serving();
    }
}
