package dev.ruff.runtime;

/**
 * Base of the container values (arrays, dicts, struct instances) that behave as immutable values
 * but are updated in place when nobody else can see them.
 *
 * <p>Ruff copies on assignment. Instead of copying, every place that stores a container
 * (a variable, a parameter, a field, an element) calls {@link Values#retain}. The count saturates
 * at 2: 0 = fresh temporary, 1 = held by exactly one place, 2 = possibly held by several.
 * An update through a holder may happen in place only while the count is at most 1; otherwise the
 * holder copies first and stores the (fresh) copy. So {@code b := a; b[0] := 9} copies once and
 * leaves {@code a} alone, while {@code arr[i] := v} in a loop stays O(1).</p>
 */
public abstract class CowValue {
    private byte refs;

    /** Records one more holder; see the class comment. */
    final void retain() {
        if (refs < 2) {
            refs++;
        }
    }

    /** True when at most one place holds this value, so it may be updated in place. */
    public boolean isExclusive() {
        return refs <= 1;
    }
}
