package gridloop.feedback.evaluation;

import gridloop.events.EvaluationSnapshot;
import gridloop.support.outbox.OutboxWriter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes {@code gridloop.evaluation.snapshot.v1} for every unit of every level at the end of each period
 * (daily by default, in the district's time zone), and for the few periods before it that are not published
 * yet (an instance that was down catches up). A period goes out once: the claim row and the snapshot events
 * commit together, and a period already claimed is skipped, whichever instance asks and however often.
 */
@ApplicationScoped
public class SnapshotPublisher {

    private static final Logger LOG = Logger.getLogger(SnapshotPublisher.class);

    private final PeriodPublishedStatements periods;
    private final EvaluationRepository rollups;
    private final Evaluations evaluations;
    private final UnitNames unitNames;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final EvaluationPeriod period;
    private final ZoneId zone;
    private final int catchUpPeriods;

    SnapshotPublisher(PeriodPublishedStatements periods, EvaluationRepository rollups, Evaluations evaluations,
            UnitNames unitNames, OutboxWriter outbox, Clock clock,
            @ConfigProperty(name = "gridloop.evaluation.period", defaultValue = "DAYS") EvaluationPeriod period,
            @ConfigProperty(name = "gridloop.district-zone", defaultValue = "Asia/Shanghai") ZoneId zone,
            @ConfigProperty(name = "gridloop.evaluation.snapshot.catch-up-periods", defaultValue = "3") int catchUpPeriods) {
        this.periods = periods;
        this.rollups = rollups;
        this.evaluations = evaluations;
        this.unitNames = unitNames;
        this.outbox = outbox;
        this.clock = clock;
        this.period = period;
        this.zone = zone;
        this.catchUpPeriods = catchUpPeriods;
    }

    @Scheduled(every = "${gridloop.evaluation.snapshot.check-interval:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> publishDue() {
        ZonedDateTime current = period.startOf(clock.instant().atZone(zone));
        List<ZonedDateTime> starts = new ArrayList<>();
        for (int back = catchUpPeriods; back >= 1; back--) {
            starts.add(period.plus(current, -back));
        }
        return Multi.createFrom().iterable(starts).onItem()
                .transformToUniAndConcatenate(start -> publish(start.toInstant(), period.plus(start, 1).toInstant()))
                .collect().last().replaceWithVoid();
    }

    /** Publishes the period unless it was published already; true when this call published it. */
    Uni<Boolean> publish(Instant from, Instant to) {
        // Most checks find the period long published: skip the evaluation queries then (the claim below still
        // settles a race between instances).
        return rollups.isPublished(from, to).chain(published -> published ? Uni.createFrom().item(false)
                : evaluateAndClaim(from, to));
    }

    private Uni<Boolean> evaluateAndClaim(Instant from, Instant to) {
        return Multi.createFrom().iterable(Arrays.asList(EvaluationLevel.values())).onItem()
                .transformToUniAndConcatenate(level -> evaluations.evaluate(level, from, to)
                        .chain(units -> unitNames.of(level, units).map(names -> IntStream.range(0, units.size())
                                .mapToObj(i -> snapshot(level, units.get(i), names.get(i), from, to)).toList())))
                .collect().asList()
                .map(perLevel -> perLevel.stream().flatMap(List::stream).toList())
                .chain(snapshots -> Panache.withTransaction(() -> claim(from, to, snapshots.size())
                        .chain(claimed -> claimed ? appendAll(snapshots).replaceWith(true) : Uni.createFrom().item(false))))
                .invoke(published -> {
                    if (published) {
                        LOG.infof("Published the evaluation of [%s, %s)", from, to);
                    }
                });
    }

    private Uni<Boolean> claim(Instant from, Instant to, int snapshots) {
        return periods.claim(from, to, snapshots, clock.instant());
    }

    private Uni<Void> appendAll(List<EvaluationSnapshot> snapshots) {
        if (snapshots.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Multi.createFrom().iterable(snapshots).onItem().transformToUniAndConcatenate(outbox::append)
                .collect().last().replaceWithVoid();
    }

    private EvaluationSnapshot snapshot(EvaluationLevel level, UnitEvaluation unit, Map<String, String> names,
            Instant from, Instant to) {
        return new EvaluationSnapshot(level.name().toLowerCase(Locale.ROOT), unit.unitId(), unit.unitName(), from, to,
                unit.received(), unit.closed(), orZero(unit.closureRate()), unit.onTimeRate(),
                unit.meanHoursToClose(), orZero(unit.reopenRate()), unit.meanSatisfaction(), unit.ratings(),
                unit.responded(), orZero(unit.responseRate()), unit.resolved(), unit.p90HoursToClose(),
                unit.satisfiedRate(), clock.instant(), unit.fixed(), unit.notFixable(), unit.notResponsible(),
                unit.fixedRate(), unit.department(), names);
    }

    // A unit is listed when it received appeals, or (a department) when it was escalated to: 0 for the latter.
    private static double orZero(Double rate) {
        return rate == null ? 0 : rate;
    }
}
