package gridloop.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gridloop.events.GridMapInForce;
import gridloop.events.GridRosterInForce;
import gridloop.events.Topics;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * A small street for the registry's tests, on the real broker and database: the map dispatch would publish (two
 * grids of Hongkang Haoyu, three buildings), who works each grid, and a registry imported through the API as a
 * registrar. Loading it again changes nothing (imports match records by key), so every test class may ask for it.
 */
final class RegistryFixture {

    static final String G1 = "haoyu-g1";
    static final String G2 = "haoyu-g2";
    static final String B1 = "haoyu-g1-b1";
    static final String B2 = "haoyu-g1-b2";
    static final String B3 = "haoyu-g2-b1";
    static final String WORKER_G1 = "w-haoyu-g1-1";
    static final String WORKER_G2 = "w-haoyu-g2-1";
    static final String ELEVATOR_CODE = "5001200601000001";
    static final String HYDRANT_CODE = "5001200117000001";

    static final String ORGANISATIONS = """
            code,type,name,parent,contactName,contactPhone,members,buildings,units
            T-BRANCH,PARTY_BRANCH,鸿康皓宇小区党支部,,王秀英,023-4150 0001,100,,haoyu-g1;haoyu-g2
            T-PM,PROPERTY_COMPANY,鸿康物业,,物业服务中心,023-4150 0002,36,,haoyu-g1
            T-LIFT,ENTERPRISE,鸿运电梯维保,,值班室,023-4150 0005,22,,
            T-TEAM,VOLUNTEER_TEAM,平安巡逻队,T-BRANCH,,,35,,haoyu-g1
            """;
    static final String BUILDINGS = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": null, "properties": {"id": "haoyu-g1-b1", "estate": "鸿康皓宇小区",
                "address": "重庆市璧山区碧泉街道鸿康皓宇小区1栋", "number": "1栋", "floors": 18, "entrances": 2,
                "dwellings": 144, "yearBuilt": 2012, "use": "RESIDENTIAL", "propertyCompany": "T-PM"}},
              {"type": "Feature", "geometry": null, "properties": {"id": "haoyu-g1-b2", "estate": "鸿康皓宇小区",
                "address": "重庆市璧山区碧泉街道鸿康皓宇小区2栋", "number": "2栋", "floors": 18}},
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [106.2215, 29.5915]},
                "properties": {"id": "haoyu-g2-b1", "grid": "haoyu-g2", "estate": "鸿康皓宇小区",
                "address": "重庆市璧山区碧泉街道鸿康皓宇小区3栋", "number": "3栋", "floors": 18}}
            ]}""";
    /** Four households of building 1 (one vacant), one of building 3; every contact name and phone is unique. */
    static final String HOUSEHOLDS = """
            building,entrance,room,occupancy,residents,elderlyLivingAlone,disabled,leftBehindChildren,lowIncome,contactName,contactPhone
            haoyu-g1-b1,1,101,OWNER_OCCUPIED,1,true,,,,陈桂兰,13800001001
            haoyu-g1-b1,1,102,RENTED,3,,,true,,刘建国,13800001002
            haoyu-g1-b1,1,201,OWNER_OCCUPIED,2,,true,,true,,
            haoyu-g1-b1,2,101,VACANT,0,,,,,,
            haoyu-g2-b1,1,101,OWNER_OCCUPIED,4,,,,,赵玉兰,13800001003
            """;
    static final List<String> CONTACTS = List.of("陈桂兰", "13800001001", "刘建国", "13800001002", "赵玉兰",
            "13800001003");
    static final String FACILITIES = """
            code,class,name,building,floor,latitude,longitude,maintainer,department,status
            5001200601000001,0601,1栋1单元电梯,haoyu-g1-b1,1,,,T-LIFT,HOUSING,
            5001200117000001,0117,消防栓,,,29.5935,106.2155,,FIRE_SAFETY,
            """;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile boolean loaded;

    private RegistryFixture() {
    }

    static synchronized void load() {
        if (loaded) {
            return;
        }
        KafkaTestClient kafka = GridLoopTestInfrastructure.current().kafka();
        Instant at = Instant.parse("2026-12-01T00:00:00Z");
        kafka.sendEvent(new GridMapInForce("biquan", "Biquan Street", 0, map(), at));
        kafka.sendEvent(new GridRosterInForce(G1, "niujiaowan", List.of(new GridRosterInForce.Worker(WORKER_G1,
                "张丽", "1234567", 0, 1440)), at));
        kafka.sendEvent(new GridRosterInForce(G2, "niujiaowan", List.of(new GridRosterInForce.Worker(WORKER_G2,
                "李强", "1234567", 0, 1440)), at));
        GridLoopTestInfrastructure.current().awaitQuiet("registry", Topics.GRID_MAPS, Topics.GRID_ROSTERS);
        importFile("organisations", "text/csv", ORGANISATIONS);
        importFile("buildings", "application/geo+json", BUILDINGS);
        importFile("households", "text/csv", HOUSEHOLDS);
        importFile("facilities", "text/csv", FACILITIES);
        loaded = true;
    }

    static void importFile(String kind, String type, String body) {
        given().auth().oauth2(Tokens.of(Tokens.REGISTRAR)).contentType(type + "; charset=UTF-8").body(body)
                .post("/api/v1/imports/" + kind).then().statusCode(200).body("problems", empty());
    }

    static String token(String user) {
        return Tokens.of(user);
    }

    private static JsonNode map() {
        String geojson = """
                {"type": "FeatureCollection", "features": [
                  %s, %s, %s, %s, %s, %s, %s
                ]}""".formatted(
                feature("street", "biquan", null, "碧泉街道", 106.20, 29.58, 106.25, 29.62),
                feature("community", "niujiaowan", "biquan", "牛角湾社区", 106.20, 29.58, 106.25, 29.62),
                feature("grid", G1, "niujiaowan", "鸿康皓宇小区第一网格", 106.21, 29.59, 106.22, 29.60),
                feature("building", B1, G1, "1栋", 106.211, 29.591, 106.212, 29.592),
                feature("building", B2, G1, "2栋", 106.213, 29.591, 106.214, 29.592),
                feature("grid", G2, "niujiaowan", "鸿康皓宇小区第二网格", 106.22, 29.59, 106.23, 29.60),
                feature("grid", "haoyu-empty", "niujiaowan", "空网格", 106.23, 29.59, 106.24, 29.60));
        try {
            return JSON.readTree(geojson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String feature(String level, String id, String parent, String nameZh, double west, double south,
            double east, double north) {
        return """
                {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[%s, %s], [%s, %s], [%s, %s],
                  [%s, %s], [%s, %s]]]}, "properties": {"level": "%s", "id": "%s", "name": "%s",
                  "names": {"zh-CN": "%s", "en": "%s"}, "parent": %s}}""".formatted(west, south, east, south, east,
                north, west, north, west, south, level, id, id, nameZh, id, parent == null ? "null" : "\"" + parent
                        + "\"");
    }
}
