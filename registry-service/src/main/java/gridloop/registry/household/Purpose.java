package gridloop.registry.household;

import gridloop.registry.messages.RegistryMessages;
import gridloop.support.i18n.Text;
import gridloop.support.problem.ApiException;

/** Why someone reads a contact: required, 4 to 200 characters, kept in the access log with the read. */
public final class Purpose {

    private Purpose() {
    }

    /** The purpose, trimmed; @throws ApiException 400 when it is missing, too short or too long */
    public static String checked(String purpose) {
        String trimmed = purpose == null ? "" : purpose.strip();
        if (trimmed.length() < 4 || trimmed.length() > 200) {
            Text why = Text.of(RegistryMessages.class, RegistryMessages::purposeSaysWhy);
            throw ApiException.badRequest(why, ApiException.violation("purpose", why));
        }
        return trimmed;
    }
}
