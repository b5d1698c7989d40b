package gridloop.events;

/** A payload of the event contract. Every lifecycle event names the appeal it belongs to. */
public sealed interface GridLoopEvent permits AppealEvent, EvaluationSnapshot, GridMapInForce, GridRosterInForce,
        RegistryEvent {
    /** The Kafka key and the CloudEvents subject. */
    String subject();

    /** When the change happened at its source; becomes {@code ce_time}. */
    java.time.Instant occurredAt();
}
