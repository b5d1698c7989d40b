package gridloop.systemtest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.localstack.EmbeddedPostgresServer;
import gridloop.localstack.FreePorts;
import gridloop.localstack.ServiceProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the packaged services do in production unless told otherwise (the prod profile, as the system tests run
 * them): the public port serves the API only, {@code /q/*} is on the management port, no UI to browse, no
 * infrastructure addresses in the health answer, and no start without a database password.
 */
class ProductionDefaultsSystemIT {

    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
    }

    @Test
    void thePublicPortServesTheApiOnlyAndTheManagementPortTheRest() {
        for (ServiceProcess service : List.of(system.intake, system.dispatch, system.feedback)) {
            assertNotEquals(service.url(), service.managementUrl());
            for (String path : List.of("/q/health/ready", "/q/health/live", "/q/metrics", "/q/openapi")) {
                int onThePublicPort = given().baseUri(service.url()).get(path).then().extract().statusCode();
                assertTrue(onThePublicPort == 404 || onThePublicPort == 401,
                        service.name() + " answers " + path + " on its public port with " + onThePublicPort);
                given().baseUri(service.managementUrl()).get(path).then().statusCode(200);
            }
        }
    }

    /** Each service connects as its own role: no superuser, no CREATEDB/CREATEROLE, nothing it may create in public. */
    @Test
    void eachServiceConnectsAsItsOwnLeastPrivilegeRole() throws Exception {
        for (ServiceProcess service : List.of(system.intake, system.dispatch, system.feedback)) {
            EmbeddedPostgresServer server = system.databaseServerOf(service.name());
            try (Connection admin = server.superuserConnection("postgres");
                    Statement query = admin.createStatement()) {
                ResultSet users = query.executeQuery("select distinct usename from pg_stat_activity where datname = '"
                        + service.name() + "' and backend_type = 'client backend'");
                List<String> connectedAs = new ArrayList<>();
                while (users.next()) {
                    connectedAs.add(users.getString(1));
                }
                assertEquals(List.of(service.name()), connectedAs, service.name() + "'s connections");
                ResultSet role = query.executeQuery("select rolsuper, rolcreatedb, rolcreaterole, rolbypassrls "
                        + "from pg_roles where rolname = '" + service.name() + "'");
                assertTrue(role.next());
                for (int column = 1; column <= 4; column++) {
                    assertFalse(role.getBoolean(column), service.name() + " role, " + role.getMetaData().getColumnName(column));
                }
            }
            try (Connection asTheService = server.connect(service.name());
                    Statement statement = asTheService.createStatement()) {
                assertEquals(service.name(), currentSchema(statement));
                assertThrows(SQLException.class, () -> statement.execute("create table public.intruder (id int)"));
            }
        }
    }

    private static String currentSchema(Statement statement) throws SQLException {
        ResultSet rows = statement.executeQuery("select current_schema()");
        rows.next();
        return rows.getString(1);
    }

    @Test
    void noSwaggerUiNorHealthUiButTheOpenApiDocument() {
        for (ServiceProcess service : List.of(system.intake, system.dispatch, system.feedback)) {
            given().baseUri(service.managementUrl()).get("/q/swagger-ui/").then().statusCode(404);
            given().baseUri(service.managementUrl()).get("/q/health-ui/").then().statusCode(404);
            given().baseUri(service.managementUrl()).accept("application/json").get("/q/openapi").then().statusCode(200);
        }
    }

    @Test
    void readinessDoesNotTellTheBrokersAddress() {
        String broker = system.broker.bootstrapServers();
        for (ServiceProcess service : List.of(system.intake, system.dispatch, system.feedback)) {
            given().baseUri(service.managementUrl()).get("/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body(not(containsString(broker)))
                    .body(not(containsString(broker.substring(broker.lastIndexOf(':') + 1))));
        }
    }

    @Test
    void aServiceWithoutADatabasePasswordRefusesToStartAndSaysWhichSettingIsMissing() throws Exception {
        Map<String, String> environment = new HashMap<>(ServiceProcess.environmentFor(FreePorts.pick(),
                FreePorts.pick(), system.broker.bootstrapServers(), system.postgres, "intake", system.oidc.issuer(),
                RunningSystem.PSEUDONYM_SECRET));
        // Everything else intake needs is there (its photo store's key pair too): only the password is missing.
        environment.putAll(ServiceProcess.objectStoreEnvironment(system.objectStore));
        environment.remove("QUARKUS_DATASOURCE_PASSWORD");
        Path output = Files.createTempFile(Path.of("target"), "no-password-", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar",
                Path.of("..", "intake-service", "target", "quarkus-app", "quarkus-run.jar").toString())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().remove("QUARKUS_DATASOURCE_PASSWORD");
        builder.environment().putAll(environment);
        Process intake = builder.start();
        try {
            assertTrue(intake.waitFor(60, TimeUnit.SECONDS), "it stops by itself, at once");
        } finally {
            intake.destroyForcibly();
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);
        assertNotEquals(0, intake.exitValue(), log);
        assertTrue(log.contains("quarkus.datasource.password"), log);
    }
}
