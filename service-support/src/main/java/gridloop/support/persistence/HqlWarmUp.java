package gridloop.support.persistence;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.List;
import java.util.Optional;
import org.hibernate.metamodel.MappingMetamodel;
import org.hibernate.query.spi.QueryEngine;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

/**
 * Interprets a few queries of the shapes Panache writes, for each entity, on the main thread before the consumers and
 * the scheduled jobs start. Hibernate interprets a query the first time it runs, and on Hibernate Reactive that is on
 * an event-loop thread: the first one loads the parser's tables and the query model's classes, which took 2–4 s while
 * four services started together on two cores, and Vert.x rightly warned that an event loop was blocked. Afterwards a
 * new query takes milliseconds. Nothing is executed: interpreting needs no connection.
 */
@ApplicationScoped
class HqlWarmUp {

    private static final Logger LOG = Logger.getLogger(HqlWarmUp.class);

    private final Mutiny.SessionFactory sessionFactory;

    HqlWarmUp(Mutiny.SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    /** Before every other start-up observer: some of them query (dispatch loads its stored grid map). */
    void warmUp(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 1) StartupEvent start) {
        long began = System.nanoTime();
        MappingMetamodel metamodel = (MappingMetamodel) sessionFactory.getMetamodel();
        QueryEngine engine = metamodel.getTypeConfiguration().getSessionFactory().getQueryEngine();
        int interpreted = 0;
        for (EntityType<?> entity : metamodel.getEntities()) {
            for (String hql : shapesOf(entity)) {
                engine.interpretHql(hql, hql.startsWith("from") || hql.startsWith("select") ? Object.class : null);
                interpreted++;
            }
        }
        LOG.debugf("%d queries interpreted ahead in %d ms", interpreted, (System.nanoTime() - began) / 1_000_000);
    }

    private static List<String> shapesOf(EntityType<?> entity) {
        Optional<String> id = entity.getSingularAttributes().stream().filter(SingularAttribute::isId)
                .map(SingularAttribute::getName).findFirst();
        Optional<String> basic = entity.getSingularAttributes().stream()
                .filter(attribute -> !attribute.isId() && !attribute.isVersion()
                        && attribute.getPersistentAttributeType() == PersistentAttributeType.BASIC)
                .map(SingularAttribute::getName).findFirst();
        if (id.isEmpty() || basic.isEmpty()) {
            return List.of();
        }
        return shapes(entity.getName(), id.get(), basic.get());
    }

    /** The shapes Panache's find, count, update and delete write, on one entity's id and one of its attributes. */
    static List<String> shapes(String entity, String id, String attribute) {
        return List.of(
                "from " + entity + " where " + attribute + " = ?1 and (" + id + " is null or " + id + " in ?2)"
                        + " order by " + attribute + " desc, " + id,
                "select count(*) from " + entity + " where " + attribute + " = :a and " + id + " <> :b",
                "update " + entity + " set " + attribute + " = ?1 where " + id + " = ?2",
                "delete from " + entity + " where " + attribute + " = ?1 or " + id + " = ?2");
    }
}
