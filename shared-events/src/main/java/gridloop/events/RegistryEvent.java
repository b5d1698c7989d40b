package gridloop.events;

/**
 * A record of the street's registry (四标四实) as it now stands, on a compacted topic keyed by its id: a reader of
 * the topic's latest records has the whole registry. Counts of people, never a person: no name, phone or household
 * address is on these topics.
 */
public sealed interface RegistryEvent extends GridLoopEvent
        permits BuildingRecorded, OrganisationRecorded, FacilityRecorded {
}
