package dev.ruff.stdlib.crypto;

/**
 * Standard-alphabet base64 decoding that is as strict as Rust's {@code base64} STANDARD engine
 * (canonical padding required) and reports failures in its words, e.g. {@code Invalid symbol 33, offset 0.}.
 * Java's decoder accepts missing padding and non-canonical trailing bits, so it cannot be used as is.
 */
final class StrictBase64 {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** Malformed input; the message is the Rust crate's. */
    static final class DecodeError extends Exception {
        DecodeError(String message) {
            super(message, null, false, false);
        }
    }

    private StrictBase64() {
    }

    static byte[] decode(String text) throws DecodeError {
        int len = text.length();
        int pad = 0;
        while (pad < 2 && pad < len && text.charAt(len - 1 - pad) == '=') {
            pad++;
        }
        int dataLen = len - pad;
        for (int i = 0; i < dataLen; i++) {
            char c = text.charAt(i);
            if (c == '=' || ALPHABET.indexOf(c) < 0) {
                throw new DecodeError("Invalid symbol " + (int) c + ", offset " + i + ".");
            }
        }
        if (dataLen % 4 == 1) {
            throw new DecodeError("Invalid input length.");
        }
        if (len % 4 != 0 || (pad > 0 && (dataLen % 4) + pad != 4)) {
            throw new DecodeError("Invalid padding");
        }
        byte[] out = new byte[dataLen * 3 / 4];
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (int i = 0; i < dataLen; i++) {
            buffer = (buffer << 6) | ALPHABET.indexOf(text.charAt(i));
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[n++] = (byte) (buffer >>> bits);
            }
        }
        if (bits > 0 && (buffer & ((1 << bits) - 1)) != 0) {
            int last = dataLen - 1;
            throw new DecodeError("Invalid last symbol " + (int) text.charAt(last) + ", offset " + last + ".");
        }
        return out;
    }
}
