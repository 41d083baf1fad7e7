package dev.ruff.stdlib.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/** A connected TCP socket ({@code type()} is {@code tcpstream}). Reads and writes are serialised per stream. */
final class TcpStreamHandle extends ChannelHandle<SocketChannel> {
    private volatile boolean nonBlocking;

    TcpStreamHandle(SocketChannel channel) {
        super(channel, "tcpstream", "TcpStream");
    }

    static TcpStreamHandle connect(InetSocketAddress to) throws IOException, SocketIo.Failure {
        SocketChannel ch = SocketChannel.open();
        try {
            ch.configureBlocking(false);
            if (!ch.connect(to)) {
                if (!SocketIo.await(ch, SocketIo.CONNECT, SocketIo.CONNECT_TIMEOUT_MS)) {
                    throw new SocketIo.Failure("connection timed out after " + SocketIo.CONNECT_TIMEOUT_MS + "ms");
                }
                ch.finishConnect();
            }
        } catch (IOException | SocketIo.Failure | RuntimeException e) {
            ch.close();
            throw e;
        }
        return new TcpStreamHandle(ch);
    }

    synchronized int send(byte[] data) throws IOException, SocketIo.Failure {
        ByteBuffer buf = ByteBuffer.wrap(data);
        while (buf.hasRemaining()) {
            if (channel.write(buf) == 0 && buf.hasRemaining()
                    && !SocketIo.await(channel, SocketIo.WRITE, SocketIo.WRITE_TIMEOUT_MS)) {
                throw new SocketIo.Failure(SocketIo.timeout("tcp_send"));
            }
        }
        return data.length;
    }

    /** One read of up to {@code size} bytes; {@code ""} when the peer has closed. */
    synchronized Object receive(int size) throws IOException, SocketIo.Failure {
        ByteBuffer buf = ByteBuffer.allocate(size);
        while (true) {
            int n = channel.read(buf);
            if (n < 0) {
                return "";
            }
            if (n > 0) {
                return SocketIo.text(buf);
            }
            if (nonBlocking) {
                throw new SocketIo.Failure("Failed to receive data over TCP: " + SocketIo.WOULD_BLOCK);
            }
            if (!SocketIo.await(channel, SocketIo.READ, SocketIo.READ_TIMEOUT_MS)) {
                throw new SocketIo.Failure(SocketIo.timeout("tcp_receive"));
            }
        }
    }

    void setNonBlocking(boolean flag) {
        nonBlocking = flag;
    }

    @Override
    public Object field(String name) {
        try {
            return switch (name) {
                case "peer" -> SocketIo.address((InetSocketAddress) channel.getRemoteAddress());
                case "local" -> SocketIo.address((InetSocketAddress) channel.getLocalAddress());
                default -> null;
            };
        } catch (IOException e) {
            return null;
        }
    }
}
