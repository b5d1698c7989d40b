package gridloop.support.inbox;

import gridloop.support.metrics.EventMetrics;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * At start, for every incoming channel of the service ({@code mp.messaging.incoming.<channel>.topic}, its consumer
 * being the channel's {@code group.id}), the dead-letter and untrusted counters at zero ({@link EventMetrics#consumes}).
 */
@ApplicationScoped
class ConsumerCountersAtStart {

    private static final java.util.List<String> RULES = java.util.Arrays.stream(UntrustedEventException.Rule.values())
            .map(Enum::name).toList();
    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");

    void register(@Observes StartupEvent start, Config config, EventMetrics metrics) {
        for (String name : config.getPropertyNames()) {
            Matcher channel = INCOMING_TOPIC.matcher(name);
            if (channel.matches()) {
                config.getOptionalValue("mp.messaging.incoming." + channel.group(1) + ".group.id", String.class)
                        .ifPresent(group -> metrics.consumes(group, config.getValue(name, String.class), RULES));
            }
        }
    }
}
