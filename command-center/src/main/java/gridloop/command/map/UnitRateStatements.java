package gridloop.command.map;

import gridloop.events.EvaluationSnapshot;
import gridloop.events.EventCodec;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;

/** Keeps each unit's evaluation snapshots (the rates the map shades units by). */
@ApplicationScoped
public class UnitRateStatements {

    public Uni<Void> apply(EvaluationSnapshot snapshot) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into unit_rate (level, unit_id, period_start, period_end, snapshot)
                        values (:level, :unit, :start, :end, cast(cast(:snapshot as text) as jsonb))
                        on conflict (level, unit_id, period_start) do update set period_end = excluded.period_end,
                            snapshot = excluded.snapshot
                        """)
                .setParameter("level", snapshot.level()).setParameter("unit", snapshot.unitId())
                .setParameter("start", snapshot.periodStart()).setParameter("end", snapshot.periodEnd())
                .setParameter("snapshot", new String(EventCodec.encode(snapshot), StandardCharsets.UTF_8))
                .executeUpdate()).replaceWithVoid();
    }
}
