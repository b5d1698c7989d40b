package gridloop.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * The local addresses a TCP port is listening on, read from the kernel's tables ({@code /proc/net/tcp} and
 * {@code tcp6}): which interfaces a server answers on, found without sending anything anywhere.
 */
final class ListeningSockets {

    private static final String LISTEN = "0A";

    private ListeningSockets() {
    }

    static Set<String> addressesOf(int port) {
        Set<String> addresses = new TreeSet<>();
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            try {
                var lines = Files.readAllLines(Path.of(table));
                for (String line : lines.subList(1, lines.size())) {
                    String[] fields = line.trim().split("\\s+");
                    String[] local = fields[1].split(":");
                    if (fields[3].equals(LISTEN) && Integer.parseInt(local[1], 16) == port) {
                        addresses.add(address(local[0]));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return addresses;
    }

    /** The kernel writes addresses as hex in host byte order, 32 bits at a time (little-endian here). */
    private static String address(String hex) {
        if (hex.length() == 8) {
            return Integer.parseInt(hex.substring(6, 8), 16) + "." + Integer.parseInt(hex.substring(4, 6), 16) + "."
                    + Integer.parseInt(hex.substring(2, 4), 16) + "." + Integer.parseInt(hex.substring(0, 2), 16);
        }
        return switch (hex) {
            case "00000000000000000000000000000000" -> "::";
            case "00000000000000000000000001000000" -> "::1";
            case "0000000000000000FFFF00000100007F" -> "::ffff:127.0.0.1";
            default -> hex;
        };
    }
}
