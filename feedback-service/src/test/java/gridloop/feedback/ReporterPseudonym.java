package gridloop.feedback;

import gridloop.support.security.Pseudonyms;
import gridloop.testkit.Tokens;
import io.quarkus.arc.Arc;

/** What intake's submitted event names as the reporter when the tests' resident submits: its pseudonym. */
final class ReporterPseudonym {

    private ReporterPseudonym() {
    }

    static String of(String username) {
        return Arc.container().instance(Pseudonyms.class).get().of(username);
    }

    static String resident() {
        return of(Tokens.RESIDENT);
    }
}
