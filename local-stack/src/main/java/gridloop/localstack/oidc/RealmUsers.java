package gridloop.localstack.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sample users, read from the Keycloak realm export that production imports
 * ({@code keycloak/gridloop-realm.json}): one list of users, roles and claims for both providers.
 */
public final class RealmUsers {

    public static final String REALM_RESOURCE = "/keycloak/gridloop-realm.json";
    /** Claims the realm's client maps from user attributes into the access token. */
    static final List<String> ATTRIBUTE_CLAIMS = List.of("worker_id", "department");

    private final Map<String, SampleUser> byName;

    private RealmUsers(Map<String, SampleUser> byName) {
        this.byName = byName;
    }

    public static RealmUsers load() {
        return parse(realm());
    }

    /** The realm export itself (users, roles, the client). */
    static JsonNode realm() {
        try (InputStream in = RealmUsers.class.getResourceAsStream(REALM_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(REALM_RESOURCE + " is not on the classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The user whose password this is; empty for an unknown user or a wrong password. */
    public Optional<SampleUser> signIn(String username, String password) {
        return find(username == null ? "" : username)
                .filter(user -> user.password() != null && password != null && user.password().equals(password));
    }

    static RealmUsers parse(JsonNode realm) {
        Map<String, SampleUser> users = new LinkedHashMap<>();
        for (JsonNode user : realm.path("users")) {
            String username = user.path("username").asText();
            String password = null;
            for (JsonNode credential : user.path("credentials")) {
                if ("password".equals(credential.path("type").asText())) {
                    password = credential.path("value").asText();
                }
            }
            List<String> roles = new ArrayList<>();
            user.path("realmRoles").forEach(role -> roles.add(role.asText()));
            Map<String, String> attributes = new LinkedHashMap<>();
            for (String claim : ATTRIBUTE_CLAIMS) {
                JsonNode values = user.path("attributes").path(claim);
                if (values.isArray() && !values.isEmpty()) {
                    attributes.put(claim, values.get(0).asText());
                }
            }
            // As Keycloak's name claim: first, then last. The realm keeps a Chinese name whole, family name first, in
            // firstName (Keycloak would otherwise write it given name first).
            String name = (user.path("firstName").asText("") + " " + user.path("lastName").asText("")).trim();
            users.put(username, new SampleUser(username, password, name, List.copyOf(roles), Map.copyOf(attributes)));
        }
        return new RealmUsers(Collections.unmodifiableMap(users));
    }

    public Optional<SampleUser> find(String username) {
        return Optional.ofNullable(byName.get(username));
    }

    public List<SampleUser> all() {
        return List.copyOf(byName.values());
    }

    /** A realm user: what the token says about them. */
    public record SampleUser(String username, String password, String name, List<String> roles,
            Map<String, String> attributes) {
    }
}
