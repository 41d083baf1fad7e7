package dev.ruff.runtime;

import dev.ruff.lang.BinaryOp;
import dev.ruff.lang.UnaryOp;
import dev.ruff.diag.RuffRuntimeError;
import java.util.Objects;

/**
 * The meaning of Ruff's arithmetic, comparison and equality operators (§3.3, §3.4), shared by both
 * backends. {@link #binary} and {@link #unary} dispatch on the operator; the per-operator methods
 * ({@link #add}, {@link #lt}, …) are the same code for backends that already know the operator.
 *
 * <p>Operator overloading (Decision 2): when the left operand is a struct whose declaration defines
 * {@code op_add … op_mod}, {@code op_lt op_le op_gt op_ge}, {@code op_eq}/{@code op_ne}, {@code op_neg} or
 * {@code op_not}, the method is called through the {@link Invoker} with the right operand as its only
 * argument and its result (of any type) is the operator's result. The invoker may be {@code null}
 * only when the caller knows no struct operand can occur.</p>
 */
public final class Operators {
    private Operators() {
    }

    // ---------------------------------------------------------------- dispatch

    /** Applies {@code left op right}; {@code &&}, {@code ||} and {@code ??} short-circuit in the backends and are not here. */
    public static Object binary(BinaryOp op, Object left, Object right, Invoker invoker) {
        switch (op) {
            case ADD:
                return add(left, right, invoker);
            case SUB:
                return sub(left, right, invoker);
            case MUL:
                return mul(left, right, invoker);
            case DIV:
                return div(left, right, invoker);
            case MOD:
                return mod(left, right, invoker);
            case EQ:
                return eq(left, right, invoker);
            case NE:
                return ne(left, right, invoker);
            case LT:
                return lt(left, right, invoker);
            case LE:
                return le(left, right, invoker);
            case GT:
                return gt(left, right, invoker);
            case GE:
                return ge(left, right, invoker);
            default:
                throw new IllegalArgumentException(op.name());
        }
    }

    /** Applies a prefix operator: {@code -x} (int checked, float, {@code op_neg}) or {@code !x} (bool, {@code op_not}). */
    public static Object unary(UnaryOp op, Object operand, Invoker invoker) {
        return op == UnaryOp.NEG ? negate(operand, invoker) : not(operand, invoker);
    }

    // ---------------------------------------------------------------- arithmetic

    /** {@code a + b}: checked int addition, float addition, string concatenation, or {@code op_add}. */
    public static Object add(Object a, Object b, Invoker invoker) {
        if (a instanceof Long x) {
            if (b instanceof Long y) {
                return addExact(x, y);
            }
            if (b instanceof Double y) {
                return addFloat(x, y);
            }
        } else if (a instanceof Double x) {
            if (b instanceof Double y) {
                return addFloat(x, y);
            }
            if (b instanceof Long y) {
                return addFloat(x, y);
            }
        } else if (a instanceof String s && b instanceof String t) {
            RunGuard.checkStringLength((long) s.length() + t.length());
            return s.concat(t);
        }
        return overloadOrFail(BinaryOp.ADD, a, b, invoker);
    }

    /** {@code a - b}. */
    public static Object sub(Object a, Object b, Invoker invoker) {
        if (a instanceof Long x) {
            if (b instanceof Long y) {
                return subExact(x, y);
            }
            if (b instanceof Double y) {
                return subFloat(x, y);
            }
        } else if (a instanceof Double x) {
            if (b instanceof Double y) {
                return subFloat(x, y);
            }
            if (b instanceof Long y) {
                return subFloat(x, y);
            }
        }
        return overloadOrFail(BinaryOp.SUB, a, b, invoker);
    }

    /** {@code a * b}. */
    public static Object mul(Object a, Object b, Invoker invoker) {
        if (a instanceof Long x) {
            if (b instanceof Long y) {
                return mulExact(x, y);
            }
            if (b instanceof Double y) {
                return mulFloat(x, y);
            }
        } else if (a instanceof Double x) {
            if (b instanceof Double y) {
                return mulFloat(x, y);
            }
            if (b instanceof Long y) {
                return mulFloat(x, y);
            }
        }
        return overloadOrFail(BinaryOp.MUL, a, b, invoker);
    }

    /** {@code a / b}: ints truncate toward zero; any division by zero (also {@code 0.0}) raises {@code Division by zero}. */
    public static Object div(Object a, Object b, Invoker invoker) {
        if (a instanceof Long x) {
            if (b instanceof Long y) {
                return divExact(x, y);
            }
            if (b instanceof Double y) {
                return divFloat(x, y);
            }
        } else if (a instanceof Double x) {
            if (b instanceof Double y) {
                return divFloat(x, y);
            }
            if (b instanceof Long y) {
                return divFloat(x, y);
            }
        }
        return overloadOrFail(BinaryOp.DIV, a, b, invoker);
    }

    /** {@code a % b}: the result takes the dividend's sign; any modulo by zero raises {@code Modulo by zero}. */
    public static Object mod(Object a, Object b, Invoker invoker) {
        if (a instanceof Long x) {
            if (b instanceof Long y) {
                return modExact(x, y);
            }
            if (b instanceof Double y) {
                return modFloat(x, y);
            }
        } else if (a instanceof Double x) {
            if (b instanceof Double y) {
                return modFloat(x, y);
            }
            if (b instanceof Long y) {
                return modFloat(x, y);
            }
        }
        return overloadOrFail(BinaryOp.MOD, a, b, invoker);
    }

    /*
     * The exact int operations go through Math.*Exact, which C2 compiles to the machine add/sub/mul and an
     * overflow-flag branch. A hand-written sign test of the result (the earlier form) is three more dependent
     * instructions per operation and keeps C2 from treating `i := i + 1` as a counted loop: the compiled
     * loop_sum ran 1.8x slower with it (PERFORMANCE.md, ninth round).
     */

    /** {@code x + y} on ints, raising {@code Integer overflow: x + y}. */
    public static long addExact(long x, long y) {
        try {
            return Math.addExact(x, y);
        } catch (ArithmeticException e) {
            throw overflow(x, "+", y);
        }
    }

    /** {@code x - y} on ints, raising {@code Integer overflow: x - y}. */
    public static long subExact(long x, long y) {
        try {
            return Math.subtractExact(x, y);
        } catch (ArithmeticException e) {
            throw overflow(x, "-", y);
        }
    }

    /** {@code x * y} on ints, raising {@code Integer overflow: x * y}. */
    public static long mulExact(long x, long y) {
        try {
            return Math.multiplyExact(x, y);
        } catch (ArithmeticException e) {
            throw overflow(x, "*", y);
        }
    }

    /** Truncating {@code x / y}: {@code Division by zero}; {@code MIN / -1} overflows. */
    public static long divExact(long x, long y) {
        if (y == 0) {
            throw new RuffRuntimeError("Division by zero");
        }
        if (y == -1 && x == Long.MIN_VALUE) {
            throw overflow(x, "/", y);
        }
        return x / y;
    }

    /** {@code x % y} (sign of {@code x}): {@code Modulo by zero}; {@code MIN % -1} overflows as in Rust. */
    public static long modExact(long x, long y) {
        if (y == 0) {
            throw new RuffRuntimeError("Modulo by zero");
        }
        if (y == -1 && x == Long.MIN_VALUE) {
            throw overflow(x, "%", y);
        }
        return x % y;
    }

    /** {@code -x} on ints, raising {@code Integer overflow: -(x)} for the minimum. */
    public static long negateExact(long x) {
        if (x == Long.MIN_VALUE) {
            throw new RuffRuntimeError("Integer overflow: -(" + x + ")");
        }
        return -x;
    }

    /**
     * {@code x + y} on floats (an int operand is converted to float first): the one definition that
     * {@link #add} and compiled code's unboxed floats both use, like the other {@code *Float} operations.
     */
    public static double addFloat(double x, double y) {
        return x + y;
    }

    /** {@code x - y} on floats. */
    public static double subFloat(double x, double y) {
        return x - y;
    }

    /** {@code x * y} on floats. */
    public static double mulFloat(double x, double y) {
        return x * y;
    }

    /** {@code -x} on floats ({@code -(0.0)} is {@code -0.0}). */
    public static double negateFloat(double x) {
        return -x;
    }

    /**
     * {@code x CMP y} on floats (an int operand converted to float), cmp 0..5 = {@code < <= > >= == !=}:
     * IEEE order (any comparison with NaN is false), equality within {@link Equality#floatsEqual}.
     */
    public static boolean compareFloats(int cmp, double x, double y) {
        switch (cmp) {
            case 0:
                return x < y;
            case 1:
                return x <= y;
            case 2:
                return x > y;
            case 3:
                return x >= y;
            case 4:
                return Equality.floatsEqual(x, y);
            default:
                return !Equality.floatsEqual(x, y);
        }
    }

    /** Float division; a zero divisor raises {@code Division by zero}. */
    public static double divFloat(double x, double y) {
        if (y == 0.0) {
            throw new RuffRuntimeError("Division by zero");
        }
        return x / y;
    }

    /** Float remainder (C {@code fmod}, like Rust); a zero divisor raises {@code Modulo by zero}. */
    public static double modFloat(double x, double y) {
        if (y == 0.0) {
            throw new RuffRuntimeError("Modulo by zero");
        }
        return x % y;
    }

    // ---------------------------------------------------------------- unary

    /** {@code -v}: checked int negation, float negation, or {@code op_neg}; else {@code Invalid unary operation: - DEBUG}. */
    public static Object negate(Object v, Invoker invoker) {
        if (v instanceof Long x) {
            return negateExact(x);
        }
        if (v instanceof Double x) {
            return negateFloat(x);
        }
        return unaryOverloadOrFail(UnaryOp.NEG, v, invoker);
    }

    /** {@code !v}: bool only (no truthiness), or {@code op_not}; else {@code Invalid unary operation: ! DEBUG}. */
    public static Object not(Object v, Invoker invoker) {
        if (v instanceof Boolean b) {
            return b ? Boolean.FALSE : Boolean.TRUE;
        }
        return unaryOverloadOrFail(UnaryOp.NOT, v, invoker);
    }

    // ---------------------------------------------------------------- comparison

    /** {@code a < b}: a {@code Boolean} for numbers and strings, {@code op_lt}'s result for an overloading struct. */
    public static Object lt(Object a, Object b, Invoker invoker) {
        if (comparable(a, b)) {
            return lessThan(a, b);
        }
        return overloadOrFail(BinaryOp.LT, a, b, invoker);
    }

    /** {@code a <= b}; see {@link #lt}. */
    public static Object le(Object a, Object b, Invoker invoker) {
        if (comparable(a, b)) {
            return lessEqual(a, b);
        }
        return overloadOrFail(BinaryOp.LE, a, b, invoker);
    }

    /** {@code a > b}; see {@link #lt}. */
    public static Object gt(Object a, Object b, Invoker invoker) {
        if (comparable(a, b)) {
            return greaterThan(a, b);
        }
        return overloadOrFail(BinaryOp.GT, a, b, invoker);
    }

    /** {@code a >= b}; see {@link #lt}. */
    public static Object ge(Object a, Object b, Invoker invoker) {
        if (comparable(a, b)) {
            return greaterEqual(a, b);
        }
        return overloadOrFail(BinaryOp.GE, a, b, invoker);
    }

    /** {@code a < b} for numbers (mixed ok, NaN false) and strings (code-point order), without overloading. */
    public static boolean lessThan(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        if (a instanceof String s && b instanceof String t) {
            return Strings.compare(s, t) < 0;
        }
        return compareFloats(0, toDouble(BinaryOp.LT, a, b, a), toDouble(BinaryOp.LT, a, b, b));
    }

    /** {@code a <= b} without overloading; see {@link #lessThan}. */
    public static boolean lessEqual(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x <= y;
        }
        if (a instanceof String s && b instanceof String t) {
            return Strings.compare(s, t) <= 0;
        }
        return compareFloats(1, toDouble(BinaryOp.LE, a, b, a), toDouble(BinaryOp.LE, a, b, b));
    }

    /** {@code a > b} without overloading; see {@link #lessThan}. */
    public static boolean greaterThan(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x > y;
        }
        if (a instanceof String s && b instanceof String t) {
            return Strings.compare(s, t) > 0;
        }
        return compareFloats(2, toDouble(BinaryOp.GT, a, b, a), toDouble(BinaryOp.GT, a, b, b));
    }

    /** {@code a >= b} without overloading; see {@link #lessThan}. */
    public static boolean greaterEqual(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x >= y;
        }
        if (a instanceof String s && b instanceof String t) {
            return Strings.compare(s, t) >= 0;
        }
        return compareFloats(3, toDouble(BinaryOp.GE, a, b, a), toDouble(BinaryOp.GE, a, b, b));
    }

    // ---------------------------------------------------------------- equality

    /** {@code a == b}: {@code op_eq} when the left struct defines it, else structural {@link Equality#equal}. Never fails otherwise. */
    public static Object eq(Object a, Object b, Invoker invoker) {
        if (a instanceof StructInstance s) {
            RuffCallable m = s.method("op_eq");
            if (m != null) {
                return call(invoker, s, m, b);
            }
        }
        return Equality.equal(a, b);
    }

    /** {@code a != b}: {@code op_ne} if defined, else the negated truthiness of {@code op_eq}, else structural inequality. */
    public static Object ne(Object a, Object b, Invoker invoker) {
        if (a instanceof StructInstance s) {
            RuffCallable m = s.method("op_ne");
            if (m != null) {
                return call(invoker, s, m, b);
            }
            m = s.method("op_eq");
            if (m != null) {
                return !Truthiness.isTruthy(call(invoker, s, m, b));
            }
        }
        return !Equality.equal(a, b);
    }

    // ---------------------------------------------------------------- errors and overloading

    /** The error for an operator that does not apply: {@code Invalid binary operation: int + string}. */
    public static RuffRuntimeError invalidBinary(BinaryOp op, Object left, Object right) {
        return new RuffRuntimeError("Invalid binary operation: " + Types.operandWord(left) + " "
                + op.symbol() + " " + Types.operandWord(right));
    }

    /** The error for a prefix operator that does not apply: {@code Invalid unary operation: ! Int(5)}. */
    public static RuffRuntimeError invalidUnary(UnaryOp op, Object operand) {
        return new RuffRuntimeError("Invalid unary operation: " + op.symbol() + " " + Display.debug(operand));
    }

    private static boolean comparable(Object a, Object b) {
        return (a instanceof Long || a instanceof Double) && (b instanceof Long || b instanceof Double)
                || a instanceof String && b instanceof String;
    }

    private static double toDouble(BinaryOp op, Object a, Object b, Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d) {
            return d;
        }
        throw invalidBinary(op, a, b);
    }

    private static Object overloadOrFail(BinaryOp op, Object a, Object b, Invoker invoker) {
        if (a instanceof StructInstance s) {
            RuffCallable m = s.method(op.overloadMethod());
            if (m != null) {
                return call(invoker, s, m, b);
            }
        }
        throw invalidBinary(op, a, b);
    }

    private static Object unaryOverloadOrFail(UnaryOp op, Object v, Invoker invoker) {
        if (v instanceof StructInstance s) {
            RuffCallable m = s.method(op.overloadMethod());
            if (m != null) {
                return Objects.requireNonNull(invoker, "an Invoker is needed for operator overloading")
                        .callMethod(s, m);
            }
        }
        throw invalidUnary(op, v);
    }

    private static Object call(Invoker invoker, StructInstance receiver, RuffCallable method, Object arg) {
        return Objects.requireNonNull(invoker, "an Invoker is needed for operator overloading")
                .callMethod(receiver, method, arg);
    }

    private static RuffRuntimeError overflow(long x, String op, long y) {
        return new RuffRuntimeError("Integer overflow: " + x + " " + op + " " + y);
    }
}
