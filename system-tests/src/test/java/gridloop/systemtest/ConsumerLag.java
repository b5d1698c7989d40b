package gridloop.systemtest;

import gridloop.testkit.KafkaTestClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

/** Topic sizes and how far a consumer group has committed, read with the admin client. */
final class ConsumerLag {

    /** Where the broker is and how to sign in to it. */
    private final Map<String, Object> connection;

    ConsumerLag(Map<String, Object> connection) {
        this.connection = connection;
    }

    /** Records ever written to the topic: the sum of its partitions' end offsets. */
    long endOffsets(String topic) throws ExecutionException, InterruptedException {
        return ends(List.of(topic)).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Whether the group has committed every record of the topics (a partition never written counts as done). */
    boolean caughtUp(String group, List<String> topics) {
        return new KafkaTestClient(connection).consumed(group, topics.toArray(String[]::new));
    }

    /**
     * Whether the group is stable (no rebalance under way) with every partition of the topic owned, by
     * {@code members} members.
     */
    boolean settledWith(String group, String topic, int members) throws ExecutionException, InterruptedException {
        try (Admin admin = admin()) {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
            long owned = description.members().stream().flatMap(member -> member.assignment().topicPartitions().stream())
                    .filter(partition -> partition.topic().equals(topic)).count();
            return description.groupState() == GroupState.STABLE && owned == partitions
                    && membersOwning(group, topic) == members;
        }
    }

    /** How many members of the group hold partitions of the topic now. */
    long membersOwning(String group, String topic) throws ExecutionException, InterruptedException {
        try (Admin admin = admin()) {
            return admin.describeConsumerGroups(List.of(group)).all().get().get(group).members().stream()
                    .filter(member -> member.assignment().topicPartitions().stream().anyMatch(tp -> tp.topic().equals(topic)))
                    .count();
        }
    }

    private Map<TopicPartition, Long> ends(List<String> topics) throws ExecutionException, InterruptedException {
        try (Admin admin = admin()) {
            Map<String, Integer> partitions = admin.describeTopics(topics).allTopicNames().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, t -> t.getValue().partitions().size()));
            Map<TopicPartition, OffsetSpec> request = partitions.entrySet().stream()
                    .flatMap(t -> java.util.stream.IntStream.range(0, t.getValue())
                            .mapToObj(p -> new TopicPartition(t.getKey(), p)))
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResultInfo> result = admin.listOffsets(request).all().get();
            return result.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        }
    }

    private Admin admin() {
        return Admin.create(connection);
    }
}
