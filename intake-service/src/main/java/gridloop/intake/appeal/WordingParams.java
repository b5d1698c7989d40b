package gridloop.intake.appeal;

import gridloop.events.wording.EventWording;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Map;

/** A timeline entry's facts as the JSON object of strings its column holds. */
@Converter
public class WordingParams implements AttributeConverter<Map<String, String>, String> {

    @Override
    public String convertToDatabaseColumn(Map<String, String> params) {
        return EventWording.paramsToJson(params);
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String column) {
        return EventWording.paramsFromJson(column);
    }
}
