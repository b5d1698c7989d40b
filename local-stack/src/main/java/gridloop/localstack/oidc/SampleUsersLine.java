package gridloop.localstack.oidc;

import gridloop.localstack.oidc.RealmUsers.SampleUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The sample users on one line for the run command's banner: by role, the grid workers summed up. */
public final class SampleUsersLine {

    private SampleUsersLine() {
    }

    public static String of(RealmUsers users) {
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        for (SampleUser user : users.all()) {
            String role = user.roles().isEmpty() ? "none" : user.roles().get(0);
            byRole.computeIfAbsent(role, r -> new java.util.ArrayList<>()).add(user.username());
        }
        return byRole.entrySet().stream().map(entry -> entry.getKey() + ": " + (entry.getKey().equals("grid-worker")
                && entry.getValue().size() > 2 ? entry.getValue().get(0) + " and every roster worker id ("
                        + entry.getValue().size() + ")" : String.join(", ", entry.getValue())))
                .collect(Collectors.joining("; "));
    }
}
