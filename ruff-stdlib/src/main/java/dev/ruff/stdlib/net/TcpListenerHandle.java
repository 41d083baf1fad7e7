package dev.ruff.stdlib.net;

import dev.ruff.runtime.RuffHandle;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/** A listening TCP socket ({@code type()} is {@code tcplistener}); field {@code port} is the bound port. */
final class TcpListenerHandle implements RuffHandle, AutoCloseable {
    private final ServerSocketChannel channel;
    private volatile boolean nonBlocking;

    private TcpListenerHandle(ServerSocketChannel channel) {
        this.channel = channel;
    }

    static TcpListenerHandle bind(String host, int port) throws IOException {
        ServerSocketChannel ch = ServerSocketChannel.open();
        try {
            ch.bind(new InetSocketAddress(host, port));
            ch.configureBlocking(false);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        return new TcpListenerHandle(ch);
    }

    /** The next client; blocks (without limit) unless the listener was made non-blocking. */
    TcpStreamHandle accept() throws IOException, SocketIo.Failure {
        while (true) {
            SocketChannel client = channel.accept();
            if (client != null) {
                client.configureBlocking(false);
                return new TcpStreamHandle(client);
            }
            if (nonBlocking) {
                throw new SocketIo.Failure("Failed to accept connection: " + SocketIo.WOULD_BLOCK);
            }
            SocketIo.await(channel, SocketIo.ACCEPT, 0);
        }
    }

    void setNonBlocking(boolean flag) {
        nonBlocking = flag;
    }

    int port() throws IOException {
        return ((InetSocketAddress) channel.getLocalAddress()).getPort();
    }

    @Override
    public Object field(String name) {
        if (name.equals("port")) {
            try {
                return (long) port();
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
        return "tcplistener";
    }

    @Override
    public String debug() {
        return "TcpListener";
    }
}
