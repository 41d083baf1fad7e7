package dev.ruff.runtime;

import dev.ruff.lang.BinaryOp;
import dev.ruff.diag.RuffRuntimeError;
import java.util.function.LongBinaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class OperatorsPropertiesTest {

    private static boolean agrees(BinaryOp op, long a, long b, LongBinaryOperator exact) {
        Long expected;
        try {
            expected = exact.applyAsLong(a, b);
        } catch (ArithmeticException e) {
            expected = null;
        }
        try {
            Object actual = Operators.binary(op, a, b, null);
            return expected != null && expected.equals(actual);
        } catch (RuffRuntimeError e) {
            return expected == null && e.getMessage().equals("Integer overflow: " + a + " " + op.symbol() + " " + b);
        }
    }

    @Property(tries = 2000)
    boolean checkedAdditionAgreesWithAddExact(@ForAll long a, @ForAll long b) {
        return agrees(BinaryOp.ADD, a, b, Math::addExact);
    }

    @Property(tries = 2000)
    boolean checkedSubtractionAgreesWithSubtractExact(@ForAll long a, @ForAll long b) {
        return agrees(BinaryOp.SUB, a, b, Math::subtractExact);
    }

    @Property(tries = 2000)
    boolean checkedMultiplicationAgreesWithMultiplyExact(@ForAll long a, @ForAll long b) {
        return agrees(BinaryOp.MUL, a, b, Math::multiplyExact);
    }

    @Property(tries = 2000)
    boolean divisionTruncatesLikeJava(@ForAll long a, @ForAll long b) {
        if (b == 0 || (a == Long.MIN_VALUE && b == -1)) {
            return true;
        }
        return Operators.binary(BinaryOp.DIV, a, b, null).equals(a / b)
                && Operators.binary(BinaryOp.MOD, a, b, null).equals(a % b);
    }
}
