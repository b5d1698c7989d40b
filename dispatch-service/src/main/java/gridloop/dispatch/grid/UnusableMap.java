package gridloop.dispatch.grid;

/** The document as a whole is not a map (not a FeatureCollection, no grid): a bad request, said by its problem. */
public class UnusableMap extends IllegalArgumentException {

    private final transient MapProblem problem;

    UnusableMap(MapProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public MapProblem problem() {
        return problem;
    }
}
