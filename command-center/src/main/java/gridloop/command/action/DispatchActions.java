package gridloop.command.action;

import com.fasterxml.jackson.databind.JsonNode;
import gridloop.support.i18n.Text;
import gridloop.support.problem.ApiException;
import gridloop.command.messages.CommandMessages;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * What an operator may do from the page, done by dispatch: reassign a task to a worker or a grid, escalate it to
 * a department, and the lists those choices need. The command centre decides nothing here: it sends the
 * operator's request with the operator's own token and relays dispatch's answer, a refusal's problem+json
 * included, so the page can show its {@code detail}.
 */
@ApplicationScoped
public class DispatchActions {

    private final DispatchClient dispatch;
    private final OperatorToken token;

    DispatchActions(@RestClient DispatchClient dispatch, OperatorToken token) {
        this.dispatch = dispatch;
        this.token = token;
    }

    public Uni<Response> reassign(UUID appealId, JsonNode request) {
        JsonNode body = anObject(request);
        return relay(() -> dispatch.reassign(token.authorization(), appealId, body));
    }

    public Uni<Response> escalate(UUID appealId, JsonNode request) {
        JsonNode body = anObject(request);
        return relay(() -> dispatch.escalate(token.authorization(), appealId, body));
    }

    public Uni<Response> workers(String gridId) {
        return relay(() -> dispatch.workers(token.authorization(), gridId));
    }

    public Uni<Response> departments() {
        return relay(() -> dispatch.departments(token.authorization()));
    }

    private static JsonNode anObject(JsonNode request) {
        if (request == null || !request.isObject()) {
            throw ApiException.badRequest(Text.of(CommandMessages.class, CommandMessages::bodyMustBeObject),
                    ApiException.violation("body", Text.of(CommandMessages.class, CommandMessages::mustBeObject)));
        }
        return request;
    }

    private static Uni<Response> relay(Supplier<Uni<Response>> call) {
        return Relay.answer("dispatch", call, Text.of(CommandMessages.class, CommandMessages::dispatchUnavailable),
                Text.of(CommandMessages.class, CommandMessages::dispatchUnavailableDetail));
    }
}
