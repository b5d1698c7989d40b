package gridloop.registry.importing;

import gridloop.registry.imports.RowProblem;
import java.util.List;

/**
 * What an import did, or (a dry run) would do: rows read, records created, changed and already so, and every problem
 * found. A real import with any problem changes nothing.
 */
public record ImportReport(ImportKind kind, boolean dryRun, int rows, int created, int updated, int unchanged,
        List<RowProblem> problems) {
}
