package gridloop.command.search;

import gridloop.support.persistence.LikePatterns;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one search box: buildings by address, estate, number or code (every word must match: "鸿康皓宇 3栋"), facilities
 * by code or name, organisations by name or code, an appeal by its reference. Buildings whose number is one of the
 * words come first.
 */
@ApplicationScoped
public class SearchQueries {

    static final int MAX_WORDS = 6;

    @Schema(description = "What the search found: a building, facility, organisation or appeal, and where it is")
    public record Found(@Schema(enumeration = {"building", "facility", "organisation", "appeal"}) String kind,
            String id, String label, String detail, Double latitude, Double longitude) {
    }

    private static final String SQL = """
            (select 'building' as kind, b.building_id as id, b.address as label, b.code as detail,
                    b.latitude, b.longitude, 0 as rank, b.number = any($2) as exact
             from place_building b
             where (select bool_and(b.search_text like p) from unnest($1::text[]) p)
             order by exact desc, b.building_id limit 8)
            union all
            (select 'facility', f.facility_id::text, f.name, f.code, f.latitude, f.longitude, 1, f.code = $3
             from place_facility f
             where f.code = $3 or (select bool_and(lower(f.name) like p) from unnest($1::text[]) p)
             order by 8 desc, f.code limit 8)
            union all
            (select 'organisation', o.organisation_id::text, o.name, o.code,
                    (select avg(b.latitude) from place_building b
                     where b.building_id = any(o.building_ids) or b.property_company_id = o.organisation_id),
                    (select avg(b.longitude) from place_building b
                     where b.building_id = any(o.building_ids) or b.property_company_id = o.organisation_id),
                    2, o.code = $3
             from place_organisation o
             where upper(o.code) = upper($3) or (select bool_and(lower(o.name) like p) from unnest($1::text[]) p)
             order by 8 desc, o.type, o.code limit 8)
            union all
            (select 'appeal', m.appeal_id::text, m.reference, m.category, m.latitude, m.longitude, 3, true
             from appeal_marker m where upper(m.reference) = upper($3) limit 1)
            order by rank, exact desc
            """;

    private final Pool pool;

    SearchQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<Found>> find(String text) {
        List<String> words = LikePatterns.words(text, MAX_WORDS);
        if (words.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        String[] patterns = words.stream().map(LikePatterns::contains).toArray(String[]::new);
        String whole = text.strip();
        return pool.preparedQuery(SQL).execute(Tuple.tuple().addArrayOfString(patterns)
                        .addArrayOfString(words.toArray(String[]::new)).addString(whole))
                .map(rows -> {
                    List<Found> found = new ArrayList<>();
                    for (Row row : rows) {
                        found.add(new Found(row.getString("kind"), row.getString("id"), row.getString("label"),
                                row.getString("detail"), row.getDouble("latitude"), row.getDouble("longitude")));
                    }
                    return found;
                });
    }
}
