package gridloop.registry;

import static gridloop.registry.RegistryFixture.B1;
import static gridloop.registry.RegistryFixture.B3;
import static gridloop.registry.RegistryFixture.WORKER_G1;
import static gridloop.registry.RegistryFixture.WORKER_G2;
import static gridloop.registry.RegistryFixture.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.registry.imports.RegistryIds;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who sees people (security.md, "Households"): operators see counts; a household and its contact are for registrars
 * and the grid worker of its grid (404 for any other worker); every read of a contact is in the access log with its
 * purpose, and a count never is.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class HouseholdAccessTest {

    /** 1-1-101 of building 1 (grid 1): an elderly resident living alone, with a contact. */
    static final UUID ELDERLY = RegistryIds.household(B1, 1, "101");
    static final UUID OF_GRID_2 = RegistryIds.household(B3, 1, "101");

    @BeforeEach
    void street() {
        RegistryFixture.load();
    }

    @Test
    void operatorsSeeCountsCareGroupsIncludedButNoHousehold() {
        given().auth().oauth2(token(Tokens.OPERATOR)).get("/api/v1/buildings/" + B1).then().statusCode(200)
                .body("people.households", equalTo(4)).body("people.residents", equalTo(6))
                .body("people.vacant", equalTo(1)).body("careGroups.elderlyLivingAlone", equalTo(1))
                .body("careGroups.disabled", equalTo(1)).body("careGroups.leftBehindChildren", equalTo(1))
                .body("careGroups.lowIncome", equalTo(1));
        given().auth().oauth2(token(Tokens.OPERATOR)).get("/api/v1/buildings/" + B1 + "/households").then()
                .statusCode(403);
        given().auth().oauth2(token(Tokens.OPERATOR)).get("/api/v1/households/" + ELDERLY).then().statusCode(403);
        given().auth().oauth2(token(Tokens.OPERATOR)).queryParam("purpose", "Check on an elderly resident")
                .get("/api/v1/households/" + ELDERLY + "/contact").then().statusCode(403);
    }

    @Test
    void otherStaffSeeTotalsButNotCareGroups() {
        for (String user : new String[] {Tokens.HOUSING, Tokens.HOTLINE, WORKER_G2}) {
            given().auth().oauth2(token(user)).get("/api/v1/buildings/" + B1).then().statusCode(200)
                    .body("people.households", equalTo(4)).body("careGroups", nullValue());
        }
        given().auth().oauth2(token(WORKER_G1)).get("/api/v1/buildings/" + B1).then().statusCode(200)
                .body("careGroups.elderlyLivingAlone", equalTo(1));
        given().auth().oauth2(token(Tokens.RESIDENT)).get("/api/v1/buildings/" + B1).then().statusCode(403);
        given().get("/api/v1/buildings/" + B1).then().statusCode(401);
    }

    @Test
    void theWorkerOfTheGridAndRegistrarsSeeHouseholdsOthersGet404() {
        given().auth().oauth2(token(WORKER_G1)).get("/api/v1/buildings/" + B1 + "/households").then()
                .statusCode(200).body("", hasSize(4)).body("room", hasItem("101"))
                .body("every { !it.containsKey('contactName') && !it.containsKey('contactPhone') }", equalTo(true));
        given().auth().oauth2(token(Tokens.REGISTRAR)).get("/api/v1/households/" + ELDERLY).then().statusCode(200)
                .body("elderlyLivingAlone", equalTo(true)).body("hasContact", equalTo(true));
        given().auth().oauth2(token(WORKER_G2)).get("/api/v1/buildings/" + B1 + "/households").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(token(WORKER_G2)).get("/api/v1/households/" + ELDERLY).then().statusCode(404);
        given().auth().oauth2(token(WORKER_G2)).get("/api/v1/households/" + OF_GRID_2).then().statusCode(200);
        given().auth().oauth2(token(Tokens.RESIDENT)).get("/api/v1/households/" + ELDERLY).then().statusCode(403);
        given().get("/api/v1/households/" + ELDERLY).then().statusCode(401);
    }

    @Test
    void everyReadOfAContactIsLoggedWithItsPurposeAndNothingElseIs() throws SQLException {
        long before = reads(ELDERLY);
        given().auth().oauth2(token(WORKER_G1)).get("/api/v1/households/" + ELDERLY + "/contact").then()
                .statusCode(400).body("violations.field", hasItem("purpose"));
        given().auth().oauth2(token(WORKER_G2)).queryParam("purpose", "Curious")
                .get("/api/v1/households/" + ELDERLY + "/contact").then().statusCode(404);
        given().auth().oauth2(token(Tokens.OPERATOR)).get("/api/v1/buildings/" + B1).then().statusCode(200);
        given().auth().oauth2(token(WORKER_G1)).get("/api/v1/buildings/" + B1 + "/households").then()
                .statusCode(200);
        assertEquals(before, reads(ELDERLY), "refusals, counts and lists are not contact reads");

        given().auth().oauth2(token(WORKER_G1)).queryParam("purpose", "高温天气上门探访独居老人")
                .get("/api/v1/households/" + ELDERLY + "/contact").then().statusCode(200)
                .body("name", equalTo("陈桂兰")).body("phone", equalTo("13800001001"))
                .body("keptUntil", notNullValue());
        assertEquals(before + 1, reads(ELDERLY));
        given().auth().oauth2(token(Tokens.OPERATOR)).queryParam("record", ELDERLY.toString())
                .get("/api/v1/contact-reads").then().statusCode(200)
                .body("items[0].reader", notNullValue()).body("items[0].readerRole", equalTo("grid-worker"))
                .body("items[0].recordKind", equalTo("household"))
                .body("items[0].purpose", equalTo("高温天气上门探访独居老人"))
                .body("items[0].buildingId", equalTo(B1));
        given().auth().oauth2(token(Tokens.REGISTRAR)).get("/api/v1/contact-reads").then().statusCode(403);
        given().auth().oauth2(token(WORKER_G1)).get("/api/v1/contact-reads").then().statusCode(403);
    }

    @Test
    void anOrganisationsContactIsReadWithAPurposeToo() throws SQLException {
        UUID branch = RegistryIds.organisation("T-BRANCH");
        long before = reads(branch);
        given().auth().oauth2(token(Tokens.OPERATOR)).get("/api/v1/organisations/" + branch).then().statusCode(200)
                .body("hasContact", equalTo(true)).body("contactName", nullValue());
        given().auth().oauth2(token(Tokens.OPERATOR)).queryParam("purpose", "Arrange the weekly meeting")
                .get("/api/v1/organisations/" + branch + "/contact").then().statusCode(200)
                .body("name", equalTo("王秀英"));
        given().auth().oauth2(token(WORKER_G1)).queryParam("purpose", "Arrange the weekly meeting")
                .get("/api/v1/organisations/" + branch + "/contact").then().statusCode(403);
        assertEquals(before + 1, reads(branch));
    }

    static long reads(UUID record) throws SQLException {
        try (Connection connection = GridLoopTestInfrastructure.current().postgres()
                .connect(GridLoopTestInfrastructure.DATABASE);
                ResultSet rows = connection.createStatement().executeQuery(
                        "select count(*) from contact_read where record_id = '" + record + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
