package dev.ruff.stdlib.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/** A listening TCP socket ({@code type()} is {@code tcplistener}); field {@code port} is the bound port. */
final class TcpListenerHandle extends ChannelHandle<ServerSocketChannel> {
    private volatile boolean nonBlocking;

    private TcpListenerHandle(ServerSocketChannel channel) {
        super(channel, "tcplistener", "TcpListener");
    }

    static TcpListenerHandle bind(String host, int port) throws IOException {
        return new TcpListenerHandle(bindNonBlocking(ServerSocketChannel.open(), host, port));
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

    @Override
    public Object field(String name) {
        return portField(name);
    }
}
