package dev.ruff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ruff.RuffContext;
import dev.ruff.RuffEngine;
import dev.ruff.RuffScript;
import dev.ruff.spi.Capability;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The embedding example of README.md, kept compiling and true here. */
class EmbeddingExampleTest {
    @Test
    void readmeExampleWorks() {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = RuffEngine.builder().out(out).grant(Capability.FS_READ).build()) {
            RuffScript script = engine.compile("""
                    func discount(total) {
                        if total > 100 { return total * 0.9 }
                        return total
                    }
                    print("rules loaded")
                    """, "rules.ruff");
            RuffContext context = engine.newContext();
            script.run(context);
            Object price = context.call("discount", 200);
            assertEquals(180.0, price);
        }
        assertEquals("rules loaded\n", out.toString());
    }
}
