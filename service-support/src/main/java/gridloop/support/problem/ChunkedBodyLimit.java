package gridloop.support.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import java.io.IOException;
import java.io.InputStream;

/**
 * Holds a body sent without a Content-Length (chunked) to the same limit as {@link BodySizeLimit}: the bytes are
 * counted as the body is parsed, and the first byte over the limit ends the request with the same 413 problem.
 */
@Provider
public class ChunkedBodyLimit implements ReaderInterceptor {

    private final BodySizeLimit limit;
    private final CurrentVertxRequest request;

    ChunkedBodyLimit(BodySizeLimit limit, CurrentVertxRequest request) {
        this.limit = limit;
        this.request = request;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH) == null) {
            String path = request.getCurrent() == null ? null : request.getCurrent().normalizedPath();
            context.setInputStream(new CountingStream(context.getInputStream(), path));
        }
        return context.proceed();
    }

    private final class CountingStream extends FilterInputStream {

        private long count;
        private final String path;

        CountingStream(InputStream in, String path) {
            super(in);
            this.path = path;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > limit.maxBytesFor(path)) {
                throw limit.tooLarge(path);
            }
        }
    }
}
