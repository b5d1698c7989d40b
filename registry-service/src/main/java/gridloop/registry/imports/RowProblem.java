package gridloop.registry.imports;

import gridloop.registry.messages.RegistryMessages;
import gridloop.support.i18n.Text;
import java.util.function.Function;

/** What is wrong with one cell of an import (row numbers count the header as row 1), or one field of an edit. */
public record RowProblem(int row, String column, Text problem) {

    public static RowProblem of(int row, String column, Function<RegistryMessages, String> message) {
        return new RowProblem(row, column, Text.of(RegistryMessages.class, message));
    }
}
