package dev.ruff.stdlib.net;

import dev.ruff.spi.NativeCall;
import dev.ruff.stdlib.os.EnvironmentOverlay;
import dev.ruff.stdlib.values.Arg;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/** The bodies of the {@code tcp_*} and {@code udp_*} natives. */
final class SocketNatives {
    private SocketNatives() {
    }

    static Object tcpListen(NativeCall call) {
        Endpoint e = endpoint(call, 0);
        try {
            return track(call, TcpListenerHandle.bind(e.host(), e.port()));
        } catch (IOException | RuntimeException ex) {
            throw call.error("Failed to bind TCP listener on '" + e + "': " + message(ex));
        }
    }

    static Object tcpAccept(NativeCall call) {
        if (!(call.arg(0) instanceof TcpListenerHandle listener)) {
            throw call.error("tcp_accept requires a TcpListener argument");
        }
        try {
            return track(call, listener.accept());
        } catch (IOException e) {
            throw call.error("Failed to accept connection: " + SocketIo.message(e));
        } catch (SocketIo.Failure f) {
            throw call.error(f.getMessage());
        }
    }

    static Object tcpConnect(NativeCall call) {
        Endpoint e = endpoint(call, 0);
        String prefix = "tcp_connect failed to connect to '" + e + "': ";
        try {
            return track(call, TcpStreamHandle.connect(resolve(call, e)));
        } catch (IOException | RuntimeException ex) {
            throw call.error(prefix + message(ex));
        } catch (SocketIo.Failure f) {
            throw call.error(prefix + f.getMessage());
        }
    }

    static Object tcpSend(NativeCall call) {
        if (!(call.arg(0) instanceof TcpStreamHandle stream)) {
            throw call.error("tcp_send requires a TcpStream as first argument");
        }
        byte[] data = Arg.data(call, 1);
        if (data == null) {
            throw call.error("tcp_send requires string or bytes data");
        }
        try {
            return (long) stream.send(data);
        } catch (IOException e) {
            throw call.error("Failed to send data over TCP: " + SocketIo.message(e));
        } catch (SocketIo.Failure f) {
            throw call.error(f.getMessage());
        }
    }

    static Object tcpReceive(NativeCall call) {
        if (!(call.arg(0) instanceof TcpStreamHandle stream)) {
            throw call.error("tcp_receive requires a TcpStream as first argument");
        }
        int size = size(call, "tcp_receive");
        try {
            return stream.receive(size);
        } catch (IOException e) {
            throw call.error("Failed to receive data over TCP: " + SocketIo.message(e));
        } catch (SocketIo.Failure f) {
            throw call.error(f.getMessage());
        }
    }

    static Object close(NativeCall call) {
        if (!(call.arg(0) instanceof ChannelHandle<?> h)) {
            throw call.error(call.name() + " requires a socket argument");
        }
        try {
            h.close();
        } catch (Exception ignored) {
            // closing is an acknowledgement, as upstream: nothing to report
        }
        try {
            call.context().async().forget(h);
        } catch (IllegalStateException noRuntime) {
            // nothing was tracked
        }
        return true;
    }

    static Object setNonBlocking(NativeCall call) {
        if (!(call.arg(1) instanceof Boolean flag)) {
            throw call.error("tcp_set_nonblocking requires a boolean flag");
        }
        if (call.arg(0) instanceof TcpStreamHandle s) {
            s.setNonBlocking(flag);
        } else if (call.arg(0) instanceof TcpListenerHandle l) {
            l.setNonBlocking(flag);
        } else {
            throw call.error("tcp_set_nonblocking requires a TcpStream or TcpListener");
        }
        return true;
    }

    static Object udpBind(NativeCall call) {
        Endpoint e = endpoint(call, 0);
        try {
            return track(call, UdpSocketHandle.bind(e.host(), e.port()));
        } catch (IOException | RuntimeException ex) {
            throw call.error("Failed to bind UDP socket on '" + e + "': " + message(ex));
        }
    }

    static Object udpSendTo(NativeCall call) {
        if (!(call.arg(0) instanceof UdpSocketHandle socket)) {
            throw call.error("udp_send_to requires a UdpSocket as first argument");
        }
        byte[] data = Arg.data(call, 1);
        if (data == null) {
            throw call.error("udp_send_to requires string or bytes data");
        }
        Endpoint e = endpoint(call, 2);
        String prefix = "Failed to send UDP datagram to '" + e + "': ";
        try {
            return (long) socket.sendTo(data, resolve(call, e));
        } catch (IOException | RuntimeException ex) {
            throw call.error(prefix + message(ex));
        } catch (SocketIo.Failure f) {
            throw call.error(prefix + f.getMessage());
        }
    }

    static Object udpReceiveFrom(NativeCall call) {
        if (!(call.arg(0) instanceof UdpSocketHandle socket)) {
            throw call.error("udp_receive_from requires a UdpSocket as first argument");
        }
        int size = size(call, "udp_receive_from");
        try {
            return socket.receiveFrom(size);
        } catch (IOException e) {
            throw call.error("Failed to receive UDP datagram: " + SocketIo.message(e));
        } catch (SocketIo.Failure f) {
            throw call.error(f.getMessage());
        }
    }

    private record Endpoint(String host, int port) {
        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    private static Endpoint endpoint(NativeCall call, int at) {
        if (!(call.arg(at) instanceof String host) || host.isEmpty() || !(call.arg(at + 1) instanceof Long port)) {
            throw call.error(call.name() + " requires (host: string, port: int) arguments");
        }
        if (port < 0 || port > 65535) {
            throw call.error(call.name() + " port must be between 0 and 65535, got " + port);
        }
        return new Endpoint(host, (int) (long) port);
    }

    private static int size(NativeCall call, String surface) {
        if (!(call.arg(1) instanceof Long n)) {
            throw call.error(surface + " size must be an integer");
        }
        if (n <= 0) {
            throw call.error(surface + " size must be positive");
        }
        if (n > SocketIo.MAX_RECEIVE) {
            throw call.error(surface + " size must be at most " + SocketIo.MAX_RECEIVE + " bytes");
        }
        return (int) (long) n;
    }

    /** Resolves the destination, honouring {@code RUFF_NET_DESTINATION_POLICY=deny_private} as the HTTP client does. */
    private static InetSocketAddress resolve(NativeCall call, Endpoint e) throws IOException {
        InetAddress address;
        try {
            address = InetAddress.getByName(e.host());
        } catch (UnknownHostException ex) {
            throw new IOException("failed to lookup address information: Name or service not known");
        }
        String policy = EnvironmentOverlay.of(call.context()).get("RUFF_NET_DESTINATION_POLICY");
        if ("deny_private".equals(policy) && (address.isLoopbackAddress() || address.isSiteLocalAddress()
                || address.isLinkLocalAddress() || address.isAnyLocalAddress())) {
            throw new IOException("destination '" + e.host()
                    + "' is a private address, blocked by RUFF_NET_DESTINATION_POLICY=deny_private");
        }
        return new InetSocketAddress(address, e.port());
    }

    private static String message(Exception e) {
        if (e instanceof IOException io) {
            return SocketIo.message(io);
        }
        return dev.ruff.runtime.JavaFailures.describe(e);
    }

    private static <T extends AutoCloseable> T track(NativeCall call, T socket) {
        try {
            call.context().async().closeOnShutdown(socket);
        } catch (IllegalStateException noRuntime) {
            // unit-test contexts have no engine end
        }
        return socket;
    }
}
