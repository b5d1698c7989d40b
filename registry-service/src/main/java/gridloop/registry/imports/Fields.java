package gridloop.registry.imports;

import gridloop.registry.messages.RegistryMessages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One record's values by column, as text (a CSV row, a GeoJSON feature's properties, an edit's JSON body), and the
 * typed readings of them. Each reading that fails adds a {@link RowProblem} naming the row and column and gives
 * null, so that one pass over a row reports all that is wrong with it.
 */
public final class Fields {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 \\-]{3,18}[0-9]");

    private final int row;
    private final Map<String, Integer> columns;
    private final String[] cells;
    private List<RowProblem> problems = List.of();

    /** A record given as a map of column to value (an edit's body, a feature's properties). */
    public Fields(int row, Map<String, String> values) {
        this.row = row;
        this.columns = new java.util.HashMap<>();
        this.cells = new String[values.size()];
        int index = 0;
        for (Map.Entry<String, String> value : values.entrySet()) {
            columns.put(value.getKey(), index);
            cells[index++] = value.getValue();
        }
    }

    /** A CSV row: its cells, in the order of the header whose column positions {@code columns} holds. */
    Fields(int row, Map<String, Integer> columns, String[] cells) {
        this.row = row;
        this.columns = columns;
        this.cells = cells;
    }

    private String value(String column) {
        Integer index = columns.get(column);
        return index == null ? null : cells[index];
    }

    public int row() {
        return row;
    }

    public List<RowProblem> problems() {
        return problems;
    }

    public void problem(String column, Function<RegistryMessages, String> message) {
        if (problems.isEmpty()) {
            problems = new ArrayList<>(2);
        }
        problems.add(RowProblem.of(row, column, message));
    }

    /** The trimmed text, or null when empty or absent. */
    public String optional(String column, int maxLength) {
        String value = value(column);
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            problem(column, m -> m.tooLong(maxLength));
            return null;
        }
        return trimmed;
    }

    public String required(String column, int maxLength) {
        String value = optional(column, maxLength);
        if (value == null && !present(column)) {
            problem(column, RegistryMessages::required);
        }
        return value;
    }

    public String identifier(String column, boolean required) {
        String value = required ? required(column, 64) : optional(column, 64);
        if (value != null && !IDENTIFIER.matcher(value).matches()) {
            problem(column, RegistryMessages::badIdentifier);
            return null;
        }
        return value;
    }

    public String phone(String column) {
        String value = optional(column, 20);
        if (value != null && !PHONE.matcher(value).matches()) {
            problem(column, RegistryMessages::badPhone);
            return null;
        }
        return value;
    }

    public Integer integer(String column, boolean required, long min, long max) {
        String value = required ? required(column, 12) : optional(column, 12);
        if (value == null) {
            return null;
        }
        try {
            long number = Long.parseLong(value);
            if (number < min || number > max) {
                problem(column, m -> m.outOfRange(min, max));
                return null;
            }
            return (int) number;
        } catch (NumberFormatException e) {
            problem(column, RegistryMessages::notAWholeNumber);
            return null;
        }
    }

    public Double decimal(String column, boolean required, double min, double max) {
        String value = required ? required(column, 24) : optional(column, 24);
        if (value == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(value);
            if (!(number >= min && number <= max)) {
                problem(column, m -> m.outOfRange((long) min, (long) max));
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problem(column, RegistryMessages::notANumber);
            return null;
        }
    }

    /** true/false, 是/否, yes/no, 1/0; empty is false. */
    public boolean flag(String column) {
        String value = optional(column, 5);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "是" -> true;
            case "false", "no", "n", "0", "否" -> false;
            default -> {
                problem(column, RegistryMessages::notYesOrNo);
                yield false;
            }
        };
    }

    public <E extends Enum<E>> E oneOf(String column, Class<E> type, boolean required) {
        String value = required ? required(column, 40) : optional(column, 40);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String names = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            problem(column, m -> m.notOneOf(names));
            return null;
        }
    }

    /** A list separated by {@code ;} (or {@code ，}/{@code ,} inside a JSON array's joined text). */
    public List<String> list(String column) {
        String value = optional(column, 20_000);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("[;；]")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    private boolean present(String column) {
        String value = value(column);
        return value != null && !value.isBlank();
    }
}
