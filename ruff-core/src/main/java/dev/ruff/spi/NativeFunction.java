package dev.ruff.spi;

import dev.ruff.diag.RuffException;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.runtime.RuffCallable;
import java.util.Objects;

/**
 * A function implemented in Java. Capability and arity are checked here, once, for both backends,
 * before the body runs.
 */
public final class NativeFunction implements RuffCallable {
    private final String name;
    private final Arity arity;
    private final Capability capability;
    private final String doc;
    private final NativeBody body;

    public NativeFunction(String name, Arity arity, Capability capability, String doc, NativeBody body) {
        this.name = Objects.requireNonNull(name);
        this.arity = Objects.requireNonNull(arity);
        this.capability = Objects.requireNonNull(capability);
        this.doc = doc == null ? "" : doc;
        this.body = Objects.requireNonNull(body);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isNative() {
        return true;
    }

    public Arity arity() {
        return arity;
    }

    public Capability capability() {
        return capability;
    }

    /** One line of documentation. */
    public String doc() {
        return doc;
    }

    /** Checks capability and arity, then runs the body. */
    public Object invoke(Object[] args, NativeContext context) {
        if (capability != Capability.NONE && !context.isGranted(capability)) {
            throw new RuffRuntimeError("Capability denied: " + capability.displayName() + " required for "
                    + name + "; rerun with " + capability.flag());
        }
        String arityError = arity.check(name, args.length);
        if (arityError != null) {
            throw new RuffRuntimeError(arityError);
        }
        Object result;
        try {
            result = body.call(new NativeCall(this, args, context));
        } catch (RuffException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new RuffRuntimeError(name + " failed: value nested too deeply");
        } catch (RuntimeException e) {
            // A bug or an unexpected Java failure inside a native must still reach the script as a Ruff error.
            String detail = dev.ruff.runtime.JavaFailures.describe(e);
            throw new RuffRuntimeError(name + " failed: " + detail);
        }
        if (result == null) {
            throw new IllegalStateException("native " + name + " returned Java null; return RuffNull.NULL");
        }
        return result;
    }

    @Override
    public String toString() {
        return "<native function: " + name + ">";
    }
}
