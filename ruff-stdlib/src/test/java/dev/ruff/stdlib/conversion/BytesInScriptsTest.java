package dev.ruff.stdlib.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ruff.RuffEngine;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Bytes made by different natives are one language value: indexable, measurable, comparable. */
class BytesInScriptsTest {

    @Test
    void scriptsIndexMeasureAndCompareBytesFromAnyNative() {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().out(out).build()) {
            engine.eval("""
                    b := bytes([104, 105, 255])
                    print(b[0], b[-1], len(b), type(b), b)
                    print(b == decode_base64("aGn/"), slice(b, 1, 3) == bytes([105, 255]), b == bytes([104]))
                    """);
        }
        assertEquals("104 255 3 bytes <unknown>\ntrue true false\n", out.toString());
    }
}
