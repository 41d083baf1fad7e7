package dev.ruff.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.StackEntry;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random well-formed programs ({@link ProgramGenerator}) must behave the same on the interpreter and
 * the VM: the same output, the same error message at the same position with the same Ruff stack.
 */
class BackendDifferentialPropertyTest {
    private static final DifferentialEngine VM = new DifferentialEngine(RuffEngine.builder().backend(BackendType.VM));
    private static final DifferentialEngine INTERPRETER =
            new DifferentialEngine(RuffEngine.builder().backend(BackendType.INTERPRETER));

    @Property(tries = 1000)
    void bothBackendsAgree(@ForAll long seed) {
        String program = ProgramGenerator.program(seed);
        assertEquals(INTERPRETER.run(program), VM.run(program), () -> "program:\n" + program);
    }

    /**
     * The generator covers the whole grammar it claims: 1,000 programs together contain every
     * {@link ProgramGenerator.Production}. A form added to the list but never generated fails here.
     */
    @Example
    void everyGrammarProductionIsGenerated() {
        Set<ProgramGenerator.Production> missing = EnumSet.allOf(ProgramGenerator.Production.class);
        for (long seed = 0; seed < 1000 && !missing.isEmpty(); seed++) {
            missing.removeAll(ProgramGenerator.productions(seed));
        }
        assertTrue(missing.isEmpty(), () -> "never generated: " + missing);
    }

    @AfterContainer
    static void closeEngines() {
        VM.close();
        INTERPRETER.close();
    }
}
