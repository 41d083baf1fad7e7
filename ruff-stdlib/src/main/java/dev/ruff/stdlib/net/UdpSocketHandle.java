package dev.ruff.stdlib.net;

import dev.ruff.runtime.RuffDict;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/** A bound UDP socket ({@code type()} is {@code udpsocket}); field {@code port} is the bound port. */
final class UdpSocketHandle extends ChannelHandle<DatagramChannel> {

    private UdpSocketHandle(DatagramChannel channel) {
        super(channel, "udpsocket", "UdpSocket");
    }

    static UdpSocketHandle bind(String host, int port) throws IOException {
        return new UdpSocketHandle(bindNonBlocking(DatagramChannel.open(), host, port));
    }

    synchronized int sendTo(byte[] data, InetSocketAddress to) throws IOException, SocketIo.Failure {
        ByteBuffer buf = ByteBuffer.wrap(data);
        while (channel.send(buf, to) == 0) {
            if (!SocketIo.await(channel, SocketIo.WRITE, SocketIo.WRITE_TIMEOUT_MS)) {
                throw new SocketIo.Failure(SocketIo.timeout("udp_send_to"));
            }
        }
        return data.length;
    }

    /** The next datagram, truncated to {@code size} bytes: {@code {data, from, size}}. */
    synchronized RuffDict receiveFrom(int size) throws IOException, SocketIo.Failure {
        ByteBuffer buf = ByteBuffer.allocate(size);
        while (true) {
            InetSocketAddress from = (InetSocketAddress) channel.receive(buf);
            if (from != null) {
                long n = buf.position();
                RuffDict d = new RuffDict();
                d.putInPlace("data", SocketIo.text(buf));
                d.putInPlace("from", SocketIo.address(from));
                d.putInPlace("size", n);
                return d;
            }
            if (!SocketIo.await(channel, SocketIo.READ, SocketIo.READ_TIMEOUT_MS)) {
                throw new SocketIo.Failure(SocketIo.timeout("udp_receive_from"));
            }
        }
    }

    @Override
    public Object field(String name) {
        return portField(name);
    }
}
