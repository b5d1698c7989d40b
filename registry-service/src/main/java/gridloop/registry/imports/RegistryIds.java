package gridloop.registry.imports;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids that follow from a record's natural key, so that importing the same file twice, or on another instance, gives
 * the same ids: an organisation and a facility by their code, a household by its dwelling (栋-单元-室).
 */
public final class RegistryIds {

    private RegistryIds() {
    }

    public static UUID organisation(String code) {
        return uuid("organisation:" + code);
    }

    public static UUID facility(String code) {
        return uuid("facility:" + code);
    }

    public static UUID household(String buildingId, int entrance, String room) {
        return uuid("household:" + buildingId + "/" + entrance + "/" + room);
    }

    private static UUID uuid(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
