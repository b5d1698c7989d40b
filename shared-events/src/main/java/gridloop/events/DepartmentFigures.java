package gridloop.events;

/**
 * How a department answered the whistle, for the appeals submitted in an evaluation period (definitions in
 * docs/evaluation.md): each time an appeal was escalated to it, as lead or assisting, is one engagement.
 * A rate whose denominator is 0 is null.
 *
 * @param engagements      escalations to the department, as lead or assisting
 * @param reportedIn       engagements it reported in to
 * @param reportInRate     reportedIn / engagements
 * @param p90HoursToReportIn the 90th percentile of the hours from escalation to report-in
 * @param sentBack         engagements it sent back ("not ours")
 * @param sendBackRate     sentBack / engagements
 * @param partsDue         parts whose deadline passed or that were done (the lead's closure, an assisting part)
 * @param partsOnTime      parts done by their deadline
 * @param partOnTimeRate   partsOnTime / partsDue
 */
public record DepartmentFigures(long engagements, long reportedIn, Double reportInRate, Double p90HoursToReportIn,
        long sentBack, Double sendBackRate, long partsDue, long partsOnTime, Double partOnTimeRate) {
}
