package dev.ruff.stdlib.math;

import dev.ruff.runtime.Display;
import dev.ruff.runtime.Types;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import dev.ruff.stdlib.NumberArgs;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongBinaryOperator;

/**
 * Math natives and the constants {@code PI} and {@code E}. Every numeric function answers a float,
 * even for int input ({@code abs(-42)} is {@code 42.0}, displayed {@code 42}); the {@code bit_*}
 * functions work on ints only.
 */
public final class MathModule implements RuffModule {

    @Override
    public String name() {
        return "math";
    }

    @Override
    public void register(NativeRegistry r) {
        r.constant("PI", Math.PI, "The ratio of a circle's circumference to its diameter.");
        r.constant("E", Math.E, "Euler's number, the base of natural logarithms.");
        unary(r, "abs", "Absolute value.", Math::abs);
        r.function("sqrt(x)", Arity.unchecked(), Capability.NONE, "Square root; raises for negative input.", c -> {
            double x = unaryArg(c, "sqrt");
            if (x < 0) {
                throw c.error("sqrt() domain error: value must be >= 0");
            }
            return Math.sqrt(x);
        });
        unary(r, "floor", "Largest whole number not above x.", Math::floor);
        unary(r, "ceil", "Smallest whole number not below x.", Math::ceil);
        unary(r, "round", "Nearest whole number, halves away from zero.", MathModule::roundHalfAway);
        unary(r, "sin", "Sine of an angle in radians.", Math::sin);
        unary(r, "cos", "Cosine of an angle in radians.", Math::cos);
        unary(r, "tan", "Tangent of an angle in radians.", Math::tan);
        unary(r, "exp", "e raised to x.", Math::exp);
        r.function("log(x)", Arity.unchecked(), Capability.NONE, "Natural logarithm; raises for x <= 0.", c -> {
            double x = unaryArg(c, "log");
            if (x <= 0) {
                throw c.error("log() domain error: value must be > 0");
            }
            return Math.log(x);
        });
        binary(r, "pow", "base, exp", "base raised to exp.", Math::pow);
        binary(r, "min", "a, b", "The smaller of two numbers.", MathModule::rustMin);
        binary(r, "max", "a, b", "The larger of two numbers.", MathModule::rustMax);
        bits(r, "bit_and", "Bitwise AND of two ints.", (a, b) -> a & b);
        bits(r, "bit_or", "Bitwise OR of two ints.", (a, b) -> a | b);
        bits(r, "bit_xor", "Bitwise XOR of two ints.", (a, b) -> a ^ b);
        bits(r, "bit_shl", "Left shift by 0..63 bits.", (a, n) -> a << n);
        bits(r, "bit_shr", "Arithmetic right shift by 0..63 bits.", (a, n) -> a >> n);
        r.function("bit_not(a)", Arity.exact(1), Capability.NONE, "Bitwise complement of an int.",
                c -> ~intArg(c, "bit_not", 0, "value"));
    }

    private static void unary(NativeRegistry r, String name, String doc, DoubleUnaryOperator op) {
        r.function(name + "(x)", Arity.unchecked(), Capability.NONE, doc, c -> op.applyAsDouble(unaryArg(c, name)));
    }

    private static double unaryArg(NativeCall c, String name) {
        if (c.count() != 1) {
            throw c.error(name + "() expects 1 argument");
        }
        if (!Types.isNumber(c.arg(0))) {
            // upstream's text, stray space included
            throw c.error(name + "() expects numeric argument 'value' , got " + Display.debug(c.arg(0)));
        }
        return NumberArgs.toDouble(c.arg(0));
    }

    private static void binary(NativeRegistry r, String name, String parameters, String doc, DoubleBinaryOperator op) {
        r.function(name + "(" + parameters + ")", Arity.unchecked(), Capability.NONE, doc, c -> {
            if (c.count() != 2) {
                throw c.error(name + "() expects 2 arguments");
            }
            if (!Types.isNumber(c.arg(0)) || !Types.isNumber(c.arg(1))) {
                throw c.error(name + "() expects numeric arguments");
            }
            return op.applyAsDouble(NumberArgs.toDouble(c.arg(0)), NumberArgs.toDouble(c.arg(1)));
        });
    }

    private static void bits(NativeRegistry r, String name, String doc, LongBinaryOperator op) {
        boolean shift = name.startsWith("bit_sh");
        r.function(name + (shift ? "(a, n)" : "(a, b)"), Arity.exact(2), Capability.NONE, doc, c -> {
            long a = intArg(c, name, 0, "left");
            long b = intArg(c, name, 1, "right");
            if (shift && (b < 0 || b > 63)) {
                throw c.error(name + "() expects a shift amount between 0 and 63");
            }
            return op.applyAsLong(a, b);
        });
    }

    private static long intArg(NativeCall c, String name, int index, String role) {
        if (!(c.arg(index) instanceof Long l)) {
            throw c.error(name + "() expects integer argument '" + role + "' , got " + Display.debug(c.arg(index)));
        }
        return l;
    }

    /** Rust {@code f64::round}: halves go away from zero ({@link Math#round} sends -2.5 to -2). */
    static double roundHalfAway(double x) {
        double floor = Math.floor(x);
        double diff = x - floor;
        if (diff == 0.5) {
            return x < 0 ? floor : floor + 1;
        }
        return Math.rint(x);
    }

    /** Rust {@code f64::min}: a NaN operand is ignored. */
    static double rustMin(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }

    /** Rust {@code f64::max}: a NaN operand is ignored. */
    static double rustMax(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }
}
