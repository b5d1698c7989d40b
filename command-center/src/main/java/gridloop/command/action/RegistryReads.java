package gridloop.command.action;

import gridloop.command.messages.CommandMessages;
import gridloop.support.i18n.Text;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Contacts and households, read from the registry for the operator who asks, never kept here: the registry checks
 * the operator's role and the purpose, logs the read, and its answer (a refusal's problem+json included) is relayed.
 */
@ApplicationScoped
public class RegistryReads {

    private final RegistryClient registry;
    private final OperatorToken token;

    RegistryReads(@RestClient RegistryClient registry, OperatorToken token) {
        this.registry = registry;
        this.token = token;
    }

    public Uni<Response> organisationContact(UUID id, String purpose) {
        return relay(() -> registry.organisationContact(token.authorization(), id, purpose));
    }

    public Uni<Response> households(String buildingId) {
        return relay(() -> registry.households(token.authorization(), buildingId));
    }

    public Uni<Response> householdContact(UUID id, String purpose) {
        return relay(() -> registry.householdContact(token.authorization(), id, purpose));
    }

    private static Uni<Response> relay(Supplier<Uni<Response>> call) {
        return Relay.answer("registry", call, Text.of(CommandMessages.class, CommandMessages::registryUnavailable),
                Text.of(CommandMessages.class, CommandMessages::registryUnavailableDetail));
    }
}
