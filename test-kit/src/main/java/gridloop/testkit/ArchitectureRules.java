package gridloop.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;

/**
 * The architecture's rules, checked on a module's main classes by its {@code ArchitectureTest}:
 * <ul>
 * <li>no cycle between packages (package by feature, each feature's dependencies one way);</li>
 * <li>a service imports no other service: they talk through events only (docs/architecture.md);</li>
 * <li>main code imports nothing of the test kit;</li>
 * <li>the plumbing (service-support) imports nothing of loop-metrics, where the appeal knowledge the services share
 * lives;</li>
 * <li>a resource reaches past its service to no database.</li>
 * </ul>
 */
public final class ArchitectureRules {

    /** The root package of each service module. */
    public static final List<String> SERVICES = List.of("gridloop.intake", "gridloop.dispatch", "gridloop.feedback",
            "gridloop.command", "gridloop.registry");

    /** service-support's root package: the plumbing every service shares. */
    public static final String PLUMBING = "gridloop.support";

    private ArchitectureRules() {
    }

    /**
     * The plumbing (outbox, inbox, problem+json, …) knows no domain: what the services share about appeals lives in
     * loop-metrics or in the services, never in service-support. It may use the event contract (shared-events).
     */
    public static ArchRule plumbingKnowsNoDomain() {
        return noClasses().should().dependOnClassesThat().resideInAPackage("gridloop.loopmetrics..")
                .because("service-support is plumbing that knows no domain (docs/architecture.md)");
    }

    /** The module's main classes under {@code rootPackage}, without its tests. */
    public static JavaClasses mainClassesOf(String rootPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(rootPackage);
    }

    /** Fails with every violation found (an {@link AssertionError}). */
    public static void check(String rootPackage) {
        check(mainClassesOf(rootPackage), rootPackage);
    }

    /** The rules on the given classes, whose packages are under {@code rootPackage}. */
    public static void check(JavaClasses classes, String rootPackage) {
        if (classes.isEmpty()) {
            throw new AssertionError("No main classes under " + rootPackage + ": the rules would check nothing");
        }
        // A module of one package has no slices, and no cycle; that it has classes at all is checked above.
        slices().matching(rootPackage + ".(**)").should().beFreeOfCycles()
                .because("a feature's dependencies go one way").allowEmptyShould(true).check(classes);
        for (String other : SERVICES) {
            if (!other.equals(rootPackage)) {
                noClasses().should().dependOnClassesThat().resideInAPackage(other + "..")
                        .because("services talk through events only, never through each other's code").check(classes);
            }
        }
        noClasses().should().dependOnClassesThat().resideInAPackage("gridloop.testkit..")
                .because("the test kit is for tests").check(classes);
        if (rootPackage.equals(PLUMBING)) {
            plumbingKnowsNoDomain().check(classes);
        }
        resourcesStopAtTheirService().check(classes);
        if (SERVICES.contains(rootPackage)) {
            dataAccessLivesInRepositoriesAndQueries().check(classes);
        }
    }

    /**
     * One way to the database in a service: entities through their feature's {@code …Repository} (a Panache
     * repository), and SQL (the reactive pool, native queries) only in {@code …Repository}, {@code …Queries} and
     * {@code …Statements} classes. Functions and triggers live in repeatable migrations ({@code R__…}).
     */
    public static ArchRule dataAccessLivesInRepositoriesAndQueries() {
        return noClasses().that().haveSimpleNameNotEndingWith("Repository")
                .and().haveSimpleNameNotEndingWith("Queries").and().haveSimpleNameNotEndingWith("Statements")
                .should().callMethodWhere(PANACHE_DATA_ACCESS)
                .orShould().dependOnClassesThat().resideInAnyPackage("io.vertx.sqlclient..", "io.vertx.mutiny.sqlclient..",
                        "io.vertx.pgclient..", "io.vertx.mutiny.pgclient..")
                .orShould().callMethodWhere(NATIVE_SQL)
                .because("entities are reached through repositories and SQL lives in *Queries/*Statements classes "
                        + "(docs/architecture.md)")
                .allowEmptyShould(true);
    }

    /**
     * A resource (a class named {@code …Resource}) answers HTTP and calls its service or queries; it reaches no
     * database itself: no SQL client, no Hibernate or JPA type, no Panache entity's static finders.
     */
    public static ArchRule resourcesStopAtTheirService() {
        return noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().resideInAnyPackage(DATA_ACCESS)
                .orShould().callMethodWhere(PANACHE_DATA_ACCESS)
                .because("the database is reached through services, repositories and *Queries classes "
                        + "(docs/architecture.md)")
                .allowEmptyShould(true);
    }

    private static final String[] DATA_ACCESS = {"io.vertx.sqlclient..", "io.vertx.mutiny.sqlclient..",
            "io.vertx.pgclient..", "io.vertx.mutiny.pgclient..", "org.hibernate..", "jakarta.persistence..",
            "io.quarkus.hibernate.reactive.panache", "io.quarkus.hibernate.orm.."};
    private static final String PANACHE_ENTITY = "io.quarkus.hibernate.reactive.panache.PanacheEntityBase";
    /** Panache's active-record methods: reading an entity's fields or its own rules is fine, querying is not. */
    private static final Set<String> PANACHE_METHODS = Set.of("find", "findAll", "findById", "findByIdOptional",
            "list", "listAll", "stream", "streamAll", "count", "delete", "deleteAll", "deleteById", "update",
            "persist", "persistAndFlush", "flush", "getSession", "lock");
    private static final DescribedPredicate<JavaCall<?>> NATIVE_SQL = DescribedPredicate.describe(
            "target is a native SQL query", call -> call.getTarget().getName().equals("createNativeQuery"));
    private static final DescribedPredicate<JavaCall<?>> PANACHE_DATA_ACCESS = DescribedPredicate.describe(
            "target is a Panache entity's query or write", call -> PANACHE_METHODS.contains(call.getTarget().getName())
                    && call.getTargetOwner().isAssignableTo(PANACHE_ENTITY));
}
