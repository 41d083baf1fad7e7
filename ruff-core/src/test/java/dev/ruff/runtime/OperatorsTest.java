package dev.ruff.runtime;

import dev.ruff.lang.BinaryOp;
import dev.ruff.lang.UnaryOp;
import static dev.ruff.runtime.TestStructs.INVOKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ruff.diag.RuffRuntimeError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class OperatorsTest {

    private static Object bin(BinaryOp op, Object a, Object b) {
        return Operators.binary(op, a, b, INVOKER);
    }

    private static void assertError(String message, Executable body) {
        RuffRuntimeError e = assertThrows(RuffRuntimeError.class, body);
        assertEquals(message, e.getMessage());
    }

    @Test
    void intArithmeticStaysInt() {
        assertEquals(5L, bin(BinaryOp.ADD, 2L, 3L));
        assertEquals(-1L, bin(BinaryOp.SUB, 2L, 3L));
        assertEquals(6L, bin(BinaryOp.MUL, 2L, 3L));
        assertEquals(1L, bin(BinaryOp.MOD, 7L, 3L));
    }

    @Test
    void intDivisionTruncatesTowardZero() {
        assertEquals(3L, bin(BinaryOp.DIV, 7L, 2L));
        assertEquals(-3L, bin(BinaryOp.DIV, -7L, 2L));
        assertEquals(-1L, bin(BinaryOp.MOD, -7L, 2L));
    }

    @Test
    void mixedArithmeticGivesFloat() {
        assertEquals(2.5, bin(BinaryOp.ADD, 1L, 1.5));
        assertEquals(3.5, bin(BinaryOp.DIV, 7.0, 2L));
        assertEquals(1.0, bin(BinaryOp.MOD, 10.0, 3.0));
    }

    @Test
    void stringsConcatenateOnlyWithStrings() {
        assertEquals("ab", bin(BinaryOp.ADD, "a", "b"));
        assertError("Invalid binary operation: string + int", () -> bin(BinaryOp.ADD, "a", 1L));
        assertError("Invalid binary operation: int + string", () -> bin(BinaryOp.ADD, 1L, "a"));
        assertError("Invalid binary operation: string * int", () -> bin(BinaryOp.MUL, "a", 3L));
    }

    @Test
    void integerOverflowIsReported() {
        assertError("Integer overflow: 9223372036854775807 + 1", () -> bin(BinaryOp.ADD, Long.MAX_VALUE, 1L));
        assertError("Integer overflow: -9223372036854775808 - 1", () -> bin(BinaryOp.SUB, Long.MIN_VALUE, 1L));
        assertError("Integer overflow: 4611686018427387904 * 2", () -> bin(BinaryOp.MUL, 1L << 62, 2L));
    }

    @Test
    void integerOverflowOnMinDividedByMinusOne() {
        assertError("Integer overflow: -9223372036854775808 / -1", () -> bin(BinaryOp.DIV, Long.MIN_VALUE, -1L));
        assertError("Integer overflow: -9223372036854775808 % -1", () -> bin(BinaryOp.MOD, Long.MIN_VALUE, -1L));
    }

    @Test
    void negationOverflowUsesParenthesizedForm() {
        assertError("Integer overflow: -(-9223372036854775808)",
                () -> Operators.unary(UnaryOp.NEG, Long.MIN_VALUE, INVOKER));
        assertEquals(-5L, Operators.unary(UnaryOp.NEG, 5L, INVOKER));
        assertEquals(-3.14, Operators.unary(UnaryOp.NEG, 3.14, INVOKER));
    }

    @Test
    void divisionAndModuloByZeroRaiseForIntsAndFloats() {
        assertError("Division by zero", () -> bin(BinaryOp.DIV, 1L, 0L));
        assertError("Modulo by zero", () -> bin(BinaryOp.MOD, 1L, 0L));
        assertError("Division by zero", () -> bin(BinaryOp.DIV, 1.0, 0.0));
        assertError("Division by zero", () -> bin(BinaryOp.DIV, 1L, -0.0));
        assertError("Modulo by zero", () -> bin(BinaryOp.MOD, 1.5, 0L));
    }

    @Test
    void floatOverflowGivesInfinity() {
        assertEquals(Double.POSITIVE_INFINITY, bin(BinaryOp.MUL, Double.MAX_VALUE, 2.0));
    }

    @Test
    void comparisonsWorkOnNumbersAndStringsOnly() {
        assertEquals(true, bin(BinaryOp.LT, 1L, 1.5));
        assertEquals(false, bin(BinaryOp.GE, 1L, 1.5));
        assertEquals(true, bin(BinaryOp.LE, 2L, 2L));
        assertEquals(true, bin(BinaryOp.LT, "apple", "banana"));
        assertEquals(false, bin(BinaryOp.LT, Double.NaN, 1L));
        assertEquals(false, bin(BinaryOp.GT, Double.NaN, 1L));
        assertError("Invalid binary operation: int < string", () -> bin(BinaryOp.LT, 1L, "a"));
        assertError("Invalid binary operation: null >= int", () -> bin(BinaryOp.GE, RuffNull.NULL, 1L));
    }

    @Test
    void stringComparisonUsesCodePointOrder() {
        // U+FF5E (BMP, above surrogates) is smaller than U+1F600 (astral) by code point
        assertEquals(true, bin(BinaryOp.LT, "\uFF5E", "\uD83D\uDE00"));
    }

    @Test
    void equalityNeverFails() {
        assertEquals(true, bin(BinaryOp.EQ, 1L, 1.0));
        assertEquals(false, bin(BinaryOp.EQ, "1", 1L));
        assertEquals(true, bin(BinaryOp.NE, false, 0L));
    }

    @Test
    void notRequiresBool() {
        assertEquals(false, Operators.unary(UnaryOp.NOT, true, INVOKER));
        assertError("Invalid unary operation: ! Int(5)", () -> Operators.unary(UnaryOp.NOT, 5L, INVOKER));
        assertError("Invalid unary operation: ! Null", () -> Operators.unary(UnaryOp.NOT, RuffNull.NULL, INVOKER));
        assertError("Invalid unary operation: - Bool(true)", () -> Operators.unary(UnaryOp.NEG, true, INVOKER));
    }

    @Test
    void structOnTheLeftDispatchesOverloads() {
        StructDef vec = TestStructs.def("Vector",
                new TestStructs.JavaMethod("op_add", (self, args) -> TestStructs.instance(self.def(),
                        Operators.add(self.field("x"), ((StructInstance) args[0]).field("x"), null))),
                new TestStructs.JavaMethod("op_lt", (self, args) -> "lt called"),
                new TestStructs.JavaMethod("op_neg", (self, args) -> TestStructs.instance(self.def(),
                        Operators.negate(self.field("x"), null))),
                new TestStructs.JavaMethod("op_eq", (self, args) -> true));
        StructInstance a = TestStructs.instance(vec, 1.5);
        StructInstance b = TestStructs.instance(vec, 2L);
        assertEquals("Vector { x: 3.5 }", Display.display(bin(BinaryOp.ADD, a, b)));
        assertEquals("lt called", bin(BinaryOp.LT, a, b));
        assertEquals("Vector { x: -1.5 }", Display.display(Operators.unary(UnaryOp.NEG, a, INVOKER)));
        assertEquals(true, bin(BinaryOp.EQ, a, b));
        assertEquals(false, bin(BinaryOp.NE, a, b));
    }

    @Test
    void structWithoutOverloadIsAnInvalidOperation() {
        StructDef plain = TestStructs.def("Money");
        StructInstance m = TestStructs.instance(plain, 1L);
        assertError("Invalid binary operation: struct > struct", () -> bin(BinaryOp.GT, m, m));
        assertError("Invalid binary operation: int + struct", () -> bin(BinaryOp.ADD, 1L, m));
        assertEquals(true, bin(BinaryOp.EQ, m, TestStructs.instance(plain, 1.0)));
    }

    @Test
    void notEqualPrefersOpNe() {
        StructDef d = TestStructs.def("P",
                new TestStructs.JavaMethod("op_eq", (self, args) -> true),
                new TestStructs.JavaMethod("op_ne", (self, args) -> "ne"));
        StructInstance p = TestStructs.instance(d, 1L);
        assertEquals("ne", bin(BinaryOp.NE, p, p));
    }
}
