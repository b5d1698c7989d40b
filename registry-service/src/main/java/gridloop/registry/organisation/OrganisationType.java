package gridloop.registry.organisation;

/**
 * The kinds of organisation a street keeps (实有单位): the party organisation's four levels, from the street's working
 * committee down to a building's party group, then owners' committees, property companies, volunteer teams, shops and
 * enterprises.
 */
public enum OrganisationType {
    STREET_PARTY_COMMITTEE, COMMUNITY_PARTY_COMMITTEE, PARTY_BRANCH, BUILDING_PARTY_GROUP, OWNERS_COMMITTEE,
    PROPERTY_COMPANY, VOLUNTEER_TEAM, SHOP, ENTERPRISE
}
