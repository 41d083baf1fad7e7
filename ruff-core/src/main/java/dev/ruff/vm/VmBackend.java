package dev.ruff.vm;

import dev.ruff.vm.bytecode.FunctionProto;
import dev.ruff.vm.compile.Compiler;
import dev.ruff.exec.Backend;
import dev.ruff.exec.CompiledUnit;
import dev.ruff.exec.ExecutionContext;
import dev.ruff.runtime.Globals;

/**
 * The bytecode backend (the default): compiles each unit once (cached on the unit) and runs it on a
 * {@link VirtualMachine} per run. Stateless and thread-safe.
 */
public final class VmBackend implements Backend {
    private final int compileThreshold;

    /** @param compileThreshold calls before a function is compiled to JVM bytecode; negative: never */
    public VmBackend(int compileThreshold) {
        this.compileThreshold = compileThreshold;
    }

    @Override
    public String subsystem() {
        return "vm";
    }

    @Override
    public String errorCode() {
        return "RUFVM001";
    }

    /** The unit's bytecode, compiled on first use. */
    public static FunctionProto compiled(CompiledUnit unit) {
        return unit.derived(FunctionProto.class, Compiler::compile);
    }

    @Override
    public void prepare(CompiledUnit unit) {
        compiled(unit);
    }

    @Override
    public Object run(CompiledUnit unit, Globals globals, ExecutionContext context) {
        FunctionProto main = compiled(unit);
        Object result = context.runWith(new VirtualMachine(context, compileThreshold), vm -> vm.runModule(main, globals));
        return result;
    }

    @Override
    public Object call(Object callee, Object[] args, ExecutionContext context) {
        return context.runWith(new VirtualMachine(context, compileThreshold), vm -> vm.call(callee, args));
    }
}
