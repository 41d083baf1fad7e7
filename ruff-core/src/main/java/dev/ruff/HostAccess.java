package dev.ruff;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSetMultimap;
import dev.ruff.host.RuffExport;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;

/**
 * Which methods of host objects scripts may call: those annotated {@link RuffExport} and those the
 * host listed with {@link RuffEngine.Builder#exportMethods}. Whatever the lists say, methods declared
 * by {@link Object} and methods taking or returning classes, class loaders, modules or reflection and
 * method-handle types are never exported, so no script can reach reflection through a host object.
 */
final class HostAccess {
    private static final Set<String> NEVER = Set.of("getClass", "wait", "notify", "notifyAll", "clone", "finalize",
            "hashCode", "equals");

    /** Allowed method names per host type (a type's subclasses inherit the permission); null when none. */
    private final ImmutableSetMultimap<Class<?>, String> allowed;
    /**
     * Exported methods of each class seen, by the name scripts use; computed once per class. Made at the
     * first host object a script touches: Guava's cache costs an engine that never sees one tens of ms.
     */
    private volatile LoadingCache<Class<?>, ImmutableListMultimap<String, Method>> exports;

    /** {@code allowed} may be null: the host listed no methods. */
    HostAccess(ImmutableSetMultimap<Class<?>, String> allowed) {
        this.allowed = allowed;
    }

    private LoadingCache<Class<?>, ImmutableListMultimap<String, Method>> exports() {
        LoadingCache<Class<?>, ImmutableListMultimap<String, Method>> cache = exports;
        if (cache == null) {
            synchronized (this) {
                cache = exports;
                if (cache == null) {
                    cache = CacheBuilder.newBuilder().weakKeys().build(CacheLoader.from(this::scan));
                    exports = cache;
                }
            }
        }
        return cache;
    }

    /** The exported methods of {@code type} called {@code name} from a script (possibly none). */
    List<Method> methods(Class<?> type, String name) {
        return exports().getUnchecked(type).get(name);
    }

    /** Every name scripts may call on an instance of {@code type}. */
    Set<String> names(Class<?> type) {
        return exports().getUnchecked(type).keySet();
    }

    private ImmutableListMultimap<String, Method> scan(Class<?> type) {
        ImmutableListMultimap.Builder<String, Method> found = ImmutableListMultimap.builder();
        for (Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class
                    || NEVER.contains(m.getName()) || touchesReflection(m)) {
                continue;
            }
            RuffExport export = m.getAnnotation(RuffExport.class);
            if (export != null) {
                found.put(export.value().isEmpty() ? m.getName() : export.value(), m);
            } else if (listed(type, m.getName())) {
                found.put(m.getName(), m);
            }
        }
        return found.build();
    }

    private boolean listed(Class<?> type, String method) {
        if (allowed == null) {
            return false;
        }
        for (Class<?> allowedType : allowed.keySet()) {
            if (allowedType.isAssignableFrom(type) && allowed.get(allowedType).contains(method)) {
                return true;
            }
        }
        return false;
    }

    private static boolean touchesReflection(Method m) {
        if (isReflective(m.getReturnType())) {
            return true;
        }
        for (Class<?> p : m.getParameterTypes()) {
            if (isReflective(p)) {
                return true;
            }
        }
        return false;
    }

    /** Types through which a script could leave the sandbox: classes, loaders, modules, reflection, handles. */
    static boolean isReflective(Class<?> type) {
        while (type.isArray()) {
            type = type.getComponentType();
        }
        if (type == Class.class || type == Module.class || type == ModuleLayer.class
                || ClassLoader.class.isAssignableFrom(type) || type == Thread.class || type == Runtime.class
                || type == System.class || type == ProcessBuilder.class || Process.class.isAssignableFrom(type)) {
            return true;
        }
        String pkg = type.getPackageName();
        return pkg.equals("java.lang.reflect") || pkg.equals("java.lang.invoke") || pkg.startsWith("sun.")
                || pkg.startsWith("jdk.internal");
    }
}
