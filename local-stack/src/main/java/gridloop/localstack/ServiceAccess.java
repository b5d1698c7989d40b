package gridloop.localstack;

import gridloop.events.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * What each service's principal ({@code User:<service>}) may do on the broker, and nothing more: write the topics
 * it publishes (the contract's producer of each) and the dead-letter topics of what it consumes; read what it
 * consumes, in consumer groups named after it. {@code docs/operating.md} shows the same as {@code kafka-acls}
 * commands.
 */
public record ServiceAccess(String service, String group, Set<String> reads) {

    public static final List<ServiceAccess> ALL = List.of(
            new ServiceAccess("intake", "intake-timeline", Set.of(Topics.APPEALS_DISPATCH, Topics.APPEALS_FEEDBACK)),
            new ServiceAccess("dispatch", "dispatch", Set.of(Topics.APPEALS_SUBMITTED, Topics.APPEALS_FEEDBACK)),
            new ServiceAccess("feedback", "feedback", Set.of(Topics.APPEALS_SUBMITTED, Topics.APPEALS_DISPATCH)),
            // The registry follows the map and roster in force, and the appeals that name a facility or a building.
            new ServiceAccess("registry", "registry", Set.of(Topics.APPEALS_SUBMITTED, Topics.APPEALS_DISPATCH,
                    Topics.APPEALS_FEEDBACK, Topics.GRID_MAPS, Topics.GRID_ROSTERS)),
            // The command centre reads the loop's topics, the map, the rosters and the registry into its own read
            // model and publishes nothing.
            new ServiceAccess(ServiceModules.COMMAND_CENTER, ServiceModules.COMMAND_CENTER, Set.of(
                    Topics.APPEALS_SUBMITTED, Topics.APPEALS_DISPATCH, Topics.APPEALS_FEEDBACK, Topics.EVALUATIONS,
                    Topics.GRID_MAPS, Topics.GRID_ROSTERS, Topics.REGISTRY_BUILDINGS, Topics.REGISTRY_FACILITIES,
                    Topics.REGISTRY_ORGANISATIONS)));

    private static final Set<String> CONTRACT_TOPICS = Topics.ALL;

    public String principal() {
        return "User:" + service;
    }

    /** The topics it publishes, and the dead-letter topics of those it reads. */
    public Set<String> writes() {
        Set<String> writes = new TreeSet<>();
        CONTRACT_TOPICS.stream().filter(topic -> Topics.source(service).equals(Topics.producerSource(topic)))
                .forEach(writes::add);
        reads.stream().map(Topics::deadLetter).forEach(writes::add);
        return writes;
    }

    public List<AclBinding> acls() {
        List<AclBinding> acls = new ArrayList<>();
        writes().forEach(topic -> acls.add(allow(ResourceType.TOPIC, topic, AclOperation.WRITE)));
        reads.forEach(topic -> acls.add(allow(ResourceType.TOPIC, topic, AclOperation.READ)));
        // Its groups by prefix: its own, and any it starts to replay a topic from the start (e.g. dispatch-replay-1).
        acls.add(new AclBinding(new ResourcePattern(ResourceType.GROUP, service, PatternType.PREFIXED),
                new AccessControlEntry(principal(), "*", AclOperation.READ, AclPermissionType.ALLOW)));
        return acls;
    }

    /** The settings that make a service sign in as this principal (Quarkus maps {@code KAFKA_*} to {@code kafka.*}). */
    public Map<String, String> environment(String password) {
        return Map.of("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT", "KAFKA_SASL_MECHANISM", EmbeddedKafkaBroker.SCRAM,
                "KAFKA_SASL_JAAS_CONFIG", EmbeddedKafkaBroker.jaasConfig(service, password));
    }

    /** Creates every service's SCRAM user with {@code passwordOf(service)} and grants its ACLs, as {@code admin}. */
    public static void grantAll(EmbeddedKafkaBroker broker, java.util.function.Function<String, String> passwordOf) {
        try (Admin admin = Admin.create(broker.clientSettings())) {
            admin.alterUserScramCredentials(ALL.stream().map(access -> (UserScramCredentialAlteration)
                    new UserScramCredentialUpsertion(access.service(),
                            new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096),
                            passwordOf.apply(access.service()))).toList())
                    .all().get(30, TimeUnit.SECONDS);
            admin.createAcls(ALL.stream().flatMap(access -> access.acls().stream()).toList())
                    .all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the services' users and ACLs", e);
        }
    }

    private AclBinding allow(ResourceType type, String name, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                new AccessControlEntry(principal(), "*", operation, AclPermissionType.ALLOW));
    }
}
