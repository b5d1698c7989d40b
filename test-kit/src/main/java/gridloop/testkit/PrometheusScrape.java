package gridloop.testkit;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A scrape of {@code /q/metrics} (Prometheus text format), read the way a test needs it. */
public final class PrometheusScrape {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final String text;

    public PrometheusScrape(String text) {
        this.text = text;
    }

    /** The sum of every sample of {@code name} whose labels include {@code labels}; 0 when there is none. */
    public double sum(String name, Map<String, String> labels) {
        double sum = 0;
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (line.startsWith("#") || !sample.find() || !sample.group(1).equals(name)) {
                continue;
            }
            if (hasLabels(sample.group(3) == null ? "" : sample.group(3), labels)) {
                sum += Double.parseDouble(sample.group(4));
            }
        }
        return sum;
    }

    /** Whether any sample of {@code name} is in the scrape at all. */
    public boolean has(String name) {
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (!line.startsWith("#") && sample.find() && sample.group(1).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sample of {@code name} with these labels is in the scrape, whatever its value (zero included). */
    public boolean has(String name, Map<String, String> labels) {
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (!line.startsWith("#") && sample.find() && sample.group(1).equals(name)
                    && hasLabels(sample.group(3) == null ? "" : sample.group(3), labels)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLabels(String labelText, Map<String, String> wanted) {
        Map<String, String> found = new java.util.HashMap<>();
        Matcher label = LABEL.matcher(labelText);
        while (label.find()) {
            found.put(label.group(1), label.group(2));
        }
        return wanted.entrySet().stream().allMatch(entry -> entry.getValue().equals(found.get(entry.getKey())));
    }

    @Override
    public String toString() {
        return text;
    }
}
