package dev.ruff;

import dev.ruff.host.RuffFunction;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Implements a Java functional interface with a Ruff function ({@link RuffFunction#as}): the single
 * abstract method calls the function, default methods keep their Java code, and {@code equals},
 * {@code hashCode} and {@code toString} behave like an identity object's.
 */
final class FunctionProxy {
    private FunctionProxy() {
    }

    /**
     * An implementation of {@code type} whose abstract methods call {@code functions.apply(method name)};
     * {@code null} when that gives {@code null} for any of them.
     */
    static <T> T implement(Class<T> type, java.util.function.Function<String, RuffFunction> functions) {
        if (!type.isInterface()) {
            throw new IllegalArgumentException(type.getName() + " is not an interface");
        }
        java.util.Map<Method, RuffFunction> targets = new java.util.HashMap<>();
        for (Method m : type.getMethods()) {
            if (Modifier.isAbstract(m.getModifiers()) && !isObjectMethod(m)) {
                RuffFunction f = functions.apply(m.getName());
                if (f == null) {
                    return null;
                }
                targets.put(m, f);
            }
        }
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(proxy, method, args, type.getSimpleName() + "(Ruff)");
            }
            RuffFunction f = targets.get(method);
            if (f == null) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            return ReturnValues.coerce(f.call(args == null ? new Object[0] : args), method.getReturnType(),
                    "Ruff function " + method.getName());
        };
        return type.cast(Proxy.newProxyInstance(loaderFor(type), new Class<?>[] {type}, handler));
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args, String text) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> text;
        };
    }

    static <T> T implement(RuffFunction function, Class<T> type) {
        singleAbstractMethod(type); // refuses a type that is not a functional interface before any call
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(proxy, method, args, type.getSimpleName() + "(" + function + ")");
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            Object result = function.call(args == null ? new Object[0] : args);
            return ReturnValues.coerce(result, method.getReturnType(), "function " + function.name());
        };
        return type.cast(Proxy.newProxyInstance(loaderFor(type), new Class<?>[] {type}, handler));
    }

    /** {@code type}'s one abstract method; refuses anything that is not a functional interface. */
    static Method singleAbstractMethod(Class<?> type) {
        if (!type.isInterface()) {
            throw new IllegalArgumentException(type.getName() + " is not an interface");
        }
        Method found = null;
        for (Method m : type.getMethods()) {
            if (!Modifier.isAbstract(m.getModifiers()) || isObjectMethod(m)) {
                continue;
            }
            if (found != null) {
                throw new IllegalArgumentException(type.getName() + " has more than one abstract method ("
                        + found.getName() + ", " + m.getName() + ")");
            }
            found = m;
        }
        if (found == null) {
            throw new IllegalArgumentException(type.getName() + " has no abstract method");
        }
        return found;
    }

    private static boolean isObjectMethod(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static ClassLoader loaderFor(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        return loader != null ? loader : FunctionProxy.class.getClassLoader();
    }

    /** Adapts converted Ruff results to the Java return types of host-facing methods. */
    static final class ReturnValues {
        private ReturnValues() {
        }

        /**
         * {@code value} (already converted to Java) as {@code type}: numbers narrow or widen to the
         * primitive or boxed type asked for, {@code void} discards, a {@code CompletableFuture} passes as a
         * {@code CompletionStage}; anything else must already be an instance.
         *
         * @throws ClassCastException naming {@code what} when the value cannot be given as {@code type}
         */
        static Object coerce(Object value, Class<?> type, String what) {
            if (type == void.class || type == Void.class) {
                return null;
            }
            if (value == null) {
                if (type == CompletableFuture.class || type == CompletionStage.class) {
                    return CompletableFuture.completedFuture(null);
                }
                if (type.isPrimitive()) {
                    throw new ClassCastException(what + " returned null where " + type.getName() + " is needed");
                }
                return null;
            }
            if (value instanceof Number n) {
                if (type == long.class || type == Long.class) {
                    return n.longValue();
                }
                if (type == int.class || type == Integer.class) {
                    return Math.toIntExact(n.longValue());
                }
                if (type == double.class || type == Double.class) {
                    return n.doubleValue();
                }
                if (type == float.class || type == Float.class) {
                    return n.floatValue();
                }
                if (type == short.class || type == Short.class) {
                    return (short) Math.toIntExact(n.longValue());
                }
                if (type == byte.class || type == Byte.class) {
                    return (byte) Math.toIntExact(n.longValue());
                }
            }
            if (type == boolean.class && value instanceof Boolean) {
                return value;
            }
            if (type == char.class || type == Character.class) {
                if (value instanceof String s && s.length() == 1) {
                    return s.charAt(0);
                }
            }
            if ((type == CompletableFuture.class || type == CompletionStage.class)
                    && !(value instanceof CompletableFuture)) {
                return CompletableFuture.completedFuture(value); // a plain func serving an async-looking method
            }
            if (type.isInstance(value)) {
                return value;
            }
            throw new ClassCastException(what + " returned " + value.getClass().getSimpleName() + " where "
                    + type.getName() + " is needed");
        }
    }
}
