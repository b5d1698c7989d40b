package gridloop.systemtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A flame graph (SVG, one box per frame, as wide as the share of CPU samples it was on the stack for) of the
 * execution samples of a Flight Recorder file. For the benchmark's profiles under {@code docs/}: it needs only the
 * JDK, where async-profiler's converters are not on Maven Central for this Java. Hover a box for its name and share.
 * Run alone: {@code java FlameGraphSvg.java in.jfr out.svg "title"} (single-file source launch).
 */
final class FlameGraphSvg {

    private static final int WIDTH = 1200;
    private static final int FRAME_HEIGHT = 16;
    private static final int TOP = 40;
    /** Boxes narrower than this many pixels are left out (their samples still count in their parents). */
    private static final double MIN_WIDTH = 1.0;

    /** A frame in the merged call tree: its samples, and its callees in order of first sight. */
    private static final class Node {
        final String name;
        long samples;
        final Map<String, Node> children = new LinkedHashMap<>();

        Node(String name) {
            this.name = name;
        }

        Node child(String name) {
            return children.computeIfAbsent(name, Node::new);
        }

        int depth() {
            return 1 + children.values().stream().mapToInt(Node::depth).max().orElse(0);
        }
    }

    private FlameGraphSvg() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Path.of(args[1]), args.length > 2 ? args[2] : args[0]);
    }

    /** Reads {@code recording}'s execution samples and writes their flame graph to {@code svg}; returns the sample count. */
    static long write(Path recording, Path svg, String title) throws IOException {
        Node root = new Node("all");
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            root.samples++;
            Node node = root;
            // JFR lists the innermost frame first; the graph grows from the outermost one.
            for (int i = frames.size() - 1; i >= 0; i--) {
                node = node.child(name(frames.get(i)));
                node.samples++;
            }
        }
        int height = TOP + root.depth() * FRAME_HEIGHT + 10;
        StringBuilder out = new StringBuilder();
        out.append(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"Verdana, sans-serif\" font-size=\"11\">%n", WIDTH, height));
        out.append(String.format("<rect width=\"100%%\" height=\"100%%\" fill=\"#f8f8f8\"/>%n"));
        out.append(String.format("<text x=\"%d\" y=\"20\" font-size=\"15\" text-anchor=\"middle\">%s</text>%n",
                WIDTH / 2, escape(title)));
        out.append(String.format("<text x=\"10\" y=\"34\" font-size=\"10\" fill=\"#555\">%,d CPU samples (jdk.ExecutionSample);"
                + " width = share of samples; hover a box for its frame</text>%n", root.samples));
        draw(out, root, 0, WIDTH, height - 10 - FRAME_HEIGHT, root.samples);
        out.append("</svg>\n");
        Files.writeString(svg, out, StandardCharsets.UTF_8);
        return root.samples;
    }

    private static void draw(StringBuilder out, Node node, double x, double width, int y, long total) {
        out.append(String.format("<g><title>%s (%,d samples, %.2f%%)</title><rect x=\"%.1f\" y=\"%d\" width=\"%.1f\""
                + " height=\"%d\" fill=\"%s\" rx=\"2\"/>", escape(node.name), node.samples, 100.0 * node.samples / total,
                x, y, width, FRAME_HEIGHT - 1, colour(node.name)));
        int characters = (int) ((width - 6) / 7);
        if (characters >= 3) {
            String label = node.name.length() <= characters ? node.name : node.name.substring(0, characters - 2) + "..";
            out.append(String.format("<text x=\"%.1f\" y=\"%d\">%s</text>", x + 3, y + FRAME_HEIGHT - 4, escape(label)));
        }
        out.append("</g>\n");
        double childX = x;
        List<Node> children = new ArrayList<>(node.children.values());
        children.sort(Comparator.comparing(child -> child.name));
        for (Node child : children) {
            double childWidth = width * child.samples / node.samples;
            if (childWidth >= MIN_WIDTH) {
                draw(out, child, childX, childWidth, y - FRAME_HEIGHT, total);
            }
            childX += childWidth;
        }
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName() + " [" + packageOf(type) + "]";
    }

    private static String packageOf(String type) {
        int last = type.lastIndexOf('.');
        return last < 0 ? "" : type.substring(0, last);
    }

    /** Our code green, the database and ORM orange, Vert.x/Netty blue, Kafka purple, the rest (JDK, Quarkus) red-yellow. */
    private static String colour(String name) {
        String where = name.substring(name.lastIndexOf('[') + 1);
        int shade = Math.abs(name.hashCode() % 40);
        if (where.startsWith("gridloop")) {
            return String.format("rgb(%d,%d,%d)", 80 + shade, 190 + shade / 2, 80);
        }
        if (where.startsWith("org.hibernate") || where.startsWith("io.vertx.pgclient") || where.startsWith("io.vertx.sqlclient")) {
            return String.format("rgb(%d,%d,%d)", 230, 140 + shade, 50);
        }
        if (where.startsWith("io.vertx") || where.startsWith("io.netty")) {
            return String.format("rgb(%d,%d,%d)", 90 + shade, 150 + shade, 230);
        }
        if (where.startsWith("org.apache.kafka") || where.startsWith("io.smallrye.reactive.messaging")) {
            return String.format("rgb(%d,%d,%d)", 170 + shade, 120, 210);
        }
        return String.format("rgb(%d,%d,%d)", 225, 90 + shade * 3, 60);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
