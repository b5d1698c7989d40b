package gridloop.command.place;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.QueryParam;

/** The map's view as every map question takes it: west, south, east, north in degrees. */
public class ViewParams {

    @QueryParam("west")
    @NotNull
    @Min(-180)
    @Max(180)
    public Double west;

    @QueryParam("south")
    @NotNull
    @Min(-90)
    @Max(90)
    public Double south;

    @QueryParam("east")
    @NotNull
    @Min(-180)
    @Max(180)
    public Double east;

    @QueryParam("north")
    @NotNull
    @Min(-90)
    @Max(90)
    public Double north;

    /** The view box, or a 400 problem when it is turned around. */
    public ViewBox box() {
        return ViewBox.of(west, south, east, north);
    }
}
