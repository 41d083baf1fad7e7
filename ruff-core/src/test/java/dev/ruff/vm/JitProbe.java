package dev.ruff.vm;

import dev.ruff.vm.jit.JitCompiler;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import java.util.EnumSet;

/**
 * A native that lets a script see whether it runs in compiled code: {@code compiled_frames()} is the number
 * of function activations of classes made by {@link JitCompiler} on the Java stack of the calling thread
 * (generated classes are hidden, so the walk asks for hidden frames), {@code compiled_module_frames()} the
 * number of compiled module bodies there, {@code on_script_thread()} whether the caller
 * runs on one of the engine's {@link dev.ruff.exec.ScriptThread}s, and {@code later(ms, value)} a promise that
 * fulfils with the value after the milliseconds (pending when awaited at once). Test fixture.
 */
final class JitProbe implements RuffModule {
    private static final StackWalker WALKER =
            StackWalker.getInstance(EnumSet.of(StackWalker.Option.SHOW_HIDDEN_FRAMES));

    @Override
    public String name() {
        return "jit-probe";
    }

    @Override
    public void register(NativeRegistry r) {
        r.function("compiled_frames", Arity.exact(0), Capability.NONE, "compiled activations on this thread",
                c -> compiledFrames());
        r.function("compiled_module_frames", Arity.exact(0), Capability.NONE, "compiled module bodies on this thread",
                c -> compiledFrames("dev.ruff.vm.jit.CompiledModule$"));
        r.function("later", Arity.exact(2), Capability.NONE, "a promise of the value after the milliseconds",
                c -> c.context().async().delay((Long) c.arg(0), c.arg(1)));
        r.function("on_script_thread", Arity.exact(0), Capability.NONE, "whether this is an engine script thread",
                c -> Thread.currentThread() instanceof dev.ruff.exec.ScriptThread);
    }

    /** Activations of generated classes' body or resume methods on the current thread's stack. */
    static long compiledFrames() {
        return compiledFrames("dev.ruff.vm.jit.Compiled$");
    }

    private static long compiledFrames(String classPrefix) {
        return WALKER.walk(frames -> frames
                .filter(f -> f.getClassName().startsWith(classPrefix))
                .filter(f -> f.getMethodName().equals("body") || f.getMethodName().equals("resumeAt"))
                .count());
    }
}
