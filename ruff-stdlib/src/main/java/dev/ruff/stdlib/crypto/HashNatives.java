package dev.ruff.stdlib.crypto;

import dev.ruff.runtime.RuffBytes;
import dev.ruff.spi.NativeCall;
import dev.ruff.stdlib.io.OsErrorText;
import dev.ruff.stdlib.io.WorkingDirectory;
import dev.ruff.stdlib.values.Arg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/** Digests, password hashing and base64. */
final class HashNatives {
    private static final int PASSWORD_COST = 12;
    /** Salts come from a SecureRandom seeded at the first hash_password, not when the digest natives first run. */
    private static final class Salts {
        static final SecureRandom RANDOM = new SecureRandom();
    }
    private static final Pattern BCRYPT_COST = Pattern.compile("^\\$2[abxy]\\$(\\d\\d)\\$");

    private HashNatives() {
    }

    static Object digest(NativeCall call, String algorithm) {
        byte[] data = Arg.data(call, 0);
        if (call.count() != 1 || data == null) {
            throw call.error(call.name() + " requires a string or bytes argument");
        }
        return Digests.hex(algorithm, data);
    }

    static Object fileDigest(NativeCall call, String algorithm) {
        String p = Arg.string(call, 0);
        if (p == null) {
            throw call.error(call.name() + " requires a string path argument");
        }
        try {
            return Digests.hexOfFile(algorithm, WorkingDirectory.resolve(call, p));
        } catch (IOException e) {
            throw call.error("Failed to read file '" + p + "': " + OsErrorText.of(e));
        }
    }

    static Object hashPassword(NativeCall call) {
        String password = Arg.string(call, 0);
        if (password == null) {
            throw call.error("hash_password requires a string argument");
        }
        byte[] salt = new byte[16];
        Salts.RANDOM.nextBytes(salt);
        return OpenBSDBCrypt.generate("2b", password.getBytes(StandardCharsets.UTF_8), salt, PASSWORD_COST);
    }

    static Object verifyPassword(NativeCall call) {
        String password = Arg.string(call, 0);
        String hash = Arg.string(call, 1);
        if (password == null || hash == null) {
            throw call.error("verify_password requires (password_string, hash_string) arguments");
        }
        try {
            return OpenBSDBCrypt.checkPassword(hash, password.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw call.error("Failed to verify password: " + invalidHash(hash));
        }
    }

    /** Rust's bcrypt crate words: an out-of-range cost is named, any other malformed hash is quoted. */
    private static String invalidHash(String hash) {
        Matcher m = BCRYPT_COST.matcher(hash);
        if (m.find()) {
            int cost = Integer.parseInt(m.group(1));
            if (cost < 4 || cost > 31) {
                return "Invalid Cost: " + cost;
            }
        }
        return "Invalid hash: " + hash;
    }

    static Object encodeBase64(NativeCall call) {
        byte[] data = Arg.data(call, 0);
        if (data == null) {
            throw call.error("encode_base64 requires a string or bytes argument");
        }
        return Base64.getEncoder().encodeToString(data);
    }

    static Object decodeBase64(NativeCall call) {
        String text = Arg.string(call, 0);
        if (text == null) {
            throw call.error("decode_base64 requires a string argument");
        }
        try {
            return RuffBytes.wrap(StrictBase64.decode(text));
        } catch (StrictBase64.DecodeError e) {
            throw call.error("Base64 decode error: " + e.getMessage());
        }
    }
}
