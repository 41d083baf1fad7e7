package dev.ruff.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayTest {

    @Test
    void bytesDisplayAsUnknownAndDebugAsTheirLength() {
        RuffBytes b = RuffBytes.wrap(new byte[] {1, (byte) 200});
        assertEquals("<unknown>", Display.display(b));
        assertEquals("Bytes(2 bytes)", Display.debug(b));
        assertEquals("[<unknown>]", Display.display(RuffArray.of(b)));
    }

    @Test
    void floatDisplayDropsIntegralFraction() {
        assertEquals("3", Display.formatFloat(3.0));
        assertEquals("100", Display.formatFloat(100.0));
        assertEquals("-3", Display.formatFloat(-3.0));
    }

    @Test
    void floatDisplayUsesShortestRoundTripDigits() {
        assertEquals("0.30000000000000004", Display.formatFloat(0.1 + 0.2));
        assertEquals("-3.14", Display.formatFloat(-3.14));
        assertEquals("30.5", Display.formatFloat(30.5));
        assertEquals("0.1", Display.formatFloat(0.1));
        assertEquals("0.3059322923730783", Display.formatFloat(0.3059322923730783));
        assertEquals("17976931348623157" + "0".repeat(292), Display.formatFloat(Double.MAX_VALUE));
        assertEquals("282879384806159000", Display.formatFloat(2.82879384806159E17));
    }

    @Test
    void floatDisplayNeverUsesExponentNotation() {
        assertEquals("1000000000000000000000", Display.formatFloat(1e21));
        assertEquals("0.0000001", Display.formatFloat(1e-7));
        assertEquals("0." + "0".repeat(323) + "5", Display.formatFloat(Double.MIN_VALUE));
    }

    @Test
    void floatDisplayOfSpecialValues() {
        assertEquals("NaN", Display.formatFloat(Double.NaN));
        assertEquals("inf", Display.formatFloat(Double.POSITIVE_INFINITY));
        assertEquals("-inf", Display.formatFloat(Double.NEGATIVE_INFINITY));
        assertEquals("-0", Display.formatFloat(-0.0));
        assertEquals("0", Display.formatFloat(0.0));
    }

    @Test
    void scalarsDisplayPlainly() {
        assertEquals("42", Display.display(42L));
        assertEquals("-5", Display.display(-5L));
        assertEquals("true", Display.display(true));
        assertEquals("null", Display.display(RuffNull.NULL));
        assertEquals("hello", Display.display("hello"));
    }

    @Test
    void arrayDisplayLeavesNestedStringsUnquoted() {
        RuffArray a = RuffArray.of(1L, "hello", true, RuffNull.NULL, 3.14);
        assertEquals("[1, hello, true, null, 3.14]", Display.display(a));
        assertEquals("[]", Display.display(RuffArray.empty()));
    }

    @Test
    void dictDisplaySortsKeys() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "Alice");
        m.put("age", 30L);
        assertEquals("{\"age\": 30, \"name\": Alice}", Display.display(RuffDict.of(m)));
        assertEquals("{}", Display.display(new RuffDict()));
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("outer", new RuffDict());
        nested.put("inner", new RuffDict());
        assertEquals("{\"inner\": {}, \"outer\": {}}", Display.display(RuffDict.of(nested)));
    }

    @Test
    void structDisplaySortsFields() {
        StructInstance p = new StructInstance("Address", null);
        p.setInPlace("street", "123 Main St");
        p.setInPlace("city", "Portland");
        assertEquals("Address { city: Portland, street: 123 Main St }", Display.display(p));
        assertEquals("Empty {  }", Display.display(new StructInstance("Empty", null)));
    }

    @Test
    void resultOptionAndTagDisplay() {
        assertEquals("Ok(42)", Display.display(ResultValue.ok(42L)));
        assertEquals("Err(error)", Display.display(ResultValue.err("error")));
        assertEquals("Some(1.5)", Display.display(OptionValue.some(1.5)));
        assertEquals("None", Display.display(OptionValue.NONE));
        assertEquals("Status::Pending", Display.display(new TaggedValue("Status", "Pending")));
        assertEquals("Shape::Rect(2,3)", Display.display(new TaggedValue("Shape", "Rect", 2L, 3L)));
    }

    @Test
    void functionsDisplay() {
        RuffCallable nat = new RuffCallable() {
            public String name() {
                return "print";
            }

            public boolean isNative() {
                return true;
            }
        };
        RuffCallable user = () -> "f";
        assertEquals("<native function: print>", Display.display(nat));
        assertEquals("<unknown>", Display.display(user));
        assertEquals("<unknown>", Display.display(new StructDef("P", List.of(), Map.of(), Map.of())));
    }

    @Test
    void debugRenderingNamesKinds() {
        assertEquals("Int(5)", Display.debug(5L));
        assertEquals("Float(3)", Display.debug(3.0));
        assertEquals("Float(1.5)", Display.debug(1.5));
        assertEquals("Str(\"a\\\"b\\n\")", Display.debug("a\"b\n"));
        assertEquals("Bool(true)", Display.debug(true));
        assertEquals("Null", Display.debug(RuffNull.NULL));
        assertEquals("Array[5]", Display.debug(RuffArray.of(1L, 2L, 3L, 4L, 5L)));
        assertEquals("Dict{0 keys}", Display.debug(new RuffDict()));
        assertEquals("Ok(Int(1))", Display.debug(ResultValue.ok(1L)));
        assertEquals("None", Display.debug(OptionValue.NONE));
    }

    @Test
    void deepDebugShowsElements() {
        assertEquals("Array[Int(1), String(\"x\")]", Display.debugDeep(RuffArray.of(1L, "x")));
        assertEquals("Dict{a: Int(1)}", Display.debugDeep(RuffDict.of(Map.of("a", 1L))));
    }
}
