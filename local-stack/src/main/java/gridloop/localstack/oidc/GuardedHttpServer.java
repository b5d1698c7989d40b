package gridloop.localstack.oidc;

import java.net.InetAddress;
import kotlin.jvm.functions.Function1;
import no.nav.security.mock.oauth2.http.MockWebServerWrapper;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.OAuth2HttpServer;
import no.nav.security.mock.oauth2.http.Ssl;
import okhttp3.HttpUrl;

/** mock-oauth2-server's own HTTP server, with every request passed through the {@link HonestProviderGuard} first. */
final class GuardedHttpServer implements OAuth2HttpServer {

    private final MockWebServerWrapper server = new MockWebServerWrapper();
    private volatile HonestProviderGuard guard;

    void guardWith(HonestProviderGuard guard) {
        this.guard = guard;
    }

    @Override
    public OAuth2HttpServer start(InetAddress address, int port,
            Function1<? super OAuth2HttpRequest, OAuth2HttpResponse> handler) {
        server.start(address, port, request -> guard.handle(request, handler));
        return this;
    }

    @Override
    public OAuth2HttpServer start(int port, Function1<? super OAuth2HttpRequest, OAuth2HttpResponse> handler) {
        return start(localhost(), port, handler);
    }

    /** Where mock-oauth2-server's own servers listen: the loopback interface, by the name the issuer uses. */
    private static InetAddress localhost() {
        try {
            return InetAddress.getByName("localhost");
        } catch (java.net.UnknownHostException e) {
            return InetAddress.getLoopbackAddress();
        }
    }

    @Override
    public OAuth2HttpServer start(Function1<? super OAuth2HttpRequest, OAuth2HttpResponse> handler) {
        return start(0, handler);
    }

    @Override
    public OAuth2HttpServer stop() {
        server.stop();
        return this;
    }

    @Override
    public void close() {
        server.close();
    }

    @Override
    public int port() {
        return server.port();
    }

    @Override
    public HttpUrl url(String path) {
        return server.url(path);
    }

    @Override
    public Ssl sslConfig() {
        return server.sslConfig();
    }
}
