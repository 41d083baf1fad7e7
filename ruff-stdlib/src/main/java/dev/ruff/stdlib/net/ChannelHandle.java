package dev.ruff.stdlib.net;

import dev.ruff.runtime.RuffHandle;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;

/**
 * A socket handed to scripts: its Ruff type and debug names, closing, and the bound port that listeners
 * and UDP sockets show as their {@code port} field.
 */
abstract class ChannelHandle<C extends SelectableChannel & NetworkChannel> implements RuffHandle, AutoCloseable {
    protected final C channel;
    private final String typeName;
    private final String debugName;

    ChannelHandle(C channel, String typeName, String debugName) {
        this.channel = channel;
        this.typeName = typeName;
        this.debugName = debugName;
    }

    /** Binds {@code channel} to {@code host:port} in non-blocking mode, closing it when that fails. */
    static <C extends SelectableChannel & NetworkChannel> C bindNonBlocking(C channel, String host, int port)
            throws IOException {
        try {
            channel.bind(new InetSocketAddress(host, port));
            channel.configureBlocking(false);
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    int port() throws IOException {
        return ((InetSocketAddress) channel.getLocalAddress()).getPort();
    }

    /** The {@code port} field: the bound port, or null once the socket is closed. */
    protected Object portField(String name) {
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
        return typeName;
    }

    @Override
    public String debug() {
        return debugName;
    }
}
