package gridloop.registry;

import gridloop.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** No package cycle, no other service's code, nothing of the test kit in main code (ArchitectureRules). */
class ArchitectureTest {

    @Test
    void mainCodeFollowsTheArchitectureRules() {
        ArchitectureRules.check("gridloop.registry");
    }
}
