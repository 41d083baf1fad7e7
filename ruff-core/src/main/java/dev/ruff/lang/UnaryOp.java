package dev.ruff.lang;

/** Prefix operators: arithmetic negation and boolean not. */
public enum UnaryOp {
    NEG("-", "op_neg"), NOT("!", "op_not");

    private final String symbol;
    private final String overloadMethod;

    UnaryOp(String symbol, String overloadMethod) {
        this.symbol = symbol;
        this.overloadMethod = overloadMethod;
    }

    public String symbol() {
        return symbol;
    }

    /** The struct method that overloads this operator. */
    public String overloadMethod() {
        return overloadMethod;
    }
}
