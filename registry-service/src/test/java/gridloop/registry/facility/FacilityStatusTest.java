package gridloop.registry.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How appeals move a facility (FacilityStatus, the rule's one home). */
class FacilityStatusTest {

    @Test
    void aFaultReportedMarksAFacilityInServiceFaultyAndLeavesTheOthers() {
        assertEquals(FacilityStatus.FAULTY, FacilityStatus.IN_SERVICE.afterFaultReported());
        assertEquals(FacilityStatus.FAULTY, FacilityStatus.FAULTY.afterFaultReported());
        assertEquals(FacilityStatus.UNDER_REPAIR, FacilityStatus.UNDER_REPAIR.afterFaultReported());
        assertEquals(FacilityStatus.RETIRED, FacilityStatus.RETIRED.afterFaultReported());
    }

    @Test
    void reportedFixedPutsAFaultyOrRepairedFacilityBackInServiceNeverARetiredOne() {
        assertEquals(FacilityStatus.IN_SERVICE, FacilityStatus.FAULTY.afterReportedFixed());
        assertEquals(FacilityStatus.IN_SERVICE, FacilityStatus.UNDER_REPAIR.afterReportedFixed());
        assertEquals(FacilityStatus.IN_SERVICE, FacilityStatus.IN_SERVICE.afterReportedFixed());
        assertEquals(FacilityStatus.RETIRED, FacilityStatus.RETIRED.afterReportedFixed());
    }
}
