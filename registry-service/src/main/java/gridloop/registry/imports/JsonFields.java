package gridloop.registry.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object's members as text fields, the way a CSV row gives them: an array's items joined by {@code ;}, null
 * left out. An edit's body and a GeoJSON feature's properties are read by the same rules as an import's rows.
 */
public final class JsonFields {

    private JsonFields() {
    }

    public static Map<String, String> of(JsonNode object) {
        Map<String, String> values = new LinkedHashMap<>();
        if (object == null || !object.isObject()) {
            return values;
        }
        Iterator<Map.Entry<String, JsonNode>> members = object.fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            JsonNode value = member.getValue();
            if (value.isNull()) {
                continue;
            }
            if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(item -> items.add(item.asText()));
                values.put(member.getKey(), String.join(";", items));
            } else {
                values.put(member.getKey(), value.asText());
            }
        }
        return values;
    }
}
