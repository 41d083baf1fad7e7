package dev.ruff.stdlib.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ruff.runtime.RuffDict;
import dev.ruff.stdlib.Natives;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TomlPropertiesTest {
    private final Natives n = new Natives(new DataFormatsModule());

    @Provide
    Arbitrary<List<String>> texts() {
        return CsvPropertiesTest.texts();
    }

    /** The whole long range, 19-digit integers included (jackson-dataformats-text issue 663). */
    @Property(tries = 300)
    void flatTablesRoundTrip(@ForAll("texts") List<String> values, @ForAll long number) {
        RuffDict d = Natives.dict("text", String.join("|", values), "number", number);
        RuffDict back = (RuffDict) n.call("parse_toml", n.call("to_toml", d));
        assertEquals(d.get("text"), back.get("text"));
        assertEquals(number, back.get("number"));
    }

    @Test
    void nineteenDigitIntegersKeepTheirLeadingDigit() {
        for (long number : new long[] {Long.MAX_VALUE, Long.MIN_VALUE, 1_000_000_000_000_000_000L, -1_234_567_890_123_456_789L}) {
            assertEquals(number, ((RuffDict) n.call("parse_toml", "n = " + number)).get("n"));
        }
    }
}
