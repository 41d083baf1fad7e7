package dev.ruff.vm.jit;

import dev.ruff.vm.BodyCompiler;
import dev.ruff.vm.CompiledBody;
import dev.ruff.vm.bytecode.Chunk;
import dev.ruff.vm.bytecode.FunctionProto;
import java.lang.invoke.MethodHandles;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compile tier: turns a function that has been called often enough into a JVM class (see
 * {@link JitCodegen}) and installs it on the function's chunk, where the dispatch loop and compiled call
 * sites pick it up. Each class is a hidden class of this package extending the VM's {@link CompiledBody}, so it
 * reaches this package's package-private members and can be unloaded with the chunk.
 *
 * <p>A function is compiled once, on the thread whose call crossed the threshold; a function that cannot
 * be compiled (async, generator, irregular code, too large) is marked and stays on the dispatch loop.</p>
 */
public final class JitCompiler implements BodyCompiler {
    /**
     * The compile tier, as the engine wires it into each VM. One instance serves all: a compiled body is
     * installed on its chunk, and the counters are per JVM.
     */
    public static final JitCompiler INSTANCE = new JitCompiler();

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final AtomicLong SERIAL = new AtomicLong();
    private static final AtomicLong FAILURES = new AtomicLong();
    /** Decisions, counted for tests and diagnostics (never used to decide anything). */
    private static final AtomicLong COMPILED = new AtomicLong();
    private static final AtomicLong MODULE_BODIES = new AtomicLong();
    private static final AtomicLong ON_STACK_REPLACEMENTS = new AtomicLong();
    private static final Logger LOG = LoggerFactory.getLogger(JitCompiler.class);

    private JitCompiler() {
    }

    @Override
    public CompiledBody compileFunction(FunctionProto proto) {
        return compile(proto, false);
    }

    @Override
    public CompiledBody compileModuleBody(FunctionProto proto) {
        return compile(proto, true);
    }

    @Override
    public void countOnStackReplacement() {
        ON_STACK_REPLACEMENTS.incrementAndGet();
    }

    /**
     * The compiled body of a function or (moduleBody) a module body, compiling it now if nobody has; null if it
     * cannot be compiled.
     */
    private static CompiledBody compile(FunctionProto proto, boolean moduleBody) {
        Chunk chunk = proto.chunk();
        synchronized (chunk) {
            CompiledBody body = (CompiledBody) chunk.compiled;
            if (body != null || chunk.hotness < 0) {
                return body;
            }
            try {
                body = translate(proto, moduleBody);
            } catch (RuntimeException | LinkageError e) {
                // A translation bug must not take the script down: it keeps running on the dispatch loop.
                FAILURES.incrementAndGet();
                LOG.debug("compile tier: translating {} failed; it stays on the dispatch loop", proto.name(), e);
                body = null;
            }
            if (body == null) {
                chunk.hotness = Integer.MIN_VALUE / 2;
                LOG.debug("compile tier: {} is not compiled; it stays on the dispatch loop", proto.name());
            } else {
                chunk.compiled = body;
                COMPILED.incrementAndGet();
                if (moduleBody) {
                    MODULE_BODIES.incrementAndGet();
                }
                LOG.debug("compile tier: compiled {} to JVM bytecode", proto.name());
            }
            return body;
        }
    }

    /** How many translations failed with an error in this JVM (always 0 unless the translator has a bug). */
    public static long failures() {
        return FAILURES.get();
    }

    /** How many functions and module bodies were compiled and installed in this JVM. */
    static long compiledCount() {
        return COMPILED.get();
    }

    /** How many of those were module bodies. */
    public static long moduleBodiesCompiled() {
        return MODULE_BODIES.get();
    }

    /** How many running frames moved from the dispatch loop into compiled code at a loop head in this JVM. */
    public static long onStackReplacements() {
        return ON_STACK_REPLACEMENTS.get();
    }

    /** Why {@code proto} is not compiled, or null when it can be (for tests and diagnostics). */
    public static String rejection(FunctionProto proto) {
        JitAnalysis analysis = JitAnalysis.of(proto);
        if (analysis.rejection != null) {
            return analysis.rejection;
        }
        return generate(proto, false, analysis, className(proto, false)) == null ? "method too large" : null;
    }

    /** Compiles {@code proto} without installing it; errors propagate (tests use this to see translator bugs). */
    public static CompiledBody translate(FunctionProto proto) {
        return translate(proto, false);
    }

    public static CompiledBody translate(FunctionProto proto, boolean moduleBody) {
        JitAnalysis analysis = JitAnalysis.of(proto);
        if (analysis.rejection != null) {
            return null;
        }
        byte[] bytes = generate(proto, moduleBody, analysis, className(proto, moduleBody));
        if (bytes == null) {
            return null;
        }
        try {
            MethodHandles.Lookup hidden = LOOKUP.defineHiddenClass(bytes, true);
            CompiledBody body = (CompiledBody) hidden.findConstructor(hidden.lookupClass(),
                    java.lang.invoke.MethodType.methodType(void.class)).invoke();
            body.setResumePoints(JitCodegen.loopHeads(proto.chunk().code(), analysis), proto.chunk().returnPc());
            return body;
        } catch (Throwable t) {
            throw new IllegalStateException("compiled code for " + proto.name() + " failed to load", t);
        }
    }

    /**
     * The class file with unboxed ints where {@link JitTypes} finds them (guessing {@code for} items are ints
     * unless a guess failed in this chunk before); if that is too large, the all-boxed translation.
     */
    private static byte[] generate(FunctionProto proto, boolean moduleBody, JitAnalysis analysis, String name) {
        JitTypes types = JitTypes.of(proto, analysis, !proto.chunk().guessFailed);
        byte[] bytes = JitCodegen.generate(proto, moduleBody, analysis, types, name);
        if (bytes == null && types.typed()) {
            bytes = JitCodegen.generate(proto, moduleBody, analysis, JitTypes.none(proto.chunk().code().length),
                    name);
        }
        return bytes;
    }

    /** {@code Compiled$name$n} for a function, {@code CompiledModule$name$n} for a module body (tools tell them apart). */
    private static String className(FunctionProto proto, boolean moduleBody) {
        StringBuilder sb = new StringBuilder(moduleBody ? "dev/ruff/vm/jit/CompiledModule$" : "dev/ruff/vm/jit/Compiled$");
        for (char c : proto.name().toCharArray()) {
            sb.append(Character.isJavaIdentifierPart(c) ? c : '_');
        }
        return sb.append('$').append(SERIAL.incrementAndGet()).toString();
    }
}
