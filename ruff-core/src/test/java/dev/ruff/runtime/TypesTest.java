package dev.ruff.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypesTest {

    @Test
    void typeNamesFollowTheValueTable() {
        assertEquals("int", Types.typeName(1L));
        assertEquals("float", Types.typeName(1.0));
        assertEquals("string", Types.typeName(""));
        assertEquals("bool", Types.typeName(false));
        assertEquals("null", Types.typeName(RuffNull.NULL));
        assertEquals("array", Types.typeName(RuffArray.empty()));
        assertEquals("dict", Types.typeName(new RuffDict()));
        assertEquals("struct", Types.typeName(new StructInstance("P", null)));
        assertEquals("tagged", Types.typeName(new TaggedValue("E", "A")));
        assertEquals("result", Types.typeName(ResultValue.ok(1L)));
        assertEquals("option", Types.typeName(OptionValue.NONE));
        assertEquals("bytes", Types.typeName(RuffBytes.wrap(new byte[0])));
        assertEquals("function", Types.typeName((RuffCallable) () -> "f"));
        assertEquals("structdef", Types.typeName(new StructDef("P", List.of(), Map.of(), Map.of())));
        assertEquals("set", Types.typeName(new RuffHandle() {
            public String typeName() {
                return "set";
            }

            public String debug() {
                return "Set{0 items}";
            }
        }));
    }

    @Test
    void operandWordsForBinaryErrors() {
        assertEquals("struct", Types.operandWord(new StructInstance("P", null)));
        assertEquals("value", Types.operandWord(ResultValue.ok(1L)));
        assertEquals("function", Types.operandWord((RuffCallable) () -> "f"));
        assertEquals("null", Types.operandWord(RuffNull.NULL));
    }

    @Test
    void falseyValuesAreExactlyTheSpecList() {
        for (Object v : new Object[] {false, RuffNull.NULL, 0L, 0.0, -0.0, "", RuffArray.empty(), new RuffDict()}) {
            assertFalse(Truthiness.isTruthy(v), () -> Display.debug(v));
        }
        for (Object v : new Object[] {true, 1L, 0.5, "false", "0", RuffArray.of(0L), OptionValue.NONE,
                ResultValue.err(0L), new StructInstance("P", null), Double.NaN}) {
            assertTrue(Truthiness.isTruthy(v), () -> Display.debug(v));
        }
    }
}
