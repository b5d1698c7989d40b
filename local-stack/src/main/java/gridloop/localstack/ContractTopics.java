package gridloop.localstack;

import gridloop.events.Topics;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every topic of the contract and its dead-letter topic, created up front with a known partition count. */
public final class ContractTopics {

    public static final Set<String> ALL = Topics.ALL.stream()
            .flatMap(topic -> Stream.of(topic, Topics.deadLetter(topic)))
            .collect(Collectors.toUnmodifiableSet());

    private ContractTopics() {
    }

    /**
     * Creates them all: the appeal and evaluation topics with {@code partitions} partitions; a compacted topic
     * (the grid maps, a few records) with one partition and {@code cleanup.policy=compact}.
     */
    public static void createAll(EmbeddedKafkaBroker broker, int partitions) {
        Set<String> compacted = Topics.COMPACTED;
        broker.createTopics(ALL.stream().filter(topic -> !compacted.contains(topic)).collect(Collectors.toSet()),
                partitions);
        broker.createTopics(compacted, 1, Map.of("cleanup.policy", "compact"));
    }
}
