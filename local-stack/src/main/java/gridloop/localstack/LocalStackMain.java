package gridloop.localstack;

import gridloop.localstack.oidc.LocalOidcProvider;
import gridloop.localstack.oidc.SampleUsersLine;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * The whole system on one machine: a Kafka broker and PostgreSQL in this JVM, and the three packaged
 * services as child processes. Ctrl-C stops the services first, then the database and the broker.
 * Data lives in {@code .gridloop-data/} (git-ignored) and survives a restart; {@code --fresh} wipes it.
 */
public final class LocalStackMain {

    private static final String[] SERVICES = {"intake", "dispatch", "feedback", ServiceModules.COMMAND_CENTER,
            "registry"};
    private static final String SAMPLE_PASSWORD = "gridloop";

    private LocalStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalStackSettings settings = LocalStackSettings.fromEnvironment();
        PrintStream out = System.out;
        if (args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"))) {
            if (args.length != 2) {
                out.println("usage: ./gridloop backup DIR | ./gridloop restore DIR");
                System.exit(2);
            }
            LocalRunBackup backups = new LocalRunBackup(settings,
                    java.util.Arrays.stream(SERVICES).map(ServiceModules::database).toList(), out);
            Path folder = Path.of(args[1]).toAbsolutePath();
            if (args[0].equals("backup")) {
                backups.backup(folder);
            } else {
                backups.restore(folder);
            }
            return;
        }
        boolean fresh = List.of(args).contains("--fresh");
        long started = System.nanoTime();

        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(settings.kafkaPort(), settings.kafkaControllerPort(),
                settings.dataDir().resolve("kafka"));
        EmbeddedPostgresServer postgres = new EmbeddedPostgresServer(settings.postgresPort(),
                settings.dataDir().resolve("postgres"), fresh, true);
        LocalOidcProvider oidc = new LocalOidcProvider(settings.oidcPort());
        EmbeddedObjectStore objectStore = new EmbeddedObjectStore(settings.objectStorePort(),
                settings.dataDir().resolve("object-store"), LocalSecret.of(settings.dataDir(), LocalSecret.OBJECT_STORE));
        EmbeddedMailServer mail = new EmbeddedMailServer(settings.smtpPort(), settings.imapPort(),
                settings.dataDir().resolve("mail"));
        Path smsFile = settings.dataDir().resolve("sms.jsonl");
        List<ServiceProcess> services = new ArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("gridloop | stopping services, database and broker ...");
            services.forEach(ServiceProcess::stop);
            postgres.stop();
            broker.stop();
            oidc.stop();
            objectStore.stop();
            mail.stop();
            out.println("gridloop | stopped");
            stopped.countDown();
        }, "gridloop-shutdown"));

        if (fresh) {
            Directories.deleteRecursively(settings.dataDir().resolve("kafka"));
            Directories.deleteRecursively(settings.dataDir().resolve("object-store"));
        }
        // The broker and the database start side by side (about 3 s each); the provider is quick.
        CompletableFuture<Void> brokerUp = CompletableFuture.runAsync(() -> {
            broker.start();
            ContractTopics.createAll(broker, EmbeddedKafkaBroker.DEFAULT_PARTITIONS);
        });
        CompletableFuture<Void> databaseUp = CompletableFuture.runAsync(() -> {
            postgres.start();
            for (String service : SERVICES) {
                postgres.ensureDatabase(ServiceModules.database(service));
            }
        });
        CompletableFuture<Void> objectStoreUp = CompletableFuture.runAsync(objectStore::start);
        CompletableFuture<Void> mailUp = CompletableFuture.runAsync(mail::start);
        oidc.start();
        out.println("gridloop | OpenID Connect provider, issuer " + oidc.issuer());
        String pseudonymSecret = LocalSecret.of(settings.dataDir(), LocalSecret.PSEUDONYM);
        brokerUp.join();
        out.println("gridloop | Kafka broker on " + broker.bootstrapServers());
        databaseUp.join();
        out.println("gridloop | PostgreSQL on " + postgres.describe());
        out.println("gridloop |   databases intake, dispatch, feedback, command_center, registry, each with its own role");
        objectStoreUp.join();
        out.println("gridloop | Object store (S3Proxy, S3 API) on " + objectStore.endpoint() + ", photos in "
                + settings.dataDir().resolve("object-store/objects"));
        mailUp.join();
        out.println("gridloop | Mail server (GreenMail): SMTP localhost:" + mail.smtpPort() + ", IMAP localhost:"
                + mail.imapPort());

        int[] ports = {settings.intakePort(), settings.dispatchPort(), settings.feedbackPort(),
                settings.commandCenterPort(), settings.registryPort()};
        int[] managementPorts = {settings.intakeManagementPort(), settings.dispatchManagementPort(),
                settings.feedbackManagementPort(), settings.commandCenterManagementPort(),
                settings.registryManagementPort()};
        for (int i = 0; i < SERVICES.length; i++) {
            String service = SERVICES[i];
            services.add(new ServiceProcess(service, settings.root().resolve(ServiceModules.module(service)
                            + "/target/quarkus-app/quarkus-run.jar"), ports[i],
                    forTheLocalRun(service, ServiceProcess.environmentFor(ports[i], managementPorts[i],
                            broker.bootstrapServers(), postgres, ServiceModules.database(service), oidc.issuer(),
                            pseudonymSecret), settings, objectStore, mail, smsFile),
                    settings.serviceJvmOptions(), out).start());
        }
        for (ServiceProcess service : services) {
            service.awaitReady(Duration.ofSeconds(120));
        }
        printBanner(out, services, broker, postgres, oidc, Duration.ofNanos(System.nanoTime() - started));
        out.println("gridloop | The residents' notifications: e-mail in any mail client by IMAP at localhost:"
                + mail.imapPort() + " (user: the address given as reporter.email, any password), text messages in "
                + smsFile);
        stopped.await();
    }

    private static void printBanner(PrintStream out, List<ServiceProcess> services, EmbeddedKafkaBroker broker,
            EmbeddedPostgresServer postgres, LocalOidcProvider oidc, Duration startup) {
        out.println();
        out.println("gridloop | ===================================================================");
        out.printf("gridloop | GridLoop is up (all ready in %.1f s). Ctrl-C stops everything.%n", startup.toMillis() / 1000.0);
        for (ServiceProcess service : services) {
            out.printf("gridloop |   %-14s %s   health: %s/q/health/ready (%s)   API docs: %s/q/swagger-ui%n",
                    service.name(), service.url(), service.managementUrl(), service.isReady() ? "UP" : "DOWN",
                    service.managementUrl());
        }
        services.stream().filter(service -> service.name().equals(ServiceModules.COMMAND_CENTER)).findFirst()
                .ifPresent(commandCentre -> out.println("gridloop | Command centre (the operators' live grid map): "
                        + commandCentre.url() + "/   sign in as operator-1"));
        out.println("gridloop |   kafka     " + broker.bootstrapServers() + "   postgres  localhost:" + postgres.port());
        out.println("gridloop |   oidc      " + oidc.issuer() + "   (discovery: /.well-known/openid-configuration)");
        out.println("gridloop | Sample users, password '" + SAMPLE_PASSWORD + "' (development only):");
        out.println("gridloop |   " + SampleUsersLine.of(oidc.users()));
        out.println("gridloop | Get a token (here for resident-chen), then submit a first appeal (Hualong Community):");
        out.println("gridloop |   TOKEN=$(curl -s " + oidc.tokenEndpoint() + " -d grant_type=password -d client_id="
                + LocalOidcProvider.CLIENT_ID + " -d username=resident-chen -d password=" + SAMPLE_PASSWORD
                + " | grep -o '\"access_token\" *: *\"[^\"]*\"' | cut -d'\"' -f4)");
        out.println("gridloop |   curl -si -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' "
                + services.get(0).url() + "/api/v1/appeals -d '{\"category\":\"FACILITY_DAMAGE\",\"description\":"
                + "\"The outdoor table-tennis table is broken\",\"location\":{\"latitude\":29.597,\"longitude\":106.223},"
                + "\"reporter\":{\"email\":\"chen@example.cn\"}}'");
        out.println("gridloop | then follow it: curl -s -H \"Authorization: Bearer $TOKEN\" " + services.get(0).url()
                + "/api/v1/appeals/mine");
        out.println("gridloop | A photo (its GPS and other metadata are taken out; attach its id as \"photos\":[id]):");
        out.println("gridloop |   curl -s -H \"Authorization: Bearer $TOKEN\" -F file=@photo.jpg " + services.get(0).url()
                + "/api/v1/photos");
        out.println("gridloop | ===================================================================");
    }

    /**
     * Management ports on loopback, readable log lines, and the UIs that production leaves off: Swagger UI and the health UI, on the management
     * port, allowed to call the API on the public one.
     */
    private static Map<String, String> forTheLocalRun(String service, Map<String, String> environment,
            LocalStackSettings settings, EmbeddedObjectStore objectStore, EmbeddedMailServer mail, Path smsFile) {
        Map<String, String> local = new HashMap<>(environment);
        if (service.equals("intake")) {
            local.putAll(ServiceProcess.objectStoreEnvironment(objectStore));
            local.putAll(ServiceProcess.notificationEnvironment(mail, smsFile));
            local.put("GRIDLOOP_NOTIFICATIONS_RATING_URL", "http://localhost:" + settings.feedbackPort() + "/rate");
            local.put("QUARKUS_REST_CLIENT_FEEDBACK_URL", "http://localhost:" + settings.feedbackPort());
        }
        if (service.equals(ServiceModules.REGISTRY)) {
            // The invented sample street (buildings, households, organisations, facilities), loaded once.
            local.put("GRIDLOOP_REGISTRY_SAMPLE_STREET", "true");
        }
        if (service.equals(ServiceModules.COMMAND_CENTER)) {
            local.putAll(ServiceProcess.commandCenterEnvironment("http://localhost:" + settings.dispatchPort(),
                    "http://localhost:" + settings.registryPort(),
                    LocalSecret.of(settings.dataDir(), LocalSecret.COMMAND_CENTRE_SESSION),
                    settings.commandCenterPublicUrl()));
            local.put("QUARKUS_REST_CLIENT_INTAKE_URL", "http://localhost:" + settings.intakePort());
        }
        // Metrics, health and the API documents answer on this machine only, unless a scraper elsewhere needs them.
        local.put("QUARKUS_MANAGEMENT_HOST", settings.managementHost());
        local.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        local.put("QUARKUS_SWAGGER_UI_ENABLED", "true");
        local.put("QUARKUS_SMALLRYE_HEALTH_UI_ENABLED", "true");
        // Swagger UI is on the management port; its "Try it out" calls the API on the public port, across origins.
        String api = "http://localhost:" + environment.get("QUARKUS_HTTP_PORT");
        local.put("MP_OPENAPI_SERVERS", api);
        local.put("QUARKUS_HTTP_CORS_ENABLED", "true");
        local.put("QUARKUS_HTTP_CORS_ORIGINS", "http://localhost:" + environment.get("QUARKUS_MANAGEMENT_PORT"));
        return local;
    }
}
