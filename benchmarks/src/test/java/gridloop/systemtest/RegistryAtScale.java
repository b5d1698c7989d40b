package gridloop.systemtest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gridloop.events.catalogue.FacilityClassCatalogue;
import gridloop.testkit.Tokens;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The registry at a whole district's size, for {@code bench/registry-at-scale.sh}: 5,000 buildings, 100,000
 * dwellings with 250,000 residents, 20,000 facilities and 100,000 appeals. The registry runs as its own process on a
 * durable database (the system tests' harness, {@code -Dgridloop.benchmark=true}); this JVM drives the load from
 * outside it, through the API as a registrar and an operator would. It prints the import times and the answer
 * times of a building's card and of a street-zoom viewport of facilities after a warm-up, against the targets,
 * and says where they were missed. It passes no judgement beyond counting what it imported.
 */
@EnabledIfSystemProperty(named = "gridloop.benchmark", matches = "true")
class RegistryAtScale {

    private static final int BUILDINGS = 5_000;
    private static final int DWELLINGS_PER_BUILDING = 20;
    private static final int FACILITIES = 20_000;
    private static final int APPEALS = 100_000;
    private static final int WARM_UP = 300;
    private static final int MEASURED = 2_000;
    /** A street-zoom view (about zoom 16 on a phone): some 800 m by 900 m. */
    private static final double VIEW_LAT = 0.008;
    private static final double VIEW_LON = 0.008;
    private static final Path MAP = Path.of("..", "dispatch-service", "src", "main", "resources", "sample-district",
            "biquan-street.geojson");
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Grid(String id, double south, double west, double north, double east) {
    }

    @Test
    void aWholeDistrict() throws Exception {
        RunningSystem system = RunningSystem.shared();
        String registrar = system.token(Tokens.REGISTRAR);
        String operator = system.token(Tokens.OPERATOR);
        String registry = system.registry.url();
        List<Grid> grids = grids();
        Random random = new Random(20261207);
        System.out.printf("%nRegistry at a district's size: %,d buildings, %,d dwellings, %,d facilities, %,d appeals"
                + " (%d grids of the sample map; durable database)%n", BUILDINGS, BUILDINGS * DWELLINGS_PER_BUILDING,
                FACILITIES, APPEALS, grids.size());

        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-34s | %10s | %s", "import", "seconds", "answer"));
        lines.add(timedImport(registry, registrar, "organisations", "text/csv", organisations()));
        double[][] points = new double[BUILDINGS][];
        lines.add(timedImport(registry, registrar, "buildings", "application/geo+json",
                buildings(grids, points, random)));
        String households = households(random);
        lines.add(timedImport(registry, registrar, "households", "text/csv", households));
        lines.add(timedImport(registry, registrar, "facilities", "text/csv", facilities(points, random)));
        lines.add(timedImport(registry, registrar, "households again (no change)", "text/csv", households));
        System.out.println(String.join(System.lineSeparator(), lines));
        loadAppeals(system);

        int residents = given().baseUri(registry).auth().oauth2(operator).queryParam("q", "bench-")
                .queryParam("size", 1).get("/api/v1/buildings").then().statusCode(200).extract().path("items[0].residents");
        System.out.printf("A building of the bench holds %d residents%n", residents);

        operator = system.token(Tokens.OPERATOR); // fresh: a token lasts 15 minutes
        List<String> answers = new ArrayList<>();
        answers.add(String.format("%-40s | %7s | %7s | %7s | %7s | %-6s | %s", "question", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "target", "answer"));
        Supplier<String> card = () -> registry + "/api/v1/buildings/bench-b"
                + String.format("%05d", random.nextInt(BUILDINGS));
        answers.add(measure("a building's card (1 client)", 1, 50, operator, card,
                answer -> answer.path("appeals").size() + " appeals, " + answer.path("facilities").size()
                        + " facilities"));
        answers.add(measure("a building's card (4 clients)", 4, 50, operator, card,
                answer -> answer.path("appeals").size() + " appeals"));
        answers.add(measure("facilities in a street-zoom view", 1, 200, operator, () -> {
            Grid grid = grids.get(random.nextInt(grids.size()));
            double south = grid.south() + random.nextDouble() * Math.max(0, grid.north() - grid.south() - VIEW_LAT);
            double west = grid.west() + random.nextDouble() * Math.max(0, grid.east() - grid.west() - VIEW_LON);
            return registry + String.format(Locale.ROOT, "/api/v1/facilities?size=1000&bbox=%.6f,%.6f,%.6f,%.6f",
                    south, west, south + VIEW_LAT, west + VIEW_LON);
        }, answer -> answer.path("items").size() + " facilities in view"));
        System.out.println(String.join(System.lineSeparator(), answers));

        int facilities = given().baseUri(registry).auth().oauth2(operator).queryParam("class", "0601")
                .queryParam("size", 1000).get("/api/v1/facilities").then().statusCode(200).extract()
                .path("items.size()");
        System.out.printf("Elevators answered in one page: %d%n", facilities);
        assertEquals(BUILDINGS, countBuildings(system), "every building of the bench imported");
        oneImage(system, grids, random);
    }

    /**
     * The command centre's one image at the same size: it has the district's buildings and facilities from the
     * registry's topics (its own consumers, as in production); 50,000 open appeals are put into its read model as
     * its consumer would have; then the viewport questions the page asks at street zoom, and a building's card.
     */
    private static void oneImage(RunningSystem system, List<Grid> grids, Random random) throws Exception {
        long start = System.nanoTime();
        long[] copied = new long[2];
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(10))
                .pollInterval(java.time.Duration.ofSeconds(1)).until(() -> {
                    try (Connection db = system.postgres.connect("command_center"); Statement sql = db.createStatement();
                            var rows = sql.executeQuery("select (select count(*) from place_building where building_id "
                                    + "like 'bench-b%'), (select count(*) from place_facility where name like '基准部件%')")) {
                        rows.next();
                        copied[0] = rows.getLong(1);
                        copied[1] = rows.getLong(2);
                    }
                    return copied[0] >= BUILDINGS && copied[1] >= FACILITIES;
                });
        System.out.printf("The command centre had its copies of %,d buildings and %,d facilities from the registry's "
                + "topics %.1f s after the registry's figures%n", copied[0], copied[1], (System.nanoTime() - start) / 1e9);
        try (Connection db = system.postgres.connect("command_center"); Statement sql = db.createStatement()) {
            sql.execute("""
                    with f as (select facility_id, building_id, latitude, longitude,
                                      row_number() over (order by facility_id) as rn
                               from place_facility where name like '基准部件%')
                    insert into appeal_marker (appeal_id, reference, category, latitude, longitude, submitted_at,
                                               status, status_at, building_id, facility_id, grid_id)
                    select gen_random_uuid(), 'BQ-ONE-' || i, 'FACILITY_DAMAGE', f.latitude, f.longitude,
                           now() - ((i % 60) * interval '1 day'), 'ASSIGNED', now(), f.building_id,
                           case when i % 4 = 0 then f.facility_id end, 'bench'
                    from generate_series(1, 50000) i join f on f.rn = (i * 7919) % (select count(*) from f) + 1
                    """);
            sql.execute("analyze appeal_marker");
            sql.execute("analyze place_building");
            sql.execute("analyze place_facility");
        }
        String operator = system.token(Tokens.OPERATOR);
        String centre = system.commandCenter.url();
        Supplier<String> view = () -> {
            Grid grid = grids.get(random.nextInt(grids.size()));
            double south = grid.south() + random.nextDouble() * Math.max(0, grid.north() - grid.south() - VIEW_LAT);
            double west = grid.west() + random.nextDouble() * Math.max(0, grid.east() - grid.west() - VIEW_LON);
            return String.format(Locale.ROOT, "west=%.6f&south=%.6f&east=%.6f&north=%.6f", west, south,
                    west + VIEW_LON, south + VIEW_LAT);
        };
        List<String> answers = new ArrayList<>();
        answers.add(String.format("%-40s | %7s | %7s | %7s | %7s | %-6s | %s", "command centre (50,000 open)",
                "p50 ms", "p95 ms", "p99 ms", "max ms", "target", "answer"));
        answers.add(measure("buildings in a street-zoom view", 1, 200, operator,
                () -> centre + "/api/v1/layers/buildings?" + view.get(),
                answer -> answer.path("items").size() + " buildings"));
        answers.add(measure("facilities in a street-zoom view", 1, 200, operator,
                () -> centre + "/api/v1/layers/facilities?" + view.get(),
                answer -> answer.path("items").size() + " facilities"));
        answers.add(measure("appeals in a street-zoom view", 1, 200, operator,
                () -> centre + "/api/v1/map/appeals?zoom=16&" + view.get(),
                answer -> answer.path("total").asLong() + " appeals (" + answer.path("mode").asText() + ")"));
        answers.add(measure("organisations in a street-zoom view", 1, 200, operator,
                () -> centre + "/api/v1/layers/organisations?" + view.get(),
                answer -> answer.size() + " organisations"));
        answers.add(measure("a building's card", 1, 200, operator,
                () -> centre + "/api/v1/cards/buildings/bench-b" + String.format("%05d", random.nextInt(BUILDINGS)),
                answer -> answer.path("appeals").size() + " appeals"));
        answers.add(measure("the repeat problems", 1, 200, operator, () -> centre + "/api/v1/repeat-problems",
                answer -> answer.path("facilities").size() + " facilities"));
        System.out.println(String.join(System.lineSeparator(), answers));
    }

    private static String timedImport(String registry, String token, String kind, String type, String body) {
        long start = System.nanoTime();
        Response response = given().baseUri(registry).auth().oauth2(token).contentType(type + "; charset=UTF-8")
                .body(body).post("/api/v1/imports/" + kind.split(" ")[0]);
        double seconds = (System.nanoTime() - start) / 1e9;
        response.then().statusCode(200);
        return String.format("%-34s | %10.1f | %,d rows: %,d created, %,d updated, %,d unchanged (%,d KiB)", kind,
                seconds, response.<Integer>path("rows"), response.<Integer>path("created"),
                response.<Integer>path("updated"), response.<Integer>path("unchanged"), body.length() / 1024);
    }

    /**
     * Times {@link #MEASURED} GETs of the URLs {@code next} gives, from {@code clients} threads, after
     * {@link #WARM_UP} untimed ones. A plain HTTP client: the answer is read into memory and timed, then parsed
     * (untimed) for the last column, so the figure is the service's and the network's, not this JVM's.
     */
    private static String measure(String question, int clients, long targetMillis, String token,
            Supplier<String> next, java.util.function.Function<JsonNode, String> answer) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < WARM_UP; i++) {
            get(http, next.get(), token);
        }
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        String[] last = new String[1];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            work.add(pool.submit(() -> {
                for (int i = 0; i < MEASURED / clients; i++) {
                    String url;
                    synchronized (next) {
                        url = next.get();
                    }
                    long start = System.nanoTime();
                    byte[] body = get(http, url, token);
                    micros.add((System.nanoTime() - start) / 1_000);
                    last[0] = answer.apply(JSON.readTree(body));
                }
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(micros);
        sorted.sort(Long::compare);
        double p99 = percentile(sorted, 0.99);
        return String.format("%-40s | %7.1f | %7.1f | %7.1f | %7.1f | %-6s | %s", question, percentile(sorted, 0.50),
                percentile(sorted, 0.95), p99, sorted.get(sorted.size() - 1) / 1000.0,
                (p99 <= targetMillis ? "met " : "MISSED ") + targetMillis, last[0]);
    }

    private static byte[] get(HttpClient http, String url, String token) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static double percentile(List<Long> sortedMicros, double fraction) {
        int index = (int) Math.ceil(fraction * sortedMicros.size()) - 1;
        return sortedMicros.get(Math.max(0, index)) / 1000.0;
    }

    private static List<Grid> grids() throws IOException {
        JsonNode map = JSON.readTree(Files.readString(MAP));
        List<Grid> grids = new ArrayList<>();
        for (JsonNode feature : map.path("features")) {
            if (!feature.path("properties").path("level").asText().equals("grid")) {
                continue;
            }
            double south = 90;
            double west = 180;
            double north = -90;
            double east = -180;
            for (JsonNode point : feature.path("geometry").path("coordinates").path(0)) {
                west = Math.min(west, point.path(0).asDouble());
                east = Math.max(east, point.path(0).asDouble());
                south = Math.min(south, point.path(1).asDouble());
                north = Math.max(north, point.path(1).asDouble());
            }
            grids.add(new Grid(feature.path("properties").path("id").asText(), south, west, north, east));
        }
        return grids;
    }

    private static String organisations() {
        StringBuilder csv = new StringBuilder("code,type,name,members\n");
        for (int i = 0; i < 50; i++) {
            csv.append(String.format("BENCH-PC-%03d,PROPERTY_COMPANY,基准物业%03d,20%n", i, i));
        }
        csv.append("BENCH-LIFT,ENTERPRISE,基准电梯维保,30\n");
        return csv.toString();
    }

    private static String buildings(List<Grid> grids, double[][] points, Random random) throws IOException {
        List<Object> features = new ArrayList<>();
        for (int b = 0; b < BUILDINGS; b++) {
            Grid grid = grids.get(b % grids.size());
            double lat = grid.south() + random.nextDouble() * (grid.north() - grid.south());
            double lon = grid.west() + random.nextDouble() * (grid.east() - grid.west());
            points[b] = new double[] {lat, lon};
            features.add(java.util.Map.of("type", "Feature",
                    "geometry", java.util.Map.of("type", "Point", "coordinates", List.of(lon, lat)),
                    "properties", java.util.Map.of("id", String.format("bench-b%05d", b), "grid", grid.id(),
                            "address", "碧泉街道基准小区" + b + "栋", "number", b + "栋", "floors", 6 + b % 25,
                            "entrances", 1 + b % 3, "dwellings", DWELLINGS_PER_BUILDING,
                            "propertyCompany", String.format("BENCH-PC-%03d", b % 50))));
        }
        return JSON.writeValueAsString(java.util.Map.of("type", "FeatureCollection", "features", features));
    }

    /** 20 dwellings per building; 2.5 residents each on average (250,000); a contact on every third. */
    private static String households(Random random) {
        int[] residents = {1, 2, 3, 4, 2, 3};
        StringBuilder csv = new StringBuilder(8_000_000);
        csv.append("building,entrance,room,occupancy,residents,elderlyLivingAlone,disabled,leftBehindChildren,"
                + "lowIncome,contactName,contactPhone\n");
        int n = 0;
        for (int b = 0; b < BUILDINGS; b++) {
            for (int d = 0; d < DWELLINGS_PER_BUILDING; d++, n++) {
                int people = residents[n % residents.length];
                csv.append(String.format("bench-b%05d,%d,%d%02d,%s,%d,%s,%s,,%s,%s,%s%n", b, 1 + d % 2, 1 + d / 4,
                        1 + d % 4, n % 7 == 0 ? "RENTED" : "OWNER_OCCUPIED", people,
                        people == 1 && n % 3 == 0, n % 50 == 0, n % 33 == 0,
                        n % 3 == 0 ? "住户" + n : "", n % 3 == 0 ? String.format("139%08d", n) : ""));
            }
        }
        return csv.toString();
    }

    /** 4 per building: half in it (elevators, extinguisher points), half around it. */
    private static String facilities(double[][] points, Random random) {
        List<String> classes = FacilityClassCatalogue.all().stream().map(FacilityClassCatalogue.FacilityClass::code)
                .toList();
        // Serials from 100,001 on: the sample street's facilities keep theirs.
        int[] serials = new int[10_000];
        java.util.Arrays.fill(serials, 100_000);
        StringBuilder csv = new StringBuilder("code,class,name,building,floor,latitude,longitude,maintainer,department\n");
        for (int f = 0; f < FACILITIES; f++) {
            int b = f % BUILDINGS;
            boolean inside = f % 2 == 0;
            String cls = inside ? (f % 4 == 0 ? "0601" : "0602") : classes.get(random.nextInt(classes.size()));
            int serial = ++serials[Integer.parseInt(cls)];
            double lat = points[b][0] + (random.nextDouble() - 0.5) * 0.0008;
            double lon = points[b][1] + (random.nextDouble() - 0.5) * 0.0008;
            csv.append(String.format(Locale.ROOT, "500120%s%06d,%s,基准部件%d,%s,%s,%s,%s,%s,%s%n", cls, serial, cls, f,
                    inside ? String.format("bench-b%05d", b) : "", inside ? "1" : "", inside ? "" : lat,
                    inside ? "" : lon, cls.equals("0601") ? "BENCH-LIFT" : "", "STREET_OFFICE"));
        }
        return csv.toString();
    }

    /**
     * 100,000 appeals of the last 180 days, one in five still open, each naming a facility (and its building): put
     * straight into the registry's table, as its consumer would have, so that the cards have appeals to list.
     */
    private static void loadAppeals(RunningSystem system) throws Exception {
        long start = System.nanoTime();
        try (Connection db = system.postgres.connect("registry"); Statement sql = db.createStatement()) {
            sql.execute("""
                    with f as (select id, building_id, row_number() over (order by id) as rn from facility
                               where name like '基准部件%')
                    insert into registry_appeal (appeal_id, reference, category, facility_id, building_id,
                                                 submitted_at, open, outcome)
                    select gen_random_uuid(), 'BQ-BENCH-' || i, 'FACILITY_DAMAGE', f.id, f.building_id,
                           now() - ((i % 180) * interval '1 day'), i % 5 = 0,
                           case when i % 5 = 0 then null else 'FIXED' end
                    from generate_series(1, APPEALS) i join f on f.rn = (i * 7919) % (select count(*) from f) + 1
                    """.replace("APPEALS", String.valueOf(APPEALS)));
            sql.execute("analyze registry_appeal");
        }
        System.out.printf("Loaded %,d appeals into the registry's table in %.1f s%n", APPEALS,
                (System.nanoTime() - start) / 1e9);
    }

    private static int countBuildings(RunningSystem system) throws Exception {
        try (Connection db = system.postgres.connect("registry"); Statement sql = db.createStatement();
                var rows = sql.executeQuery("select count(*) from building where id like 'bench-b%'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
