package dev.ruff.vm;

import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import java.util.EnumSet;

/**
 * A native that lets a script see whether it runs in compiled code: {@code compiled_frames()} is the number
 * of activations of classes made by {@link JitCompiler} on the Java stack of the calling thread (generated
 * classes are hidden, so the walk asks for hidden frames), and {@code on_script_thread()} whether the caller
 * runs on one of the engine's {@link dev.ruff.exec.ScriptThread}s. Test fixture.
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
        r.function("on_script_thread", Arity.exact(0), Capability.NONE, "whether this is an engine script thread",
                c -> Thread.currentThread() instanceof dev.ruff.exec.ScriptThread);
    }

    /** Activations of generated classes' body or resume methods on the current thread's stack. */
    static long compiledFrames() {
        return WALKER.walk(frames -> frames
                .filter(f -> f.getClassName().startsWith("dev.ruff.vm.Compiled$"))
                .filter(f -> f.getMethodName().equals("body") || f.getMethodName().equals("resumeAt"))
                .count());
    }
}
