package gridloop.intake.returnvisit;

/** How a return-visit call went. */
public enum CallOutcome {
    /** The resident answered and gave their verdict, which the agent records on their behalf. */
    REACHED,
    /** Nobody answered: after three such calls the appeal leaves the queue. */
    NO_ANSWER,
    /** The resident declined to say. */
    REFUSED
}
