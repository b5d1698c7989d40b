package gridloop.dispatch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The task list is paged no deeper than item 10,000, even for an operator. */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class TaskPageWindowTest {

    @Test
    void pagesReachAtMostItemTenThousand() {
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("page", 99).queryParam("size", 100)
                .get("/api/v1/tasks").then().statusCode(200);
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("page", 100).queryParam("size", 100)
                .get("/api/v1/tasks").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("page"));
    }
}
