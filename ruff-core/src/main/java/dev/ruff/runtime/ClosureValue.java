package dev.ruff.runtime;

import java.util.Arrays;

/**
 * A user function value of either backend: compiled code closed over captured cells. Two closure
 * values are equal when they run the same code over the same cells (LANGUAGE.md §3.4), so a function
 * equals its own copies and closures capturing different variables differ.
 */
public abstract class ClosureValue implements RuffCallable {
    private final Object code;
    private final Cell[] upvalues;

    /**
     * @param code     the backend's code object (AST node or prototype), compared by identity
     * @param upvalues the captured cells, compared element by element by identity
     */
    protected ClosureValue(Object code, Cell[] upvalues) {
        this.code = code;
        this.upvalues = upvalues;
    }

    @Override
    public final boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ClosureValue other) || other.getClass() != getClass() || other.code != code
                || other.upvalues.length != upvalues.length) {
            return false;
        }
        for (int i = 0; i < upvalues.length; i++) {
            if (upvalues[i] != other.upvalues[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public final int hashCode() {
        return System.identityHashCode(code) * 31 + Arrays.stream(upvalues).mapToInt(System::identityHashCode).sum();
    }

    /** Arguments a call passes: the parameters, without a method's {@code self}, which the receiver binds. */
    public abstract int arity();

    @Override
    public String toString() {
        return "<function " + name() + ">";
    }
}
