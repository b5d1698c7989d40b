package gridloop.support.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gridloop.support.problem.ApiException;
import gridloop.support.i18n.Text;
import gridloop.support.problem.ProblemMessages;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for retried writes. Runs inside the write's transaction: the key row is
 * inserted first, so a concurrent request with the same key waits on it until the first commits and then
 * gets the first answer; if the first rolls back, the second does the work. Same key with another body:
 * 422. The stored answer is the one the first request got.
 */
@ApplicationScoped
public class IdempotencyGuard {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final ObjectMapper json;

    IdempotencyGuard(ObjectMapper json) {
        this.json = json;
    }

    /** Runs {@code work} once per (scope, key); later calls with the same key get its result again. */
    public <T> Uni<T> once(String scope, String key, Object request, Class<T> resultType, Supplier<Uni<T>> work) {
        if (key == null) {
            return work.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            Text length = Text.of(ProblemMessages.class, m -> m.idempotencyKeyLength(MAX_KEY_LENGTH));
            throw ApiException.badRequest(length, ApiException.violation(HEADER, length));
        }
        String hash = hash(request);
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into idempotency_key (scope, key, request_hash) values (:scope, :key, :hash)"
                                + " on conflict do nothing")
                .setParameter("scope", scope).setParameter("key", key).setParameter("hash", hash)
                .executeUpdate()
                .chain(inserted -> inserted == 1
                        ? work.get().call(result -> session.createNativeQuery(
                                        "update idempotency_key set response = :response where scope = :scope and key = :key")
                                .setParameter("response", write(result)).setParameter("scope", scope)
                                .setParameter("key", key).executeUpdate())
                        : replay(session, scope, key, hash, resultType)));
    }

    private <T> Uni<T> replay(org.hibernate.reactive.mutiny.Mutiny.Session session, String scope, String key,
            String hash, Class<T> resultType) {
        return session.createNativeQuery("select request_hash, response from idempotency_key"
                        + " where scope = :scope and key = :key", Object[].class)
                .setParameter("scope", scope).setParameter("key", key)
                .getSingleResult()
                .map(row -> {
                    if (!hash.equals(row[0])) {
                        throw ApiException.unprocessable("idempotency-key-reused",
                                Text.of(ProblemMessages.class, ProblemMessages::idempotencyKeyReused),
                                Text.of(ProblemMessages.class, ProblemMessages::idempotencyKeyReusedDetail), null, null);
                    }
                    return read((String) row[1], resultType);
                });
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }

    private String write(Object result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the answer", e);
        }
    }

    private <T> T read(String stored, Class<T> type) {
        try {
            return json.readValue(stored.getBytes(StandardCharsets.UTF_8), type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Stored answer is unreadable", e);
        }
    }
}
