package gridloop.command.action;

import gridloop.command.messages.CommandMessages;
import gridloop.support.i18n.Text;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** An appeal's photos for the operator's details panel: relayed from intake as they are, refusals included. */
@ApplicationScoped
public class PhotoReads {

    private final IntakeClient intake;
    private final OperatorToken token;

    PhotoReads(@RestClient IntakeClient intake, OperatorToken token) {
        this.intake = intake;
        this.token = token;
    }

    public Uni<Response> ofAppeal(UUID appealId) {
        return relay(() -> intake.appealPhotos(token.authorization(), appealId));
    }

    public Uni<Response> photo(UUID id, boolean thumbnail) {
        return relay(() -> thumbnail ? intake.thumbnail(token.authorization(), id)
                : intake.photo(token.authorization(), id));
    }

    private static Uni<Response> relay(Supplier<Uni<Response>> call) {
        return Relay.answer("intake", call, Text.of(CommandMessages.class, CommandMessages::intakeUnavailable),
                Text.of(CommandMessages.class, CommandMessages::intakeUnavailableDetail));
    }
}
