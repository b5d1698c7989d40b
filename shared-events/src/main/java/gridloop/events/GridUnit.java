package gridloop.events;

import java.util.Map;

/**
 * A unit of the grid map (street, community, grid or building) as named on events. {@code name} is the English name
 * the contract has always carried; {@code names} (added later, absent on older events) holds the unit's name in each
 * language the district speaks, by language tag ({@code zh-CN}, {@code en}).
 */
public record GridUnit(String id, String name, Map<String, String> names) {

    public GridUnit(String id, String name) {
        this(id, name, null);
    }

    /** Its name in this language, or null when the event gave none in it (older events give only {@code name}). */
    public String nameGivenIn(String languageTag) {
        return names == null ? null : names.get(languageTag);
    }
}
