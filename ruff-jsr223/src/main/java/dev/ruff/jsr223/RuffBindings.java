package dev.ruff.jsr223;

import dev.ruff.RuffContext;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import javax.script.Bindings;

/**
 * The {@code ENGINE_SCOPE} bindings of a Ruff script engine: a live view of one set of Ruff globals. A value
 * put here is a global the next evaluation sees; a global a script defines can be read here afterwards
 * (converted like every value leaving Ruff). Keys that are not Ruff names ({@code javax.script.argv},
 * {@code javax.script.filename} …) are kept beside the globals, where only the engine reads them.
 *
 * <p>Evaluations against the same bindings run one at a time; different bindings run concurrently.</p>
 */
final class RuffBindings extends AbstractMap<String, Object> implements Bindings {
    private final RuffScriptEngine owner;
    private final RuffContext context;
    private final Map<String, Object> attributes = Collections.synchronizedMap(new LinkedHashMap<>());
    /** Held while an evaluation runs against these globals. */
    final ReentrantLock running = new ReentrantLock();
    /** The {@code GLOBAL_SCOPE} of the evaluation in progress, read through for names no global defines. */
    volatile Bindings globalScope;

    RuffBindings(RuffScriptEngine owner, RuffContext context) {
        this.owner = owner;
        this.context = context;
    }

    RuffScriptEngine owner() {
        return owner;
    }

    RuffContext context() {
        return context;
    }

    /** The value the engine reads a name through to, in the current {@code GLOBAL_SCOPE}. */
    Object readThrough(String name) {
        Bindings global = globalScope;
        return global == null ? null : global.get(name);
    }

    private static String checkKey(Object key) {
        Objects.requireNonNull(key, "key");
        if (!(key instanceof String s)) {
            throw new ClassCastException("key is not a String");
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("key is empty");
        }
        return s;
    }

    /** Ruff identifiers are globals; every other key is an attribute of the bindings. */
    static boolean isRuffName(String key) {
        if (!Character.isLetter(key.charAt(0)) && key.charAt(0) != '_') {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_') {
                return false;
            }
        }
        return true;
    }

    @Override
    public Object put(String name, Object value) {
        checkKey(name);
        if (!isRuffName(name)) {
            return attributes.put(name, value);
        }
        Object previous = context.has(name) ? context.get(name) : null;
        context.set(name, value);
        return previous;
    }

    @Override
    public void putAll(Map<? extends String, ?> toMerge) {
        Objects.requireNonNull(toMerge, "toMerge");
        toMerge.forEach(this::put);
    }

    @Override
    public boolean containsKey(Object key) {
        String name = checkKey(key);
        return isRuffName(name) ? context.has(name) : attributes.containsKey(name);
    }

    @Override
    public Object get(Object key) {
        String name = checkKey(key);
        return isRuffName(name) ? context.get(name) : attributes.get(name);
    }

    @Override
    public Object remove(Object key) {
        String name = checkKey(key);
        if (!isRuffName(name)) {
            return attributes.remove(name);
        }
        Object previous = context.has(name) ? context.get(name) : null;
        context.remove(name);
        return previous;
    }

    @Override
    public void clear() {
        attributes.clear();
        for (String name : context.globals().keySet()) {
            context.remove(name);
        }
    }

    /** A snapshot of globals and attributes (converted); changing it does not change the bindings. */
    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> all = new LinkedHashMap<>(context.globals());
        synchronized (attributes) {
            all.putAll(attributes);
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(all.entrySet()));
    }
}
