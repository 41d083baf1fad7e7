package dev.ruff.runtime;

/**
 * A string under construction by {@code s := s + piece}, kept in the variable {@code s} (a frame slot, a
 * {@link Cell} or a {@link GlobalVar}) so that repeated appends are amortised O(1) instead of copying the
 * whole string each time.
 *
 * <p>It is a backend-internal representation, never a Ruff value: every read of a variable that may hold
 * one goes through {@link #reveal} (a {@code Cell} and a {@code GlobalVar} reveal in {@code get()}), which
 * hands out a plain {@code String} (cached until the next append). So natives, {@code Display}, equality,
 * hosts and JSON only ever see {@code java.lang.String}.</p>
 *
 * <p>An accumulator is a view of the first {@code length} chars of a builder that several views may share.
 * Appending to a view whose length is the builder's length extends the builder and returns a longer view;
 * the older view still shows its own prefix. So an append is in place whenever no later text was added
 * behind the view's back, whoever else still holds the old view, and a copy otherwise.</p>
 */
public final class StringAccumulator {
    /** Below this many chars a plain concatenation is cheaper than starting a builder. */
    private static final int MIN_LENGTH = 64;

    private final StringBuilder text;
    private int length;
    /** The first {@code length} chars of {@code text} as a String, or null until asked for. */
    private String value;

    private StringAccumulator(String left, String right) {
        text = new StringBuilder(Math.max(2 * (left.length() + right.length()), 2 * MIN_LENGTH));
        text.append(left).append(right);
        length = text.length();
    }

    private StringAccumulator(StringBuilder text) {
        this.text = text;
        this.length = text.length();
    }

    /** The string a variable's content stands for: an accumulator's current text, any other value unchanged. */
    public static Object reveal(Object slot) {
        return slot instanceof StringAccumulator a ? a.value() : slot;
    }

    /**
     * The new content of the variable for {@code s := left + right}, where {@code left} is the variable's
     * unrevealed content read before {@code right} was evaluated and {@code current} is what it holds now
     * (or null when the caller does not know). Appends in place when it can (see the class comment);
     * otherwise computes {@link Operators#add} on plain values (so errors and overloads are unchanged).
     */
    public static Object add(Object left, Object right, Object current, Invoker invoker) {
        if (right instanceof StringAccumulator ra) {
            right = ra.value();
        }
        if (right instanceof String r) {
            if (left instanceof StringAccumulator a && a.length == a.text.length()) {
                RunGuard.checkStringLength((long) a.text.length() + r.length());
                a.text.append(r);
                if (a == current) {
                    // The variable is the only holder of this view: grow it rather than allocate a new one.
                    a.length = a.text.length();
                    a.value = null;
                    return a;
                }
                return new StringAccumulator(a.text);
            }
            Object l = reveal(left);
            if (l instanceof String s) {
                RunGuard.checkStringLength((long) s.length() + r.length());
                return s.length() + r.length() < MIN_LENGTH ? s.concat(r) : new StringAccumulator(s, r);
            }
            return Operators.add(l, r, invoker);
        }
        return Operators.add(reveal(left), right, invoker);
    }

    private String value() {
        String v = value;
        if (v == null) {
            v = value = text.substring(0, length);
        }
        return v;
    }

    @Override
    public String toString() {
        return value();
    }
}
