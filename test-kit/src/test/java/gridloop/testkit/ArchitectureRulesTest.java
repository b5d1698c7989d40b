package gridloop.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The rules can fail: a planted package cycle or a resource that reaches the database breaks them; the same packages
 * without the cycle pass.
 */
class ArchitectureRulesTest {

    @Test
    void aPlantedCycleBetweenTwoPackagesFails() {
        AssertionError failure = assertThrows(AssertionError.class, () -> ArchitectureRules.check(
                new ClassFileImporter().importPackages("archfixture.planted.a", "archfixture.planted.b"),
                "archfixture.planted"));
        assertTrue(failure.getMessage().contains("Cycle"), failure.getMessage());
    }

    @Test
    void dependenciesOneWayPass() {
        ArchitectureRules.check(new ClassFileImporter().importPackages("archfixture.planted.clean"),
                "archfixture.planted.clean");
    }

    @Test
    void aPlantedResourceThatReachesTheDatabaseFails() {
        AssertionError failure = assertThrows(AssertionError.class, () -> ArchitectureRules.resourcesStopAtTheirService()
                .check(new ClassFileImporter().importPackages("archfixture.planted.resource")));
        assertTrue(failure.getMessage().contains("LeakyResource"), failure.getMessage());
    }

    @Test
    void plumbingThatKnowsTheLoopsMetricsFails() {
        AssertionError failure = assertThrows(AssertionError.class, () -> ArchitectureRules.plumbingKnowsNoDomain()
                .check(new ClassFileImporter().importPackages("archfixture.planted.plumbing")));
        assertTrue(failure.getMessage().contains("KnowingRelay"), failure.getMessage());
    }

    @Test
    void nothingToCheckIsAFailureNotAPass() {
        assertThrows(AssertionError.class, () -> ArchitectureRules.check("gridloop.nowhere"));
    }
}
