package gridloop.registry.imports;

import gridloop.registry.messages.RegistryMessages;
import gridloop.support.i18n.Text;
import gridloop.support.problem.ApiException;

/** A viewport, {@code bbox=south,west,north,east} in degrees: at most about a street's size at a time. */
public final class Box {

    private static final double MAX_SPAN = 0.2;

    private Box() {
    }

    /** null for no box; @throws ApiException 400 for a malformed or too large one */
    public static double[] parse(String bbox) {
        if (bbox == null || bbox.isBlank()) {
            return null;
        }
        String[] parts = bbox.split(",");
        double[] box = new double[4];
        try {
            if (parts.length != 4) {
                throw new NumberFormatException();
            }
            for (int i = 0; i < 4; i++) {
                box[i] = Double.parseDouble(parts[i].strip());
            }
        } catch (NumberFormatException e) {
            throw invalid(RegistryMessages::bboxFormat);
        }
        if (!(box[0] < box[2] && box[1] < box[3]) || box[0] < -90 || box[2] > 90 || box[1] < -180 || box[3] > 180) {
            throw invalid(RegistryMessages::bboxFormat);
        }
        if (box[2] - box[0] > MAX_SPAN || box[3] - box[1] > MAX_SPAN) {
            throw invalid(RegistryMessages::bboxTooLarge);
        }
        return box;
    }

    private static ApiException invalid(java.util.function.Function<RegistryMessages, String> message) {
        Text text = Text.of(RegistryMessages.class, message);
        return ApiException.badRequest(text, ApiException.violation("bbox", text));
    }
}
