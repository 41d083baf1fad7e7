package dev.ruff.spi;

import dev.ruff.diag.RuffException;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.runtime.RuffCallable;
import dev.ruff.runtime.RunGuard;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A function implemented in Java. Capability and arity are checked here, once, for both backends,
 * before the body runs.
 */
public final class NativeFunction implements RuffCallable {
    private static final Logger LOG = LoggerFactory.getLogger(NativeFunction.class);
    private final String name;
    private final Arity arity;
    private final Capability capability;
    /** Every capability the native's effect needs: {@link #capability} first, then the others. */
    private final List<Capability> capabilities;
    private final String doc;
    private final NativeBody body;
    /** The documented parameter names, or null when the module gave none. */
    private final NativeParameters parameters;

    public NativeFunction(String name, Arity arity, Capability capability, String doc, NativeBody body) {
        this(name, null, arity, List.of(capability), doc, body);
    }

    /**
     * A native whose effect needs several capabilities (copying a file reads one and writes another);
     * a call needs all of them granted.
     */
    public NativeFunction(String name, Arity arity, Collection<Capability> capabilities, String doc, NativeBody body) {
        this(name, null, arity, capabilities, doc, body);
    }

    /**
     * A native with documented parameter names.
     *
     * @param parameters the names ({@code null}: none given); they must {@linkplain NativeParameters#fits fit}
     *                   {@code arity}
     * @throws IllegalArgumentException when the names say a different number of arguments than {@code arity}
     */
    public NativeFunction(String name, NativeParameters parameters, Arity arity, Collection<Capability> capabilities,
                          String doc, NativeBody body) {
        this.name = Objects.requireNonNull(name);
        this.arity = Objects.requireNonNull(arity);
        if (parameters != null && !parameters.fits(arity)) {
            throw new IllegalArgumentException(name + "(" + parameters + ") does not fit its arity " + arity.describe());
        }
        this.parameters = parameters;
        // a loop, not a stream: every native of the prelude is built with the first engine
        List<Capability> distinct = new java.util.ArrayList<>(capabilities.size());
        for (Capability c : capabilities) {
            if (c != Capability.NONE && !distinct.contains(c)) {
                distinct.add(Objects.requireNonNull(c));
            }
        }
        List<Capability> needed = List.copyOf(distinct);
        this.capabilities = needed;
        this.capability = needed.isEmpty() ? Capability.NONE : needed.get(0);
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

    /** The (first) capability a call needs; {@link #capabilities()} lists all of them. */
    public Capability capability() {
        return capability;
    }

    /** Every capability a call needs (empty for none). */
    public List<Capability> capabilities() {
        return capabilities;
    }

    /** The documented parameter names ({@code path, overwrite?}), if the module gave them. */
    public java.util.Optional<NativeParameters> parameters() {
        return java.util.Optional.ofNullable(parameters);
    }

    /** One line of documentation. */
    public String doc() {
        return doc;
    }

    /** Checks capability and arity, then runs the body. */
    public Object invoke(Object[] args, NativeContext context) {
        for (Capability needed : capabilities) {
            if (!context.isGranted(needed)) {
                LOG.debug("capability {} denied to native {}", needed.displayName(), name);
                context.requireGranted(needed, name);
            }
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
        RunGuard.checkResult(result); // natives build values too: their results obey the size limits

        return result;
    }

    @Override
    public String toString() {
        return "<native function: " + name + ">";
    }
}
