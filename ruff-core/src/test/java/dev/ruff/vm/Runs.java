package dev.ruff.vm;

import dev.ruff.vm.bytecode.Disassembler;
import dev.ruff.BackendType;
import dev.ruff.RuffEngine;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.exec.CompiledUnit;
import dev.ruff.parse.RuffParser;
import dev.ruff.resolve.Resolver;
import java.io.StringWriter;

/** Runs scripts for the VM tests. Test fixture. */
final class Runs {
    private Runs() {
    }

    /** What a script printed, and the error it stopped with (null if none). */
    record Outcome(String out, RuffRuntimeError error) {
        String describe() {
            return error == null ? out : out + "!! " + error.getMessage() + " @ " + error.pos();
        }
    }

    static Outcome run(BackendType backend, String source) {
        return run(RuffEngine.builder().backend(backend), source);
    }

    static Outcome run(RuffEngine.Builder builder, String source) {
        StringWriter out = new StringWriter();
        try (RuffEngine engine = builder.out(out).err(new StringWriter()).module(new TestNatives()).build()) {
            try {
                engine.compile(source, "test.ruff").run();
                return new Outcome(out.toString(), null);
            } catch (RuffRuntimeError e) {
                return new Outcome(out.toString(), e);
            }
        }
    }

    /** Output of a script that must not fail on the VM. */
    static String vm(String source) {
        Outcome o = run(BackendType.VM, source);
        if (o.error() != null) {
            throw new AssertionError("script failed: " + o.describe());
        }
        return o.out();
    }

    /** The disassembly of a script's bytecode. */
    static String disassemble(String source) {
        var program = RuffParser.parse(source, "test.ruff");
        return Disassembler.disassemble(VmBackend.compiled(new CompiledUnit(program, Resolver.resolve(program))));
    }
}
