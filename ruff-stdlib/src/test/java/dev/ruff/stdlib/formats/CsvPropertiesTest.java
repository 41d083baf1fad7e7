package dev.ruff.stdlib.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffDict;
import dev.ruff.stdlib.Natives;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CsvPropertiesTest {
    private final Natives n = new Natives(new DataFormatsModule());

    @Provide
    static Arbitrary<List<String>> texts() {
        // letters, separators and quotes, but never something that parses as a number
        return Arbitraries.strings().withCharRange('a', 'z').withChars(',', '"', ' ', '\n').ofMinLength(1).ofMaxLength(10)
                .filter(s -> !s.isBlank() && !parsesAsNumber(s)).list().ofMinSize(1).ofMaxSize(5);
    }

    /** Letters alone can spell a float ("inf", "nan", "infinity"), which parse_csv rightly reads as one. */
    private static boolean parsesAsNumber(String s) {
        return s.strip().matches("(?i)inf|infinity|nan");
    }

    @Property(tries = 300)
    void stringFieldsRoundTrip(@ForAll("texts") List<String> values) {
        Object[] rows = values.stream().map(v -> Natives.dict("col", v, "num", (long) v.length())).toArray();
        String csv = (String) n.call("to_csv", RuffArray.of(rows));
        RuffArray back = (RuffArray) n.call("parse_csv", csv);
        assertEquals(values.size(), back.size());
        for (int i = 0; i < values.size(); i++) {
            RuffDict d = (RuffDict) back.get(i);
            assertEquals(values.get(i), d.get("col"));
            assertEquals((long) values.get(i).length(), d.get("num"));
        }
    }
}
