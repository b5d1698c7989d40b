package gridloop.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;

/**
 * The architecture's rules, checked on a module's main classes by its {@code ArchitectureTest}:
 * <ul>
 * <li>no cycle between packages (package by feature, each feature's dependencies one way);</li>
 * <li>a service imports no other service: they talk through events only (docs/architecture.md);</li>
 * <li>main code imports nothing of the test kit.</li>
 * </ul>
 */
public final class ArchitectureRules {

    /** The root package of each service module. */
    public static final List<String> SERVICES = List.of("gridloop.intake", "gridloop.dispatch", "gridloop.feedback",
            "gridloop.command");

    private ArchitectureRules() {
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
        slices().matching(rootPackage + ".(**)").should().beFreeOfCycles()
                .because("a feature's dependencies go one way").check(classes);
        for (String other : SERVICES) {
            if (!other.equals(rootPackage)) {
                noClasses().should().dependOnClassesThat().resideInAPackage(other + "..")
                        .because("services talk through events only, never through each other's code").check(classes);
            }
        }
        noClasses().should().dependOnClassesThat().resideInAPackage("gridloop.testkit..")
                .because("the test kit is for tests").check(classes);
    }
}
