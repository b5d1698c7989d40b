package gridloop.command.place;

import gridloop.command.messages.CommandMessages;
import gridloop.support.i18n.Text;
import gridloop.support.problem.ApiException;

/** A map's view: west, south, east, north in degrees (checked by the resource's parameters), west of east. */
public record ViewBox(double west, double south, double east, double north) {

    /** The view box, or a 400 problem when it is turned around. */
    public static ViewBox of(double west, double south, double east, double north) {
        if (west > east || south > north) {
            throw ApiException.badRequest(Text.of(CommandMessages.class, CommandMessages::viewBoxOrder),
                    ApiException.violation("west", Text.of(CommandMessages.class, CommandMessages::notEastOfEast)));
        }
        return new ViewBox(west, south, east, north);
    }
}
