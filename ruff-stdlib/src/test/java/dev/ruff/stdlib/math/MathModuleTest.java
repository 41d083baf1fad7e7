package dev.ruff.stdlib.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ruff.stdlib.Natives;
import org.junit.jupiter.api.Test;

class MathModuleTest {
    private final Natives n = new Natives(new MathModule());

    @Test
    void constants() {
        assertEquals(Math.PI, n.registry().lookup("PI"));
        assertEquals(Math.E, n.registry().lookup("E"));
    }

    @Test
    void everyNumericFunctionAnswersAFloat() {
        assertEquals(42.0, n.call("abs", -42L));
        assertEquals(12.0, n.call("sqrt", 144L));
        assertEquals(1024.0, n.call("pow", 2L, 10L));
        assertEquals(3.0, n.call("floor", 3.9));
        assertEquals(4.0, n.call("ceil", 3.1));
        assertEquals(4.0, n.call("round", 3.7));
        assertEquals(3.0, n.call("round", 2.5));
        assertEquals(-3.0, n.call("round", -2.5));
        assertEquals(5.0, n.call("min", 5L, 10L));
        assertEquals(10.0, n.call("max", 5L, 10.0));
        assertEquals(1.0, n.call("max", Double.NaN, 1.0));
        assertEquals(0.0, n.call("sin", 0L));
        assertEquals(1.0, n.call("cos", 0L));
        assertEquals(0.0, n.call("tan", 0L));
        assertEquals(1.0, n.call("exp", 0L));
        assertEquals(1.0, n.call("log", Math.E));
    }

    @Test
    void errors() {
        assertEquals("abs() expects 1 argument", n.error("abs"));
        assertEquals("abs() expects numeric argument 'value' , got Str(\"x\")", n.error("abs", "x"));
        assertEquals("floor() expects numeric argument 'value' , got Null", n.error("floor", dev.ruff.runtime.RuffNull.NULL));
        assertEquals("sqrt() domain error: value must be >= 0", n.error("sqrt", -1L));
        assertEquals("log() domain error: value must be > 0", n.error("log", 0L));
        assertEquals("pow() expects 2 arguments", n.error("pow", 1L));
        assertEquals("pow() expects numeric arguments", n.error("pow", 1L, "2"));
        assertEquals("min() expects 2 arguments", n.error("min", 1L, 2L, 3L));
        assertEquals("max() expects numeric arguments", n.error("max", true, 2L));
    }

    @Test
    void bitOperations() {
        assertEquals(2L, n.call("bit_and", 6L, 3L));
        assertEquals(7L, n.call("bit_or", 6L, 3L));
        assertEquals(5L, n.call("bit_xor", 6L, 3L));
        assertEquals(-1L, n.call("bit_not", 0L));
        assertEquals(8L, n.call("bit_shl", 1L, 3L));
        assertEquals(-2L, n.call("bit_shr", -8L, 2L));
        assertEquals("bit_and() expects integer argument 'left' , got Float(1.5)", n.error("bit_and", 1.5, 1L));
        assertEquals("bit_or() expects integer argument 'right' , got Str(\"1\")", n.error("bit_or", 1L, "1"));
        assertEquals("bit_not() expects integer argument 'value' , got Float(1)", n.error("bit_not", 1.0));
        assertEquals("bit_shl() expects a shift amount between 0 and 63", n.error("bit_shl", 1L, 64L));
        assertEquals("bit_shr() expects a shift amount between 0 and 63", n.error("bit_shr", 1L, -1L));
        assertEquals("bit_xor expects 2 arguments, got 1", n.error("bit_xor", 1L));
    }
}
