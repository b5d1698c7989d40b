package gridloop.command;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for dispatch's HTTP API in the module tests of the page's actions: it records each request (method,
 * path, Authorization header, body) and answers what the test set. The real dispatch answers in the system tests
 * (CommandCenterBrowserIT); here only the relay and the token propagation are under test.
 */
public class StubDispatch implements QuarkusTestResourceLifecycleManager {

    public record Request(String method, String path, String authorization, String acceptLanguage, String body) {
    }

    public record Answer(int status, String contentType, String body) {
    }

    private static final List<Request> REQUESTS = new CopyOnWriteArrayList<>();
    private static volatile Answer answer = new Answer(200, "application/json", "{}");
    private HttpServer server;

    public static List<Request> requests() {
        return REQUESTS;
    }

    /** A status below 0: hang up without answering. */
    public static void answerWith(int status, String contentType, String body) {
        answer = new Answer(status, contentType, body);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            REQUESTS.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Accept-Language"), body));
            Answer now = answer;
            if (now.status() < 0) {
                exchange.close(); // hangs up without an answer, as a dispatch that died mid-request
                return;
            }
            byte[] bytes = now.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", now.contentType());
            exchange.sendResponseHeaders(now.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return Map.of("quarkus.rest-client.dispatch.url", "http://localhost:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
