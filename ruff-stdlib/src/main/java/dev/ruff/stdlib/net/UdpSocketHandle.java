package dev.ruff.stdlib.net;

import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffHandle;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/** A bound UDP socket ({@code type()} is {@code udpsocket}); field {@code port} is the bound port. */
final class UdpSocketHandle implements RuffHandle, AutoCloseable {
    private final DatagramChannel channel;

    private UdpSocketHandle(DatagramChannel channel) {
        this.channel = channel;
    }

    static UdpSocketHandle bind(String host, int port) throws IOException {
        DatagramChannel ch = DatagramChannel.open();
        try {
            ch.bind(new InetSocketAddress(host, port));
            ch.configureBlocking(false);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        return new UdpSocketHandle(ch);
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
        if (name.equals("port")) {
            try {
                return (long) ((InetSocketAddress) channel.getLocalAddress()).getPort();
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    @Override
    public String typeName() {
        return "udpsocket";
    }

    @Override
    public String debug() {
        return "UdpSocket";
    }
}
