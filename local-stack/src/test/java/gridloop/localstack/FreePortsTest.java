package gridloop.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void eachPickIsADifferentBindablePortBelowTheKernelsEphemeralRange() throws IOException {
        Set<Integer> picked = ConcurrentHashMap.newKeySet();
        // Two "systems" picking at once, as the system tests do.
        IntStream.range(0, 400).parallel().forEach(i -> picked.add(FreePorts.pick()));
        assertEquals(400, picked.size(), "a port handed out twice");
        int ephemeralStart = FreePorts.ephemeralRangeStart();
        for (int port : picked) {
            assertTrue(port >= 20000 && port < ephemeralStart, port + " is not below " + ephemeralStart);
        }
        int port = FreePorts.pick();
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
        }
    }

    @Test
    void aPortInUseIsNeverHandedOut() throws IOException {
        Set<ServerSocket> held = new HashSet<>();
        Set<Integer> heldPorts = new HashSet<>();
        try {
            // Hold every port of a stretch of the range, then pick: none of the held ones comes back.
            for (int port = 20000; port < 20200; port++) {
                try {
                    ServerSocket socket = new ServerSocket();
                    socket.bind(new InetSocketAddress(port));
                    held.add(socket);
                    heldPorts.add(port);
                } catch (IOException inUseAlready) {
                    heldPorts.add(port);
                }
            }
            for (int i = 0; i < 300; i++) {
                int port = FreePorts.pick();
                assertTrue(!heldPorts.contains(port), port + " is in use");
            }
        } finally {
            for (ServerSocket socket : held) {
                socket.close();
            }
        }
    }
}
