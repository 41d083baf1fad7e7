package dev.ruff.stdlib.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Lower-case hex digests of byte arrays and (streamed, uncapped) files. */
final class Digests {
    private Digests() {
    }

    static MessageDigest algorithm(String name) {
        try {
            return MessageDigest.getInstance(name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides " + name, e);
        }
    }

    static String hex(String algorithm, byte[] data) {
        return HexFormat.of().formatHex(algorithm(algorithm).digest(data));
    }

    static byte[] sha256(byte[] data) {
        return algorithm("SHA-256").digest(data);
    }

    static String hexOfFile(String algorithm, Path file) throws IOException {
        MessageDigest md = algorithm(algorithm);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            for (int r; (r = in.read(buf)) > 0; ) {
                md.update(buf, 0, r);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
