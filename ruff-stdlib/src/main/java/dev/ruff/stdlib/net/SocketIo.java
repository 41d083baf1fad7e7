package dev.ruff.stdlib.net;

import dev.ruff.runtime.RuffBytes;
import dev.ruff.stdlib.io.OsErrorText;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What the socket natives share: upstream's timeouts (10 s connect, 30 s read and write), the
 * receive-size limit, waiting on a channel with a deadline, and turning received bytes into a string
 * when they are UTF-8. Channels stay non-blocking underneath; "blocking" sockets wait here with a
 * deadline, so no read can hang a script and an engine close is noticed within a slice.
 */
final class SocketIo {
    static final long CONNECT_TIMEOUT_MS = 10_000;
    static final long READ_TIMEOUT_MS = 30_000;
    static final long WRITE_TIMEOUT_MS = 30_000;
    static final int MAX_RECEIVE = 8 * 1024 * 1024;
    /** Errno 11, what Rust reports for a non-blocking socket with nothing to do. */
    static final String WOULD_BLOCK = OsErrorText.of("Resource temporarily unavailable", 11);
    private static final long SLICE_MS = 100;

    /** A socket failure already worded for the script. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private SocketIo() {
    }

    /**
     * Waits until {@code channel} is ready for {@code ops}, up to {@code timeoutMs} (0 = without limit).
     *
     * @return false on timeout
     */
    static boolean await(SelectableChannel channel, int ops, long timeoutMs) throws IOException {
        long deadline = timeoutMs == 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutMs * 1_000_000;
        dev.ruff.runtime.RunGuard guard = dev.ruff.runtime.RunGuard.current();
        try (Selector selector = Selector.open(); dev.ruff.runtime.RunGuard.Registration wake = guard.onStop(selector::wakeup)) {
            channel.register(selector, ops);
            while (true) {
                guard.checkpoint(); // a stopped run ends the wait with its limit error
                if (!channel.isOpen()) {
                    throw new IOException("Socket is closed");
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new IOException("Interrupted");
                }
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return false;
                }
                if (selector.select(Math.min(SLICE_MS, left)) > 0) {
                    return true;
                }
            }
        }
    }

    static String timeout(String op) {
        return op + " timed out after " + READ_TIMEOUT_MS + "ms read/" + WRITE_TIMEOUT_MS
                + "ms write timeout policy: " + OsErrorText.of("Resource temporarily unavailable", 11);
    }

    /** A string when the bytes are valid UTF-8, else bytes, as upstream's receive natives return. */
    static Object text(ByteBuffer buf) {
        buf.flip();
        byte[] data = new byte[buf.remaining()];
        buf.get(data);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            return RuffBytes.wrap(data);
        }
    }

    /** Rust's text for the error; bind failures the shared errno table does not know are added here. */
    static String message(IOException e) {
        String m = e.getMessage();
        if (m != null && m.startsWith("Address already in use")) {
            return OsErrorText.of("Address already in use", 98);
        }
        if (m != null && m.startsWith("Cannot assign requested address")) {
            return OsErrorText.of("Cannot assign requested address", 99);
        }
        return OsErrorText.of(e);
    }

    static String address(InetSocketAddress a) {
        String host = a.getAddress() == null ? a.getHostString() : a.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
    }

    /** The key set a selector is interested in for reading. */
    static final int READ = SelectionKey.OP_READ;
    static final int WRITE = SelectionKey.OP_WRITE;
    static final int ACCEPT = SelectionKey.OP_ACCEPT;
    static final int CONNECT = SelectionKey.OP_CONNECT;
}
