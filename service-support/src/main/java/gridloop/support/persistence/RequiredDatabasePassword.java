package gridloop.support.persistence;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the database password when the service starts, so a production start without QUARKUS_DATASOURCE_PASSWORD
 * fails at once and names the setting ({@code %prod.quarkus.datasource.password=${QUARKUS_DATASOURCE_PASSWORD}}).
 * The datasource alone reads it only when it connects, and a server that trusts local connections (the embedded
 * one) lets a service without it run. The outbox's LISTEN connection used to read it; this check does so on purpose.
 */
@Startup
@ApplicationScoped
public class RequiredDatabasePassword {

    RequiredDatabasePassword(@ConfigProperty(name = "quarkus.datasource.password") String password) {
        if (password.isBlank()) {
            throw new IllegalStateException("quarkus.datasource.password is empty: set QUARKUS_DATASOURCE_PASSWORD");
        }
    }
}
