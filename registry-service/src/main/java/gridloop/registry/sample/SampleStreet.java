package gridloop.registry.sample;

import gridloop.registry.importing.ImportKind;
import gridloop.registry.importing.ImportReport;
import gridloop.registry.importing.ImportService;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the invented sample street (sample-street/: Biquan Street's buildings, households, organisations and
 * facilities) once, through the same imports a registrar makes, as soon as the map in force has the street's
 * buildings. Marked in {@code sample_loaded}, so a restart, or a registrar's later edits, never load it again.
 */
@ApplicationScoped
public class SampleStreet {

    private static final Logger LOG = Logger.getLogger(SampleStreet.class);
    private static final String NAME = "biquan-street";
    private static final List<Step> STEPS = List.of(new Step(ImportKind.ORGANISATIONS, "organisations.csv"),
            new Step(ImportKind.BUILDINGS, "buildings.geojson"), new Step(ImportKind.HOUSEHOLDS, "households.csv"),
            new Step(ImportKind.FACILITIES, "facilities.csv"), new Step(ImportKind.ORGANISATIONS,
                    "organisations-covering.csv"));

    private record Step(ImportKind kind, String file) {
    }

    private final ImportService imports;
    private final SampleStreetStatements statements;
    private final Clock clock;
    private final boolean enabled;
    private final AtomicBoolean done = new AtomicBoolean();

    SampleStreet(ImportService imports, SampleStreetStatements statements, Clock clock,
            @ConfigProperty(name = "gridloop.registry.sample-street") boolean enabled) {
        this.imports = imports;
        this.statements = statements;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Scheduled(every = "${gridloop.registry.sample-street.check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> loadOnce() {
        if (!enabled || done.get()) {
            return Uni.createFrom().voidItem();
        }
        return statements.state(NAME).chain(state -> {
                    if (state.loaded()) {
                        done.set(true);
                        return Uni.createFrom().voidItem();
                    }
                    if (state.drawnBuildings() == 0) {
                        return Uni.createFrom().voidItem(); // the map in force has not arrived yet
                    }
                    return load();
                });
    }

    private Uni<Void> load() {
        return Multi.createFrom().iterable(STEPS).onItem().transformToUniAndConcatenate(step ->
                        imports.run(step.kind(), read(step.file()), false).invoke(report -> check(step, report)))
                .collect().asList()
                .chain(reports -> statements.markLoaded(NAME, clock.instant()))
                .invoke(() -> {
                    done.set(true);
                    LOG.info("Loaded the sample street into the registry");
                }).replaceWithVoid();
    }

    private static void check(Step step, ImportReport report) {
        if (!report.problems().isEmpty()) {
            throw new IllegalStateException("The sample " + step.file() + " does not import: "
                    + report.problems().get(0).problem().in(java.util.Locale.ENGLISH) + " (row "
                    + report.problems().get(0).row() + ")");
        }
        LOG.infof("Sample %s: %d rows, %d created, %d updated", step.file(), report.rows(), report.created(),
                report.updated());
    }

    private static byte[] read(String file) {
        try (InputStream in = SampleStreet.class.getClassLoader().getResourceAsStream("sample-street/" + file)) {
            if (in == null) {
                throw new IllegalStateException("sample-street/" + file + " is not in the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
