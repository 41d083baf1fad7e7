package dev.ruff.spi;

/**
 * How many arguments a native accepts, checked centrally before the native runs, with upstream's
 * wording (always the plural "arguments").
 */
public sealed interface Arity {

    /** Exactly {@code n}: {@code len expects 1 arguments, got 2}. */
    record Exact(int n) implements Arity {}

    /** From {@code min} to {@code max}: {@code input expects 0 to 1 arguments, got 2}. */
    record Range(int min, int max) implements Arity {}

    /** {@code min} or more: {@code print expects at least 0 arguments, got ...}. */
    record AtLeast(int min) implements Arity {}

    /** The native checks its arguments itself, with its own words. */
    record Unchecked() implements Arity {}

    static Arity exact(int n) {
        return new Exact(n);
    }

    static Arity range(int min, int max) {
        return new Range(min, max);
    }

    static Arity atLeast(int min) {
        return new AtLeast(min);
    }

    static Arity unchecked() {
        return new Unchecked();
    }

    /** The error text when {@code given} arguments were passed to {@code name}, or {@code null} if fine. */
    default String check(String name, int given) {
        if (this instanceof Exact e) {
            return given == e.n() ? null : dev.ruff.runtime.MethodCalls.arityMessage(name, e.n(), given);
        }
        if (this instanceof Range r) {
            return given >= r.min() && given <= r.max() ? null
                    : name + " expects " + r.min() + " to " + r.max() + " arguments, got " + given;
        }
        if (this instanceof AtLeast a) {
            return given >= a.min() ? null : name + " expects at least " + a.min() + " arguments, got " + given;
        }
        return null;
    }

    /** A short signature for docs: {@code (1)}, {@code (0..1)}, {@code (2+)}, {@code (...)}. */
    default String describe() {
        if (this instanceof Exact e) {
            return "(" + e.n() + ")";
        }
        if (this instanceof Range r) {
            return "(" + r.min() + ".." + r.max() + ")";
        }
        if (this instanceof AtLeast a) {
            return "(" + a.min() + "+)";
        }
        return "(...)";
    }
}
