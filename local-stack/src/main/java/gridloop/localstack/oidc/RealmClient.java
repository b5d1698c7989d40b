package gridloop.localstack.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The realm's one client ({@code gridloop-app}, public), read from the same Keycloak realm export as the users: its
 * registered redirect URIs and which grants it may use. The local provider refuses what Keycloak would refuse.
 */
record RealmClient(String clientId, List<String> redirectUris, boolean passwordGrant, boolean codeFlow,
        boolean serviceAccount) {

    static RealmClient parse(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                List<String> uris = new ArrayList<>();
                client.path("redirectUris").forEach(uri -> uris.add(uri.asText()));
                return new RealmClient(clientId, List.copyOf(uris), client.path("directAccessGrantsEnabled").asBoolean(),
                        client.path("standardFlowEnabled").asBoolean(true), client.path("serviceAccountsEnabled").asBoolean());
            }
        }
        throw new IllegalStateException("The realm has no client " + clientId);
    }

    /**
     * Keycloak's rule for a registered redirect URI: an exact match, or a prefix match where the registered one ends in
     * {@code *}. Post-logout redirects follow the same list ({@code post.logout.redirect.uris: +}).
     */
    boolean allowsRedirect(String uri) {
        if (uri == null || uri.isBlank() || uri.contains("#")) {
            return false;
        }
        for (String registered : redirectUris) {
            boolean matches = registered.endsWith("*")
                    ? uri.startsWith(registered.substring(0, registered.length() - 1))
                    : uri.equals(registered);
            if (matches) {
                return true;
            }
        }
        return false;
    }
}
