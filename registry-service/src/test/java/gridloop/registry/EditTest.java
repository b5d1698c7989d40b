package gridloop.registry;

import static gridloop.registry.RegistryFixture.WORKER_G1;
import static gridloop.registry.RegistryFixture.WORKER_G2;
import static gridloop.registry.RegistryFixture.token;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import gridloop.registry.imports.RegistryIds;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Single records are edited with optimistic concurrency (ETag, If-Match), and a household can be erased. */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class EditTest {

    @BeforeEach
    void street() {
        RegistryFixture.load();
    }

    static final String X9 = "haoyu-g1-x9";

    /** Records of this test's own, so that the others' fixture stays as imported. */
    static final String OWN = """
            building,entrance,room,occupancy,residents,disabled,lowIncome,contactName,contactPhone
            haoyu-g1-x9,2,1701,OWNER_OCCUPIED,2,true,true,,
            haoyu-g1-x9,2,1702,RENTED,3,,,刘建华,13800002002
            """;
    static final String OWN_BUILDING = """
            {"type": "FeatureCollection", "features": [{"type": "Feature",
              "geometry": {"type": "Point", "coordinates": [106.2155, 29.5955]},
              "properties": {"id": "haoyu-g1-x9", "grid": "haoyu-g1", "address": "鸿康皓宇小区9栋", "number": "9栋"}}]}""";

    @BeforeEach
    void ownRecords() {
        RegistryFixture.importFile("buildings", "application/geo+json", OWN_BUILDING);
        RegistryFixture.importFile("households", "text/csv", OWN);
    }

    @Test
    void aStaleWriteIs412AndOneWithoutIfMatchIs428() {
        UUID household = RegistryIds.household(X9, 2, "1701");
        String etag = given().auth().oauth2(token(WORKER_G1)).get("/api/v1/households/" + household).then()
                .statusCode(200).extract().header("ETag");
        String body = """
                {"occupancy": "OWNER_OCCUPIED", "residents": 2, "disabled": true, "lowIncome": false}""";
        String next = given().auth().oauth2(token(WORKER_G1)).contentType("application/json").header("If-Match", etag)
                .body(body).put("/api/v1/households/" + household).then().statusCode(200)
                .body("lowIncome", equalTo(false)).extract().header("ETag");
        assertNotEquals(etag, next);
        given().auth().oauth2(token(Tokens.REGISTRAR)).contentType("application/json").header("If-Match", etag)
                .body(body).put("/api/v1/households/" + household).then().statusCode(412)
                .contentType("application/problem+json");
        given().auth().oauth2(token(Tokens.REGISTRAR)).contentType("application/json").body(body)
                .put("/api/v1/households/" + household).then().statusCode(428);
        given().auth().oauth2(token(WORKER_G2)).contentType("application/json").header("If-Match", next).body(body)
                .put("/api/v1/households/" + household).then().statusCode(404);
    }

    @Test
    void anEditIsCheckedByTheImportsRules() {
        UUID household = RegistryIds.household(X9, 2, "1702");
        String etag = given().auth().oauth2(token(Tokens.REGISTRAR)).get("/api/v1/households/" + household).then()
                .statusCode(200).extract().header("ETag");
        given().auth().oauth2(token(Tokens.REGISTRAR)).contentType("application/json").header("If-Match", etag)
                .header("Accept-Language", "zh-CN")
                .body("""
                        {"occupancy": "VACANT", "residents": 3, "contactName": "刘建华"}""")
                .put("/api/v1/households/" + household).then().statusCode(422)
                .body("violations.field", hasItem("occupancy"))
                .body("violations.message", hasItem("空置房屋的人数须为 0，且没有联系人和关爱标记"));
    }

    @Test
    void aBuildingsFactsChangeWithItsETag() {
        String etag = given().auth().oauth2(token(Tokens.REGISTRAR)).get("/api/v1/buildings/" + X9).then()
                .statusCode(200).extract().header("ETag");
        given().auth().oauth2(token(Tokens.REGISTRAR)).contentType("application/json").header("If-Match", etag)
                .body("""
                        {"grid": "haoyu-g1", "latitude": 29.5955, "longitude": 106.2155, "address": "鸿康皓宇小区9栋",
                         "number": "9栋", "floors": 18, "entrances": 2, "yearBuilt": 2013}""")
                .put("/api/v1/buildings/" + X9).then().statusCode(200).body("entrances", equalTo(2))
                .body("yearBuilt", equalTo(2013));
        given().auth().oauth2(token(Tokens.OPERATOR)).contentType("application/json").header("If-Match", etag)
                .body("{}").put("/api/v1/buildings/" + X9).then().statusCode(403);
    }

    @Test
    void aContactNotChangedForAYearIsErasedAndTheHouseholdStays() throws SQLException {
        UUID household = RegistryIds.household(X9, 2, "1702");
        given().auth().oauth2(token(Tokens.REGISTRAR)).queryParam("purpose", "Check the contact is there")
                .get("/api/v1/households/" + household + "/contact").then().statusCode(200);
        try (Connection db = GridLoopTestInfrastructure.current().postgres()
                .connect(GridLoopTestInfrastructure.DATABASE)) {
            db.createStatement().executeUpdate("update household_contact set confirmed_at = now() - interval '366 days'"
                    + " where household_id = '" + household + "'");
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .auth().oauth2(token(Tokens.REGISTRAR)).queryParam("purpose", "Check the contact is gone")
                .get("/api/v1/households/" + household + "/contact").then().statusCode(404));
        given().auth().oauth2(token(Tokens.REGISTRAR)).get("/api/v1/households/" + household).then()
                .statusCode(200).body("hasContact", equalTo(false)).body("residents", equalTo(3));
    }

    @Test
    void erasingAHouseholdErasesItsPeople() {
        given().auth().oauth2(token(Tokens.REGISTRAR)).contentType("text/csv").body("""
                building,entrance,room,occupancy,residents,contactName,contactPhone
                haoyu-g1-b2,2,1801,OWNER_OCCUPIED,2,孙丽华,13800002001
                """).post("/api/v1/imports/households").then().statusCode(200);
        UUID household = RegistryIds.household("haoyu-g1-b2", 2, "1801");
        given().auth().oauth2(token(Tokens.REGISTRAR)).queryParam("purpose", "Check before erasing")
                .get("/api/v1/households/" + household + "/contact").then().statusCode(200);
        given().auth().oauth2(token(Tokens.REGISTRAR)).delete("/api/v1/households/" + household).then()
                .statusCode(204);
        given().auth().oauth2(token(Tokens.REGISTRAR)).get("/api/v1/households/" + household).then()
                .statusCode(404);
        given().auth().oauth2(token(Tokens.REGISTRAR)).queryParam("purpose", "Check after erasing")
                .get("/api/v1/households/" + household + "/contact").then().statusCode(404);
    }
}
