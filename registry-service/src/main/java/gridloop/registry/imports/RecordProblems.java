package gridloop.registry.imports;

import gridloop.registry.messages.RegistryMessages;
import gridloop.support.i18n.Text;
import gridloop.support.problem.ApiException;
import java.util.List;

/** An edit's problems as a 422 problem+json: one violation per field, as the import names them per column. */
public final class RecordProblems {

    private RecordProblems() {
    }

    /** 400: the body of an edit is not one JSON object. */
    public static ApiException notAnObject() {
        return ApiException.badRequest(Text.of(RegistryMessages.class, RegistryMessages::bodyMustBeObject), null);
    }

    public static ApiException of(List<RowProblem> problems) {
        int count = problems.size();
        return ApiException.unprocessable("invalid-record", Text.of(RegistryMessages.class,
                        RegistryMessages::invalidRecord), Text.of(RegistryMessages.class, m -> m.recordProblems(count)),
                problems.stream().map(p -> new ApiException.Violation(p.column() == null ? "" : p.column(),
                        p.problem())).toList(), null);
    }
}
