package dev.ruff.runtime;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.IntFunction;

/**
 * A Ruff dict: string keys (int keys are stored as their decimal text, Decision 7), insertion-ordered
 * for iteration, copy-on-write like every container (see {@link CowValue}). Display sorts the keys.
 *
 * <p>To the outside every key is a string. Inside, a key that is the canonical decimal text of a
 * 64-bit int ({@code "0"}, {@code "42"}, {@code "-7"}; not {@code "007"}, {@code "-0"}, {@code "+1"} or
 * anything out of range) is held as that {@code long}, and every other key as its {@code String}. The
 * two forms are in one-to-one correspondence, so {@code d[5]} and {@code d["5"]} are one entry and
 * {@link #keys()} still yields {@code "5"}; but {@code d[i]} with an int never formats or hashes text.
 * The {@code long} methods ({@link #get(long)}, {@link #putInPlace(long, Object)}, ...) are the fast
 * path for int keys; the {@code String} methods accept any key.</p>
 *
 * <p>Layout (like CPython's compact dict): entries live in parallel arrays in insertion order, an
 * entry e being a string key {@code keys[e]} or, where that is {@code null} (or there is no
 * {@code keys} array because no string key was ever stored), the int key {@code ints[e]}; each of the
 * two key arrays is only allocated once a key of its kind arrives. An open-addressing table
 * {@code slots} maps hashes to entries. A removed entry leaves a hole ({@code values[e] == REMOVED})
 * and a tombstone in the table until the next rebuild, which compacts both. Not thread-safe, like
 * the {@code LinkedHashMap} it replaces; the key and entry views fail fast on a structural change
 * during iteration.</p>
 *
 * <p>Keys are hashed by {@code String.hashCode} and {@code Long.hashCode}, high half folded into the
 * low half (consecutive int keys then fill consecutive slots). Those are public functions, so crafted
 * keys could make every probe walk a long chain; {@code LinkedHashMap} guarded against that with
 * trees. Here a probe that walks {@value #LONG_PROBE} occupied slots (ordinary keys stay far below)
 * makes the next insertion switch the dict for good to the keyed hashes of {@link KeyHash}, which an
 * outsider cannot predict, and rebuild the table.</p>
 */
public final class RuffDict extends CowValue {
    /** {@code values[e]} of a removed entry. */
    private static final Object REMOVED = new Object();
    /** {@code slots[i]} of a removed entry's slot; 0 is an empty slot, {@code e + 1} refers to entry e. */
    private static final int TOMBSTONE = -1;
    private static final int MIN_SLOTS = 8;
    private static final Object[] NONE = {};
    /** A probe this long means crafted (or freak) collisions: see the class comment. */
    static final int LONG_PROBE = 64;

    /** Per entry: the string key, or {@code null} for an int key; {@code null} until the first string key. */
    private String[] keys;
    /** Per entry: the int key of an entry that has no string key; {@code null} until the first int key. */
    private long[] ints;
    /** Per entry: the value, or {@link #REMOVED}; its length is the entry capacity. */
    private Object[] values = NONE;
    /** Entries in use, removed ones included; each has exactly one non-empty slot. */
    private int used;
    /** Live entries. */
    private int size;
    /** Power-of-two open-addressing table; {@code null} until the first insertion. */
    private int[] slots;
    /** Structural changes (insertion of a new key, removal), for the views' fail-fast iterators. */
    private int modCount;
    /** Whether keys are hashed by {@link KeyHash} rather than their own {@code hashCode}. */
    private boolean keyedHash;
    /** A probe met {@link #LONG_PROBE} occupied slots: the next insertion rebuilds with keyed hashes. */
    private boolean longProbeSeen;

    public RuffDict() {
    }

    /** A dict holding a copy of {@code entries} (values retained). */
    public static RuffDict of(Map<String, ?> entries) {
        RuffDict d = new RuffDict();
        entries.forEach(d::putInPlace);
        return d;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The value for {@code key}, or Java {@code null} when absent (or {@code key} is null). */
    public Object get(String key) {
        if (key == null) {
            return null;
        }
        if (mayBeIntText(key) && isCanonicalInt(key)) {
            return get(Long.parseLong(key));
        }
        return getText(key);
    }

    /** The value for int key {@code key} (the key {@code Long.toString(key)}), or Java {@code null} when absent. */
    public Object get(long key) {
        if (size == 0 || ints == null) {
            return null;
        }
        int s = slots[findInt(key)];
        return s > 0 ? values[s - 1] : null;
    }

    public boolean containsKey(String key) {
        if (key == null) {
            return false;
        }
        if (mayBeIntText(key) && isCanonicalInt(key)) {
            return containsKey(Long.parseLong(key));
        }
        return size != 0 && slots[findText(key)] > 0;
    }

    /** Whether int key {@code key} (the key {@code Long.toString(key)}) is present. */
    public boolean containsKey(long key) {
        return size != 0 && ints != null && slots[findInt(key)] > 0;
    }

    /** Keys in insertion order (read-only; int keys as their decimal text). */
    public Set<String> keys() {
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return new EntryIterator<>(RuffDict.this::keyText);
            }

            @Override
            public int size() {
                return size;
            }

            @Override
            public boolean contains(Object o) {
                return o instanceof String s && containsKey(s);
            }
        };
    }

    /** Entries in insertion order (read-only; int keys as their decimal text). */
    public Set<Map.Entry<String, Object>> entries() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new EntryIterator<>(e -> new AbstractMap.SimpleImmutableEntry<>(keyText(e), values[e]));
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /**
     * True when {@code other} has exactly this dict's keys and {@code sameValue} holds for the two values
     * of every key; compares int keys without formatting them.
     */
    public boolean sameEntries(RuffDict other, BiPredicate<Object, Object> sameValue) {
        if (size != other.size) {
            return false;
        }
        for (int e = 0; e < used; e++) {
            Object v = values[e];
            if (v == REMOVED) {
                continue;
            }
            String k = keys == null ? null : keys[e];
            Object theirs = k == null ? other.get(ints[e]) : other.getText(k);
            if (theirs == null || !sameValue.test(v, theirs)) {
                return false;
            }
        }
        return true;
    }

    /** True when writes may go straight into this dict (see {@link CowValue}). */
    public boolean canUpdateInPlace() {
        return isExclusive();
    }

    /**
     * Inserts or replaces in place; for fresh dicts under construction or when {@link #canUpdateInPlace()}.
     *
     * @throws NullPointerException when {@code key} is null: a Ruff dict key is always a string
     */
    public void putInPlace(String key, Object value) {
        if (mayBeIntText(Objects.requireNonNull(key, "dict key")) && isCanonicalInt(key)) {
            putInPlace(Long.parseLong(key), value);
            return;
        }
        Values.retain(value);
        if (slots != null) {
            int i = findText(key);
            int s = slots[i];
            if (s > 0) {
                values[s - 1] = value;
                return;
            }
            if (used < values.length && !longProbeSeen) {
                slots[i] = append(key, value);
                return;
            }
        }
        grow();
        slots[emptySlotFor(hashText(key))] = append(key, value);
    }

    /** {@link #putInPlace(String, Object)} for int key {@code key} (the key {@code Long.toString(key)}). */
    public void putInPlace(long key, Object value) {
        Values.retain(value);
        if (slots != null) {
            int i = findInt(key);
            int s = slots[i];
            if (s > 0) {
                values[s - 1] = value;
                return;
            }
            if (used < values.length && !longProbeSeen) {
                slots[i] = appendInt(key, value);
                return;
            }
        }
        grow();
        slots[emptySlotFor(hashInt(key))] = appendInt(key, value);
    }

    /** Removes in place; same rule as {@link #putInPlace}. Returns the old value or Java {@code null}. */
    public Object removeInPlace(String key) {
        if (key == null) {
            return null;
        }
        if (mayBeIntText(key) && isCanonicalInt(key)) {
            return removeInPlace(Long.parseLong(key));
        }
        return size == 0 ? null : removeAt(findText(key));
    }

    /** {@link #removeInPlace(String)} for int key {@code key} (the key {@code Long.toString(key)}). */
    public Object removeInPlace(long key) {
        return size == 0 || ints == null ? null : removeAt(findInt(key));
    }

    /** A fresh, exclusive copy. */
    public RuffDict copy() {
        RuffDict d = new RuffDict();
        if (size == 0) {
            return d;
        }
        d.keyedHash = keyedHash;
        if (used - size > used / 2) {
            // mostly holes: rebuild compactly rather than copying them
            for (int e = 0; e < used; e++) {
                if (values[e] != REMOVED) {
                    String k = keys == null ? null : keys[e];
                    if (k == null) {
                        d.putInPlace(ints[e], values[e]);
                    } else {
                        d.putInPlace(k, values[e]);
                    }
                }
            }
            return d;
        }
        d.keys = keys == null ? null : keys.clone();
        d.ints = ints == null ? null : ints.clone();
        d.values = values.clone();
        d.slots = slots.clone();
        d.used = used;
        d.size = size;
        for (int e = 0; e < used; e++) {
            Values.retain(d.values[e]); // REMOVED is no container: no effect
        }
        return d;
    }

    /** A new dict equal to this one with {@code key} set. */
    public RuffDict with(String key, Object value) {
        RuffDict d = copy();
        d.putInPlace(key, value);
        return d;
    }

    /** {@link #with(String, Object)} for int key {@code key} (the key {@code Long.toString(key)}). */
    public RuffDict with(long key, Object value) {
        RuffDict d = copy();
        d.putInPlace(key, value);
        return d;
    }

    /** A new dict equal to this one without {@code key}. */
    public RuffDict without(String key) {
        RuffDict d = copy();
        d.removeInPlace(key);
        return d;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RuffDict{");
        String sep = "";
        for (int e = 0; e < used; e++) {
            if (values[e] != REMOVED) {
                sb.append(sep).append(keyText(e)).append('=').append(values[e]);
                sep = ", ";
            }
        }
        return sb.append('}').toString();
    }

    // ---- keys ----

    /** Whether this dict has switched to keyed hashes (for tests). */
    boolean usesKeyedHash() {
        return keyedHash;
    }

    /** Cheap pre-check: only text starting with a digit or '-' can be canonical int text. */
    private static boolean mayBeIntText(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c <= '9' && (c >= '0' || c == '-');
    }

    /** True when {@code s} is exactly {@code Long.toString(n)} for some long {@code n}. */
    static boolean isCanonicalInt(String s) {
        int n = s.length();
        int start = n > 0 && s.charAt(0) == '-' ? 1 : 0;
        int digits = n - start;
        if (digits == 0 || digits > 19) {
            return false;
        }
        if (s.charAt(start) == '0') {
            return n == 1; // "0" only: not "-0" or "007"
        }
        for (int i = start; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        if (digits < 19) {
            return true;
        }
        // 19 digits: within range exactly when not above the limit of the same length
        return s.compareTo(start == 1 ? "-9223372036854775808" : "9223372036854775807") <= 0;
    }

    private String keyText(int e) {
        String k = keys == null ? null : keys[e];
        return k == null ? Long.toString(ints[e]) : k;
    }

    /** The value for a key known not to be canonical int text, or Java {@code null}. */
    private Object getText(String key) {
        if (size == 0) {
            return null;
        }
        int s = slots[findText(key)];
        return s > 0 ? values[s - 1] : null;
    }

    // ---- table ----

    // Each search tries the first slot inline (where nearly every search ends) and leaves the rest
    // of the probe sequence, and the count of its length, to a separate loop.

    /** The slot holding string key {@code key}, or the empty slot where it would go. */
    private int findText(String key) {
        int h = hashText(key);
        String[] ks = keys;
        if (ks == null) {
            return emptySlotFor(h);
        }
        int[] t = slots;
        int i = h & (t.length - 1);
        int s = t[i];
        if (s == 0 || s > 0 && sameText(ks[s - 1], key)) {
            return i;
        }
        return findTextAfter(key, h, i);
    }

    private int findTextAfter(String key, int h, int first) {
        int[] t = slots;
        String[] ks = keys;
        int mask = t.length - 1;
        int i = first;
        int perturb = h;
        for (int probes = 1; ; probes++) {
            if (probes == LONG_PROBE) {
                longProbe();
            }
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
            int s = t[i];
            if (s == 0 || s > 0 && sameText(ks[s - 1], key)) {
                return i;
            }
        }
    }

    private static boolean sameText(String stored, String key) {
        return stored == key || stored != null && key.equals(stored);
    }

    /** The slot holding int key {@code key}, or the empty slot where it would go. */
    private int findInt(long key) {
        int h = hashInt(key);
        long[] is = ints;
        if (is == null) {
            return emptySlotFor(h);
        }
        int[] t = slots;
        int i = h & (t.length - 1);
        int s = t[i];
        if (s == 0 || s > 0 && is[s - 1] == key && (keys == null || keys[s - 1] == null)) {
            return i;
        }
        return findIntAfter(key, h, i);
    }

    private int findIntAfter(long key, int h, int first) {
        int[] t = slots;
        long[] is = ints;
        String[] ks = keys;
        int mask = t.length - 1;
        int i = first;
        int perturb = h;
        for (int probes = 1; ; probes++) {
            if (probes == LONG_PROBE) {
                longProbe();
            }
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
            int s = t[i];
            if (s == 0 || s > 0 && is[s - 1] == key && (ks == null || ks[s - 1] == null)) {
                return i;
            }
        }
    }

    /** The first empty slot on the probe sequence of hash {@code h} (for a key known to be absent). */
    private int emptySlotFor(int h) {
        int[] t = slots;
        int i = h & (t.length - 1);
        return t[i] == 0 ? i : emptySlotAfter(h, i);
    }

    private int emptySlotAfter(int h, int first) {
        int[] t = slots;
        int mask = t.length - 1;
        int i = first;
        int perturb = h;
        for (int probes = 1; ; probes++) {
            if (probes == LONG_PROBE) {
                longProbe();
            }
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
            if (t[i] == 0) {
                return i;
            }
        }
    }

    /**
     * Notes a long probe. Only insertions act on it (a read must not move entries under an iterator),
     * and only once: keyed hashes leave nothing to craft against.
     */
    private void longProbe() {
        if (!keyedHash) {
            longProbeSeen = true;
        }
    }

    private int hashText(String key) {
        return keyedHash ? KeyHash.text(key) : spread(key.hashCode());
    }

    private int hashInt(long key) {
        return keyedHash ? KeyHash.integer(key) : spread(Long.hashCode(key));
    }

    /**
     * Folds the high half into the low half (as {@code HashMap} does): keys that differ only in high
     * bits, such as multiples of a power of two, would otherwise share the first probes and pile up.
     * Ints below 65536 keep their own value, so consecutive keys still fill consecutive slots.
     */
    private static int spread(int h) {
        return h ^ h >>> 16;
    }

    /** Appends an entry (capacity checked by the caller) and returns its slot value. */
    private int append(String key, Object value) {
        if (keys == null) {
            keys = new String[values.length];
        }
        RunGuard.checkCollectionSize(size + 1L);
        int e = used++;
        keys[e] = key;
        values[e] = value;
        size++;
        modCount++;
        return e + 1;
    }

    private int appendInt(long key, Object value) {
        if (ints == null) {
            ints = new long[values.length];
        }
        RunGuard.checkCollectionSize(size + 1L);
        int e = used++; // entries from used on were never written: keys[e] is already null
        ints[e] = key;
        values[e] = value;
        size++;
        modCount++;
        return e + 1;
    }

    private Object removeAt(int slot) {
        int s = slots[slot];
        if (s <= 0) {
            return null;
        }
        int e = s - 1;
        Object old = values[e];
        slots[slot] = TOMBSTONE;
        values[e] = REMOVED;
        size--;
        modCount++;
        return old;
    }

    /**
     * Makes room for more entries: compacts the entries (dropping removed ones) into arrays with room
     * for at least twice the live entries (so the work is amortised even when removals keep making
     * holes) and rebuilds the table, which stays at most 2/3 full.
     */
    private void grow() {
        if (slots == null) { // a fresh dict's first insertion
            slots = new int[MIN_SLOTS];
            values = new Object[MIN_SLOTS * 2 / 3];
            return;
        }
        if (longProbeSeen) {
            keyedHash = true;
            longProbeSeen = false;
        }
        int n = MIN_SLOTS;
        while (n < size * 3L) {
            n <<= 1;
        }
        int capacity = (int) (n * 2L / 3);
        String[] oldKeys = keys;
        long[] oldInts = ints;
        Object[] oldValues = values;
        String[] newKeys = oldKeys == null ? null : new String[capacity];
        long[] newInts = oldInts == null ? null : new long[capacity];
        Object[] newValues = new Object[capacity];
        int[] t = new int[n];
        int mask = n - 1;
        int count = 0;
        for (int e = 0; e < used; e++) {
            Object v = oldValues[e];
            if (v == REMOVED) {
                continue;
            }
            String k = oldKeys == null ? null : oldKeys[e];
            int h;
            if (k == null) {
                long key = oldInts[e];
                newInts[count] = key;
                h = hashInt(key);
            } else {
                newKeys[count] = k;
                h = hashText(k);
            }
            newValues[count] = v;
            int i = h & mask;
            int perturb = h;
            while (t[i] != 0) {
                perturb >>>= 5;
                i = (i * 5 + perturb + 1) & mask;
            }
            t[i] = ++count;
        }
        keys = newKeys;
        ints = newInts;
        values = newValues;
        slots = t;
        used = count;
    }

    /** Walks the live entries in order, failing fast when the dict changes structurally meanwhile. */
    private final class EntryIterator<T> implements Iterator<T> {
        private final IntFunction<T> at;
        private final int expectedModCount = modCount;
        private int next;

        EntryIterator(IntFunction<T> at) {
            this.at = at;
            skipRemoved();
        }

        private void skipRemoved() {
            while (next < used && values[next] == REMOVED) {
                next++;
            }
        }

        @Override
        public boolean hasNext() {
            return next < used;
        }

        @Override
        public T next() {
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (next >= used) {
                throw new NoSuchElementException();
            }
            T item = at.apply(next++);
            skipRemoved();
            return item;
        }
    }
}
