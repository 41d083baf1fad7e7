package dev.ruff.stdlib.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.BackendType;
import dev.ruff.spi.Capability;
import dev.ruff.stdlib.Scripts;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** TCP and UDP natives on loopback, against each other and against plain Java sockets. */
@Timeout(60)
class SocketsTest {

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void tcpRoundTripBetweenScriptSockets(BackendType backend) {
        assertEquals("""
                tcplistener tcpstream
                5
                hello
                bytes
                []
                true
                """, Scripts.run(backend, """
                l := tcp_listen("127.0.0.1", 0)
                c := tcp_connect("127.0.0.1", l.port)
                s := tcp_accept(l)
                print(type(l) + " " + type(s))
                print(tcp_send(c, "hello"))
                print(tcp_receive(s, 100))
                tcp_send(s, bytes([255, 0, 1]))
                print(type(tcp_receive(c, 10)))
                tcp_close(c)
                print("[" + tcp_receive(s, 10) + "]")
                print(tcp_close(l))
                """));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void scriptClientTalksToAJavaServer(BackendType backend) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread echo = new Thread(() -> {
                try (Socket s = server.accept()) {
                    InputStream in = s.getInputStream();
                    byte[] buf = new byte[64];
                    int n = in.read(buf);
                    OutputStream out = s.getOutputStream();
                    out.write(("echo:" + new String(buf, 0, n, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                } catch (Exception ignored) {
                    // the assertion on the script's output reports the failure
                }
            });
            echo.start();
            assertEquals("echo:grüße\n", Scripts.run(backend, """
                    c := tcp_connect("127.0.0.1", %d)
                    tcp_send(c, "grüße")
                    print(tcp_receive(c, 64))
                    """.formatted(server.getLocalPort())));
            echo.join(10_000);
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void udpDatagramsCarryTheirSender(BackendType backend) throws Exception {
        String out = Scripts.run(backend, """
                a := udp_bind("127.0.0.1", 0)
                b := udp_bind("127.0.0.1", 0)
                print(udp_send_to(a, "ping", "127.0.0.1", b.port))
                r := udp_receive_from(b, 100)
                print(r["data"] + " " + str(r["size"]) + " " + str(r["from"] == "127.0.0.1:" + str(a.port)))
                print(type(a) + " " + str(udp_close(a)))
                """);
        assertEquals("4\nping 4 true\nudpsocket true\n", out);
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void scriptReceivesADatagramFromJava(BackendType backend) throws Exception {
        try (DatagramSocket java = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            int port;
            try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
                port = probe.getLocalPort();
            }
            Thread sender = new Thread(() -> {
                byte[] data = {(byte) 0xff, 1};
                for (int i = 0; i < 50; i++) {
                    try {
                        java.send(new DatagramPacket(data, data.length, InetAddress.getLoopbackAddress(), port));
                        Thread.sleep(100);
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            sender.setDaemon(true);
            sender.start();
            assertEquals("bytes 2\n", Scripts.run(backend, """
                    s := udp_bind("127.0.0.1", %d)
                    r := udp_receive_from(s, 16)
                    print(type(r["data"]) + " " + str(r["size"]))
                    """.formatted(port)));
        }
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void failuresUseUpstreamWords(BackendType backend) throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        String out = Scripts.run(backend, """
                try { tcp_connect("127.0.0.1", %d) } except e { print(e.message) }
                l := tcp_listen("127.0.0.1", 0)
                try { tcp_listen("127.0.0.1", l.port) } except e { print(e.message) }
                tcp_set_nonblocking(l, true)
                try { tcp_accept(l) } except e { print(e.message) }
                c := tcp_connect("127.0.0.1", l.port)
                try { tcp_receive(c, 0) } except e { print(e.message) }
                tcp_set_nonblocking(c, true)
                try { tcp_receive(c, 10) } except e { print(e.message) }
                u := udp_bind("127.0.0.1", 0)
                try { udp_bind("127.0.0.1", u.port) } except e { print(e.message) }
                try { udp_receive_from(u, -1) } except e { print(e.message) }
                try { tcp_send("x", "y") } except e { print(e.message) }
                """.formatted(closedPort));
        String[] lines = out.split("\n");
        assertEquals("tcp_connect failed to connect to '127.0.0.1:" + closedPort
                + "': Connection refused (os error 111)", lines[0]);
        assertTrue(lines[1].matches("Failed to bind TCP listener on '127.0.0.1:\\d+': Address already in use \\(os error 98\\)"),
                lines[1]);
        assertEquals("Failed to accept connection: Resource temporarily unavailable (os error 11)", lines[2]);
        assertEquals("tcp_receive size must be positive", lines[3]);
        assertEquals("Failed to receive data over TCP: Resource temporarily unavailable (os error 11)", lines[4]);
        assertTrue(lines[5].matches("Failed to bind UDP socket on '127.0.0.1:\\d+': Address already in use \\(os error 98\\)"),
                lines[5]);
        assertEquals("udp_receive_from size must be positive", lines[6]);
        assertEquals("tcp_send requires a TcpStream as first argument", lines[7]);
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void bindingNeedsNetworkServerAndConnectingNetworkClient(BackendType backend) {
        assertEquals("""
                Capability denied: network-server required for tcp_listen; grant it with RuffEngine.builder().grant(Capability.NET_SERVER)
                Capability denied: network-client required for tcp_connect; grant it with RuffEngine.builder().grant(Capability.NET_CLIENT)
                Capability denied: network-server required for udp_bind; grant it with RuffEngine.builder().grant(Capability.NET_SERVER)
                """, Scripts.runGranting(backend, """
                try { tcp_listen("127.0.0.1", 0) } except e { print(e.message) }
                try { tcp_connect("127.0.0.1", 1) } except e { print(e.message) }
                try { udp_bind("127.0.0.1", 0) } except e { print(e.message) }
                """, Capability.CLOCK));
    }
}
