package gridloop.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import gridloop.testkit.Tokens;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Many more submissions at once than the database pool has connections (20): each is answered 202 with its own
 * reference. (When the reference was drawn on a second connection inside the submission's transaction, the
 * pool ran dry with every connection waiting for another, and the loop benchmark's open loop saw 97 of 6,000
 * answered within 30 s.)
 */
@QuarkusTest
class ConcurrentSubmissionsTest {

    private static final int AT_ONCE = 100;
    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");

    @TestHTTPResource("/api/v1/appeals")
    URI appeals;

    @Test
    void moreSubmissionsAtOnceThanPoolConnectionsAreAllAccepted() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            answers.add(http.sendAsync(HttpRequest.newBuilder(appeals).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + Tokens.of(Tokens.RESIDENT))
                    .POST(HttpRequest.BodyPublishers.ofString(AppealApiTest.appealJson("\"Crowd " + i + "\"",
                            "1350000" + String.format("%04d", i))))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        Map<Integer, Long> statuses = answers.stream().map(CompletableFuture::join)
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertEquals(Map.of(202, (long) AT_ONCE), statuses);
        Set<String> references = answers.stream().map(CompletableFuture::join).map(response -> {
            Matcher reference = REFERENCE.matcher(response.body());
            return reference.find() ? reference.group(1) : response.body();
        }).collect(Collectors.toSet());
        assertEquals(AT_ONCE, references.size(), "one reference each");
    }
}
