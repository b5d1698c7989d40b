package gridloop.loopmetrics.planted;

/** Stands for loop-metrics' appeal knowledge in the planted failure of the plumbing rule. */
public class AppealCounter {

    public void count() {
    }
}
