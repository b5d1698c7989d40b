package gridloop.support.inbox;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.smallrye.mutiny.Uni;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The trace a record belongs to (its W3C {@code traceparent} header), made current while the record is applied
 * and while its line is logged. A batch is handled in one context, so without this every event of it would
 * continue one record's trace: the outbox rows written for an event would carry the wrong trace, and an appeal
 * would no longer be one trace across the services.
 */
final class RecordTrace {

    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return StreamSupport.stream(headers.spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null || header.value() == null ? null
                    : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private RecordTrace() {
    }

    /** {@code work} subscribed to and run with the record's trace current. */
    static <T> Uni<T> around(ConsumerRecord<String, byte[]> record, Supplier<Uni<T>> work) {
        Context trace = of(record);
        return Uni.createFrom().deferred(() -> {
            Scope scope = trace.makeCurrent();
            return work.get().onTermination().invoke(scope::close);
        });
    }

    /** {@code action} run now with the record's trace current (a log line carries its trace id). */
    static void logIn(ConsumerRecord<String, byte[]> record, Runnable action) {
        try (Scope ignored = of(record).makeCurrent()) {
            action.run();
        }
    }

    private static Context of(ConsumerRecord<String, byte[]> record) {
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), record.headers(), HEADERS);
    }
}
