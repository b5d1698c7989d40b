package archfixture.planted.plumbing;

import gridloop.loopmetrics.planted.AppealCounter;

/** Plumbing that counts appeals itself: what plumbingKnowsNoDomain forbids. */
public class KnowingRelay {

    private final AppealCounter counter = new AppealCounter();

    public void relay() {
        counter.count();
    }
}
