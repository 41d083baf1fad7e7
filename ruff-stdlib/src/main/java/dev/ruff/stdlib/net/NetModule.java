package dev.ruff.stdlib.net;

import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;

/**
 * TCP and UDP sockets on java.nio channels ({@code tcp_*}, {@code udp_*}) with upstream's timeouts:
 * binding and accepting need {@code network-server}, connecting, sending and receiving
 * {@code network-client}.
 */
public final class NetModule implements RuffModule {

    @Override
    public String name() {
        return "net";
    }

    @Override
    public void register(NativeRegistry r) {
        Capability server = Capability.NET_SERVER;
        Capability client = Capability.NET_CLIENT;
        r.function("tcp_listen(host, port)", Arity.exact(2), server, "Binds a TCP listener on (host, port); port 0 picks a free one.",
                SocketNatives::tcpListen);
        r.function("tcp_accept(listener)", Arity.exact(1), server, "Waits for the next client of a listener; returns a TcpStream.",
                SocketNatives::tcpAccept);
        r.function("tcp_connect(host, port)", Arity.exact(2), client, "Connects to (host, port) within 10 s; returns a TcpStream.",
                SocketNatives::tcpConnect);
        r.function("tcp_send(stream, data)", Arity.exact(2), client, "Writes a string or bytes to a stream; returns the byte count.",
                SocketNatives::tcpSend);
        r.function("tcp_receive(stream, size)", Arity.exact(2), client,
                "One read of up to size bytes (30 s timeout): a string if UTF-8, else bytes; \"\" when the peer closed.",
                SocketNatives::tcpReceive);
        r.function("tcp_close(stream_or_listener)", Arity.exact(1), Capability.NONE, "Closes a stream or listener.",
                SocketNatives::close);
        r.function("tcp_set_nonblocking(stream_or_listener, flag)", Arity.exact(2), Capability.NONE,
                "Makes accept/receive fail at once with 'Resource temporarily unavailable' instead of waiting.",
                SocketNatives::setNonBlocking);
        r.function("udp_bind(host, port)", Arity.exact(2), server, "Binds a UDP socket on (host, port); port 0 picks a free one.",
                SocketNatives::udpBind);
        r.function("udp_send_to(socket, data, host, port)", Arity.exact(4), client, "Sends a datagram to (host, port); returns the byte count.",
                SocketNatives::udpSendTo);
        r.function("udp_receive_from(socket, size)", Arity.exact(2), client,
                "Waits up to 30 s for a datagram; returns {data, from: \"ip:port\", size}.",
                SocketNatives::udpReceiveFrom);
        r.function("udp_close(socket)", Arity.exact(1), Capability.NONE, "Closes a UDP socket.", SocketNatives::close);
    }
}
