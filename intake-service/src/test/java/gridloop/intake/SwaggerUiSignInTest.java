package gridloop.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI (on in tests and in ./gridloop, off in production) signs in at the district's provider as the public
 * client, with the authorization code flow and PKCE; the document names the OpenID Connect discovery it uses.
 */
@QuarkusTest
class SwaggerUiSignInTest {

    @Test
    void swaggerUiAuthorisesAsThePublicClientWithPkce() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .body(containsString("clientId: 'gridloop-app'"))
                .body(containsString("usePkceWithAuthorizationCodeGrant: true"))
                // The code flow alone, without a client-secret field: the plugin is loaded and used.
                .body(containsString("src=\"/swagger-ui-extra/authorization-code-only.js\""))
                .body(matchesPattern("(?s).*plugins: \\[[^]]*AuthorizationCodeOnly.*"));
        given().get("/swagger-ui-extra/authorization-code-only.js").then().statusCode(200)
                .body(containsString("['authorization_code', 'authorizationCode']"))
                .body(containsString("label[for^=\"client_secret_\"]"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/realms/gridloop/.well-known/openid-configuration"));
    }
}
