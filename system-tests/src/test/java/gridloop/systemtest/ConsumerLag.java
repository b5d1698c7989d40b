package gridloop.systemtest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Topic sizes and how far a consumer group has committed, read with the admin client. */
final class ConsumerLag {

    private final String bootstrapServers;

    ConsumerLag(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Records ever written to the topic: the sum of its partitions' end offsets. */
    long endOffsets(String topic) throws ExecutionException, InterruptedException {
        return ends(List.of(topic)).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Whether the group has committed every record of the topics (a partition never written counts as done). */
    boolean caughtUp(String group, List<String> topics) {
        Map<TopicPartition, Long> ends;
        try {
            ends = ends(topics);
        } catch (ExecutionException | InterruptedException e) {
            throw new IllegalStateException("Cannot read the end offsets of " + topics, e);
        }
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed;
            try {
                committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            } catch (ExecutionException | InterruptedException e) {
                throw new IllegalStateException("Cannot read the offsets of group " + group, e);
            }
            return ends.entrySet().stream().allMatch(end -> {
                OffsetAndMetadata offset = committed.get(end.getKey());
                return (offset == null ? 0 : offset.offset()) >= end.getValue();
            });
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
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }
}
