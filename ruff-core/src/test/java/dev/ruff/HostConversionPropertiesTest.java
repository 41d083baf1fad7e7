package dev.ruff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Plain Java data survives the trip into Ruff and back, directly and through a script's globals. */
class HostConversionPropertiesTest {
    private static RuffEngine engine;

    @BeforeContainer
    static void start() {
        engine = RuffEngine.builder().out(new StringWriter()).build();
    }

    @AfterContainer
    static void stop() {
        engine.close();
    }

    @Provide
    Arbitrary<Object> values() {
        Arbitrary<Object> leaves = Arbitraries.oneOf(Arbitraries.longs().map(v -> (Object) v),
                Arbitraries.doubles().map(v -> (Object) v), Arbitraries.strings().ofMaxLength(8).map(v -> (Object) v),
                Arbitraries.of(true, false).map(v -> (Object) v), Arbitraries.just(null));
        return Arbitraries.recursive(() -> leaves, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l)),
                Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5), inner).ofMaxSize(4)
                        .map(m -> (Object) new LinkedHashMap<>(m))), 3);
    }

    @Property(tries = 300)
    void javaDataRoundTripsThroughRuff(@ForAll("values") Object value) {
        assertEquals(value, HostValues.toJava(HostValues.toRuff(value)));
    }

    @Property(tries = 100)
    void javaDataRoundTripsThroughAScriptGlobal(@ForAll("values") Object value) {
        RuffContext context = engine.newContext();
        context.set("v", value);
        engine.compile("w := v", "copy.ruff").run(context);
        assertEquals(value, context.get("w"));
        assertEquals(value, engine.compile("v", "read.ruff").run(context));
    }
}
