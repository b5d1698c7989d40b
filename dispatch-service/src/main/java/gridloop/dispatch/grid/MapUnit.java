package gridloop.dispatch.grid;

import gridloop.events.GridUnit;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Polygon;

/**
 * A unit of the map: a street, community, grid or building, with its polygon. {@code name} is its English name,
 * {@code names} its name in each language the map gives (by tag: {@code zh-CN}, {@code en}).
 */
public record MapUnit(GridLevel level, String id, String name, Map<String, String> names, String parentId,
        Polygon area) {

    /** The unit as events name it: both names travel, the English one where the contract always had it. */
    public GridUnit gridUnit() {
        return new GridUnit(id, name, names);
    }

    /** Its name for a reader: in their language when the map gives one, else English. */
    public String nameIn(Locale reader) {
        return names.getOrDefault(reader.toLanguageTag(), name);
    }
}
