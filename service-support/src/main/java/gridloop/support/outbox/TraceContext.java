package gridloop.support.outbox;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * The W3C trace context ({@code traceparent}, {@code tracestate}) of the current span, kept with an outbox row:
 * the relay publishes later, on its own thread, so the context of the transaction that wrote the event has to
 * travel with the row to reach the record's headers. (W3C is the format of {@code quarkus.otel.propagators}.)
 */
record TraceContext(String traceParent, String traceState) {

    static final String TRACEPARENT = "traceparent";
    static final String TRACESTATE = "tracestate";

    static TraceContext current() {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance()
                .inject(Context.current(), carrier, (map, key, value) -> map.put(key, value));
        return new TraceContext(carrier.get(TRACEPARENT), carrier.get(TRACESTATE));
    }
}
