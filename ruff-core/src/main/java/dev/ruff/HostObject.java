package dev.ruff;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.host.RuffFunction;
import dev.ruff.runtime.Invoker;
import dev.ruff.runtime.MethodHandleValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.TreeSet;

/**
 * A Java object the host put into a script's globals (or a host method returned). Scripts can only
 * call the methods {@link HostAccess} exports ({@code obj.method(args)}); there are no readable fields
 * and no way to the object's class. Passed back to Java, it is the original object again.
 */
final class HostObject implements MethodHandleValue {
    private final Object target;
    private final Conversions conversions;
    private final HostAccess access;

    HostObject(Object target, Conversions conversions, HostAccess access) {
        this.target = target;
        this.conversions = conversions;
        this.access = access;
    }

    Object target() {
        return target;
    }

    @Override
    public Object callMethod(String name, Object[] args, Invoker invoker) {
        List<Method> candidates = access.methods(target.getClass(), name);
        if (candidates.isEmpty()) {
            TreeSet<String> names = new TreeSet<>(access.names(target.getClass()));
            throw new RuffRuntimeError("Host object " + typeLabel() + " has no exported method '" + name + "'"
                    + (names.isEmpty() ? " (it exports none)" : " (exported: " + String.join(", ", names) + ")"));
        }
        for (Method m : candidates) {
            Object[] javaArgs = javaArguments(m, args);
            if (javaArgs != null) {
                return invoke(m, javaArgs);
            }
        }
        throw new RuffRuntimeError("Host method " + typeLabel() + "." + name + " does not accept "
                + args.length + " argument(s) of these types");
    }

    private Object[] javaArguments(Method m, Object[] args) {
        Class<?>[] types = m.getParameterTypes();
        if (types.length != args.length) {
            return null;
        }
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object java = conversions.toJava(args[i]);
            if (java instanceof RuffFunction f && types[i].isInterface() && !types[i].isInstance(java)) {
                try {
                    out[i] = f.as(types[i]);
                    continue;
                } catch (IllegalArgumentException notFunctional) {
                    return null;
                }
            }
            try {
                out[i] = FunctionProxy.ReturnValues.coerce(java, types[i], "argument");
            } catch (ClassCastException | ArithmeticException mismatch) {
                return null;
            }
        }
        return out;
    }

    private Object invoke(Method m, Object[] javaArgs) {
        try {
            if (!m.canAccess(target)) {
                m.trySetAccessible();
            }
            return conversions.toRuff(m.invoke(target, javaArgs));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuffRuntimeError r) {
                throw r;
            }
            throw new RuffRuntimeError("Host method " + typeLabel() + "." + m.getName() + " failed: "
                    + (cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName()));
        } catch (IllegalAccessException e) {
            throw new RuffRuntimeError("Host method " + typeLabel() + "." + m.getName() + " is not accessible");
        } catch (IllegalArgumentException e) {
            throw new RuffRuntimeError("Host method " + typeLabel() + "." + m.getName() + " returned "
                    + "a value with no Ruff form: " + e.getMessage());
        }
    }

    private String typeLabel() {
        return target.getClass().getSimpleName().isEmpty() ? "object" : target.getClass().getSimpleName();
    }

    @Override
    public String typeName() {
        return "host object";
    }

    @Override
    public String debug() {
        return "HostObject(" + typeLabel() + ")";
    }

    @Override
    public String display() {
        return "<host object " + typeLabel() + ">";
    }
}
