package dev.ruff.lang;

/** The binary operators whose meaning the runtime defines (logical {@code && || ??} short-circuit in the backends). */
public enum BinaryOp {
    ADD("+", "op_add"), SUB("-", "op_sub"), MUL("*", "op_mul"), DIV("/", "op_div"), MOD("%", "op_mod"),
    EQ("==", "op_eq"), NE("!=", "op_ne"),
    LT("<", "op_lt"), LE("<=", "op_le"), GT(">", "op_gt"), GE(">=", "op_ge");

    private final String symbol;
    private final String overloadMethod;

    BinaryOp(String symbol, String overloadMethod) {
        this.symbol = symbol;
        this.overloadMethod = overloadMethod;
    }

    /** The source spelling, used in error texts ({@code Invalid binary operation: int + string}). */
    public String symbol() {
        return symbol;
    }

    /** The struct method that overloads this operator. */
    public String overloadMethod() {
        return overloadMethod;
    }
}
