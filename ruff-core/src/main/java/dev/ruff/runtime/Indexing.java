package dev.ruff.runtime;

import dev.ruff.diag.RuffRuntimeError;

/**
 * {@code target[index]} reads and {@code target[index] := value} writes (§3.14).
 *
 * <p>Writes follow the copy-on-write protocol of {@link CowValue}: {@link #set} updates the container
 * in place when it {@code canUpdateInPlace()} and returns it, and otherwise returns an updated copy.
 * The backend stores whatever is returned back into the variable (if the result is the very object
 * the variable already holds, storing it again must not retain it a second time).</p>
 */
public final class Indexing {
    private Indexing() {
    }

    /**
     * {@code target[index]}: arrays, strings and bytes by int (negative counts from the end, code points
     * for strings, ints 0–255 for bytes), dicts by string or int key, handles through {@link RuffHandle#index}.
     *
     * @throws RuffRuntimeError {@code Index out of bounds: I}, {@code Missing map key: "k"} /
     *                          {@code Missing map key: 5}, or {@code Invalid index operation}
     */
    public static Object get(Object target, Object index) {
        if (target instanceof RuffArray a) {
            if (index instanceof Long i) {
                return a.get(arrayPosition(i, a.size()));
            }
        } else if (target instanceof RuffDict d) {
            if (index instanceof String k) {
                Object v = d.get(k);
                if (v == null) {
                    throw new RuffRuntimeError("Missing map key: \"" + k + "\"");
                }
                return v;
            }
            if (index instanceof Long i) {
                Object v = d.get(i.longValue());
                if (v == null) {
                    throw new RuffRuntimeError("Missing map key: " + i);
                }
                return v;
            }
        } else if (target instanceof String s) {
            if (index instanceof Long i) {
                return stringAt(s, i);
            }
        } else if (target instanceof RuffBytes b) {
            if (index instanceof Long i) {
                return b.get(arrayPosition(i, b.length()));
            }
        } else if (target instanceof RuffHandle h) {
            Object v = h.index(index);
            if (v != null) {
                return v;
            }
        }
        throw new RuffRuntimeError("Invalid index operation");
    }

    /**
     * {@code target[index] := value}: in-range array elements (negative indices allowed) and dict keys
     * (an int key means its decimal text; {@link RuffDict} takes it without formatting it). Returns the updated container (the same object or a copy; see the class comment).
     *
     * @throws RuffRuntimeError {@code Index out of bounds: I},
     *                          {@code Invalid index assignment: unsupported array index type}, or {@code Invalid index assignment}
     */
    public static Object set(Object target, Object index, Object value) {
        if (target instanceof RuffArray a) {
            if (!(index instanceof Long i)) {
                throw new RuffRuntimeError("Invalid index assignment: unsupported array index type");
            }
            int pos = arrayPosition(i, a.size());
            // storing a container into itself must not create a cycle
            if (a.canUpdateInPlace() && value != a) {
                a.setInPlace(pos, value);
                return a;
            }
            return a.with(pos, value);
        }
        if (target instanceof RuffDict d) {
            boolean inPlace = d.canUpdateInPlace() && value != d;
            if (index instanceof Long i) {
                if (inPlace) {
                    d.putInPlace(i.longValue(), value);
                    return d;
                }
                return d.with(i.longValue(), value);
            }
            if (index instanceof String k) {
                if (inPlace) {
                    d.putInPlace(k, value);
                    return d;
                }
                return d.with(k, value);
            }
            throw new RuffRuntimeError("Invalid index assignment");
        }
        throw new RuffRuntimeError("Invalid index assignment");
    }

    /**
     * The stored form of a dict key in a literal or {@code dict[k] := v} (Decision 7): strings as is,
     * ints as their decimal text; anything else raises {@code Dict keys must be strings}.
     */
    public static String dictKey(Object key) {
        if (key instanceof String s) {
            return s;
        }
        if (key instanceof Long l) {
            return Long.toString(l);
        }
        throw new RuffRuntimeError("Dict keys must be strings");
    }

    /** The 0-based position of Ruff index {@code i} in a sequence of {@code size}, or {@code Index out of bounds: I}. */
    public static int arrayPosition(long i, int size) {
        long pos = i < 0 ? i + size : i;
        if (pos < 0 || pos >= size) {
            throw outOfBounds(i);
        }
        return (int) pos;
    }

    private static String stringAt(String s, long i) {
        long pos = i;
        if (i < 0) {
            pos = i + Strings.length(s);
        }
        String ch = pos < 0 ? null : Strings.charAt(s, pos);
        if (ch == null) {
            throw outOfBounds(i);
        }
        return ch;
    }

    private static RuffRuntimeError outOfBounds(long i) {
        return new RuffRuntimeError("Index out of bounds: " + i);
    }
}
