package gridloop.command.place;

/** The one rule of which appeals are a building's, as SQL for the queries that count or list them. */
public final class PlaceSql {

    private PlaceSql() {
    }

    /**
     * The appeals of a building: those located in it (the map's outline holds them) and those naming one of its
     * facilities, each once, with the columns a card and a count need (overdue as {@code MarkerFilter.OVERDUE_SQL}).
     */
    public static String appealsOfBuilding(String building) {
        return """
                select m.appeal_id, m.reference, m.category, m.status, m.is_open, m.submitted_at, m.facility_id,
                       m.overdue_since
                from appeal_marker m where m.building_id = %1$s
                union
                select m.appeal_id, m.reference, m.category, m.status, m.is_open, m.submitted_at, m.facility_id,
                       m.overdue_since
                from place_facility f join appeal_marker m on m.facility_id = f.facility_id
                where f.building_id = %1$s""".formatted(building);
    }

    /** Every open appeal with its building by the same rule (an appeal in two ways counted once per building). */
    public static String openAppealsWithBuilding() {
        return """
                select m.appeal_id, m.building_id from appeal_marker m
                where m.is_open and m.building_id is not null
                union
                select m.appeal_id, f.building_id from appeal_marker m
                join place_facility f on f.facility_id = m.facility_id
                where m.is_open and f.building_id is not null""";
    }
}
