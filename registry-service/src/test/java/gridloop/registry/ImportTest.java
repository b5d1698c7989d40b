package gridloop.registry;

import static gridloop.registry.RegistryFixture.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Imports are all or nothing, report every bad row, and change nothing when repeated. */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class ImportTest {

    /** Row 2 is good; rows 3, 4, 5 and 6 are each wrong, row 4 twice. */
    static final String BAD_HOUSEHOLDS = """
            building,entrance,room,occupancy,residents,elderlyLivingAlone,disabled,leftBehindChildren,lowIncome,contactName,contactPhone
            haoyu-g1-b2,1,101,OWNER_OCCUPIED,2,,,,,,
            no-such-building,1,101,OWNER_OCCUPIED,2,,,,,,
            haoyu-g1-b2,1,102,LIVED_IN,many,,,,,,
            haoyu-g1-b2,1,103,VACANT,2,,,,,,
            haoyu-g1-b2,1,104,RENTED,1,,,,,,not-a-phone
            """;

    @BeforeEach
    void street() {
        RegistryFixture.load();
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeWithEveryProblem() {
        long before = households("haoyu-g1-b2");
        given().auth().oauth2(token(Tokens.REGISTRAR)).contentType("text/csv; charset=UTF-8")
                .header("Accept-Language", "en").body(BAD_HOUSEHOLDS).post("/api/v1/imports/households").then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", containsString("import-refused")).body("problems", hasSize(5))
                .body("problems.row", hasItems(3, 4, 5, 6))
                .body("problems.column", hasItems("building", "occupancy", "residents", "contactPhone"))
                .body("problems.find { it.row == 3 }.problem", containsString("no-such-building"));
        assertEquals(before, households("haoyu-g1-b2"), "the good row 2 was not imported either");
    }

    @Test
    void aDryRunReportsTheSameProblemsInChineseAndChangesNothing() {
        given().auth().oauth2(token(Tokens.REGISTRAR)).contentType("text/csv; charset=UTF-8")
                .queryParam("dryRun", true).body(BAD_HOUSEHOLDS).post("/api/v1/imports/households").then()
                .statusCode(200).header("Content-Language", "zh-CN").body("dryRun", equalTo(true))
                .body("problems", hasSize(5))
                .body("problems.find { it.row == 4 && it.column == 'residents' }.problem", equalTo("须为整数"));
    }

    @Test
    void aDryRunOfAGoodFileCountsWhatItWouldDoAndDoesNothing() {
        String file = """
                building,entrance,room,occupancy,residents
                haoyu-g1-b2,2,901,OWNER_OCCUPIED,3
                haoyu-g1-b2,2,902,RENTED,1
                """;
        long before = households("haoyu-g1-b2");
        given().auth().oauth2(token(Tokens.REGISTRAR)).contentType("text/csv").queryParam("dryRun", true)
                .body(file).post("/api/v1/imports/households").then().statusCode(200)
                .body("rows", equalTo(2)).body("created", equalTo(2)).body("problems", empty());
        assertEquals(before, households("haoyu-g1-b2"));
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() {
        expectNoChange(importAgain("organisations", "text/csv", RegistryFixture.ORGANISATIONS), 4);
        expectNoChange(importAgain("buildings", "application/geo+json", RegistryFixture.BUILDINGS), 3);
        expectNoChange(importAgain("households", "text/csv", RegistryFixture.HOUSEHOLDS), 5);
        expectNoChange(importAgain("facilities", "text/csv", RegistryFixture.FACILITIES), 2);
    }

    @Test
    void aBuildingOutlineBelongsToTheMapAndAnUndrawnBuildingNeedsItsGridAndPoint() {
        String file = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[106.211, 29.591],
                    [106.212, 29.591], [106.212, 29.592], [106.211, 29.591]]]},
                   "properties": {"id": "haoyu-g1-b1", "address": "1栋", "number": "1栋"}},
                  {"type": "Feature", "geometry": null, "properties": {"id": "haoyu-b9", "address": "9栋", "number": "9栋"}},
                  {"type": "Feature", "geometry": null, "properties": {"id": "haoyu-g1-b2", "grid": "haoyu-g2",
                   "address": "2栋", "number": "2栋"}}
                ]}""";
        given().auth().oauth2(token(Tokens.REGISTRAR)).contentType("application/geo+json").body(file)
                .header("Accept-Language", "en").post("/api/v1/imports/buildings").then().statusCode(422)
                .body("problems.row", hasItems(1, 2, 3))
                .body("problems.find { it.row == 1 }.problem", containsString("grid map"))
                .body("problems.find { it.row == 3 }.problem", containsString("haoyu-g1"));
    }

    @Test
    void unknownKindsEmptyFilesAndOtherRolesAreRefused() {
        given().auth().oauth2(token(Tokens.REGISTRAR)).contentType("text/csv").body("a,b\n")
                .post("/api/v1/imports/people").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token(Tokens.REGISTRAR)).contentType("text/csv").body("code,type,name\n")
                .post("/api/v1/imports/organisations").then().statusCode(422).body("problems[0].row", equalTo(0));
        given().auth().oauth2(token(Tokens.OPERATOR)).contentType("text/csv").body(RegistryFixture.ORGANISATIONS)
                .post("/api/v1/imports/organisations").then().statusCode(403);
        given().contentType("text/csv").body(RegistryFixture.ORGANISATIONS)
                .post("/api/v1/imports/organisations").then().statusCode(401);
    }

    private static ValidatableResponse importAgain(String kind, String type, String body) {
        return given().auth().oauth2(token(Tokens.REGISTRAR)).contentType(type + "; charset=UTF-8").body(body)
                .post("/api/v1/imports/" + kind).then().statusCode(200);
    }

    private static void expectNoChange(ValidatableResponse response, int rows) {
        response.body("rows", equalTo(rows)).body("created", equalTo(0)).body("updated", equalTo(0))
                .body("unchanged", equalTo(rows)).body("problems", empty());
    }

    private static long households(String building) {
        return given().auth().oauth2(token(Tokens.REGISTRAR)).get("/api/v1/buildings/" + building).then()
                .statusCode(200).extract().jsonPath().getLong("people.households");
    }
}
