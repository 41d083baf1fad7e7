package dev.ruff.stdlib.crypto;

import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Standard-alphabet base64 decoding as strict as Rust's {@code base64} STANDARD engine (canonical
 * padding required), reporting failures in that crate's words, e.g. {@code Invalid symbol 33, offset 0.}.
 * The JDK decodes; since it also accepts missing padding and non-zero trailing bits, a result is only
 * taken when it re-encodes to exactly the input.
 */
final class StrictBase64 {
    private static final Pattern NOT_ALPHABET = Pattern.compile("[^A-Za-z0-9+/]");

    /** Malformed input; the message is the Rust crate's. */
    static final class DecodeError extends Exception {
        DecodeError(String message) {
            super(message, null, false, false);
        }
    }

    private StrictBase64() {
    }

    static byte[] decode(String text) throws DecodeError {
        try {
            byte[] bytes = Base64.getDecoder().decode(text);
            if (Base64.getEncoder().encodeToString(bytes).equals(text)) {
                return bytes;
            }
        } catch (IllegalArgumentException e) {
            // the JDK's message names neither the offset nor the crate's error kind; say why below
        }
        throw new DecodeError(reason(text));
    }

    /** Why {@code text} is not canonical base64, checked in the crate's order. */
    private static String reason(String text) {
        String symbols = text.replaceFirst("={1,2}$", "");
        Matcher bad = NOT_ALPHABET.matcher(symbols);
        if (bad.find()) {
            return "Invalid symbol " + (int) symbols.charAt(bad.start()) + ", offset " + bad.start() + ".";
        }
        if (symbols.length() % 4 == 1) {
            return "Invalid input length.";
        }
        if (text.length() % 4 != 0) {
            return "Invalid padding";
        }
        // valid symbols, length and padding: only the last symbol's unused bits can be non-zero
        int last = symbols.length() - 1;
        return "Invalid last symbol " + (int) symbols.charAt(last) + ", offset " + last + ".";
    }
}
