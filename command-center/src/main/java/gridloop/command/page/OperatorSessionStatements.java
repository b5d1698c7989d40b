package gridloop.command.page;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;

/** The operators' sessions ({@code operator_session}): the tokens behind each page cookie. */
@ApplicationScoped
public class OperatorSessionStatements {

    private final Pool pool;

    OperatorSessionStatements(Pool pool) {
        this.pool = pool;
    }

    /** Drops the sessions over by {@code now}, then stores this one until {@code endsAt}. */
    public Uni<Void> store(String id, AuthorizationCodeTokens tokens, OffsetDateTime now, OffsetDateTime endsAt) {
        return pool.preparedQuery("delete from operator_session where ends_at < $1").execute(Tuple.of(now))
                .chain(() -> pool.preparedQuery("""
                        insert into operator_session (id, id_token, access_token, refresh_token, expires_in, scope, ends_at)
                        values ($1, $2, $3, $4, $5, $6, $7)""")
                        .execute(Tuple.from(Arrays.asList(id, tokens.getIdToken(), tokens.getAccessToken(),
                                tokens.getRefreshToken(), tokens.getAccessTokenExpiresIn(), tokens.getAccessTokenScope(),
                                endsAt))))
                .replaceWithVoid();
    }

    /** The session's tokens while it lasts; empty when signed out or over. */
    public Uni<Optional<AuthorizationCodeTokens>> find(String id, OffsetDateTime now) {
        return pool.preparedQuery("""
                        select id_token, access_token, refresh_token, expires_in, scope from operator_session
                        where id = $1 and ends_at > $2""")
                .execute(Tuple.of(id, now))
                .map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return Optional.empty();
                    }
                    var row = rows.iterator().next();
                    return Optional.of(new AuthorizationCodeTokens(row.getString("id_token"),
                            row.getString("access_token"), row.getString("refresh_token"), row.getLong("expires_in"),
                            row.getString("scope")));
                });
    }

    public Uni<Void> delete(String id) {
        return pool.preparedQuery("delete from operator_session where id = $1").execute(Tuple.of(id)).replaceWithVoid();
    }
}
