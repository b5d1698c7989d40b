package gridloop.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The servers the stack runs from their own jars: they start, answer, stop, and start again on the same ports. */
class StandaloneServersTest {

    @TempDir
    Path dir;

    @Test
    void theObjectStoreRefusesUnsignedRequestsAndComesBackOnItsPort() throws Exception {
        EmbeddedObjectStore store = new EmbeddedObjectStore(0, dir.resolve("s3"), "test-secret").start();
        try {
            assertTrue(store.isRunning());
            HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(store.endpoint() + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, anonymous.statusCode(), "an unsigned request is refused: " + anonymous.body());
            int port = store.port();
            store.stop();
            assertFalse(store.isRunning());
            assertThrows(IOException.class, () -> connect(port));
            store.start();
            assertEquals(port, store.port());
            connect(port);
        } finally {
            store.stop();
        }
    }

    @Test
    void theMailServerListensForSmtpAndImap() throws Exception {
        EmbeddedMailServer mail = new EmbeddedMailServer(0, 0, dir.resolve("mail")).start();
        try {
            connect(mail.smtpPort());
            connect(mail.imapPort());
            assertTrue(mail.pid() > 0);
        } finally {
            mail.stop();
        }
        assertThrows(IOException.class, () -> connect(mail.smtpPort()));
    }

    private static void connect(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        }
    }
}
