package gridloop.localstack;

import gridloop.events.Topics;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every topic of the contract and its dead-letter topic, created up front with a known partition count. */
public final class ContractTopics {

    public static final Set<String> ALL = Stream.of(Topics.APPEALS_SUBMITTED, Topics.APPEALS_DISPATCH,
                    Topics.APPEALS_FEEDBACK, Topics.EVALUATIONS)
            .flatMap(topic -> Stream.of(topic, Topics.deadLetter(topic)))
            .collect(Collectors.toUnmodifiableSet());

    private ContractTopics() {
    }
}
