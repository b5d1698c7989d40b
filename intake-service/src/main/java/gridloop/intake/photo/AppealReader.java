package gridloop.intake.photo;

import gridloop.events.Actor;
import java.util.Optional;

/**
 * Who asks to read an appeal or one of its photos: the token's subject, the actor the event contract names them by, whether they are an
 * operator, and, for a handler, the worker's roster id or the department's code.
 */
public record AppealReader(String subject, Actor actor, boolean operator, Optional<String> workerId,
        Optional<String> department) {
}
