package dev.ruff.stdlib.fs;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict and lossy UTF-8 decoding (Java's {@code new String} is silently lossy). */
final class Utf8Text {
    private Utf8Text() {
    }

    /** The text, or {@code null} when {@code bytes} is not valid UTF-8. */
    static String strict(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The text with invalid sequences replaced by U+FFFD. */
    static String lossy(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
