package dev.ruff.vm;

import dev.ruff.vm.bytecode.FunctionProto;
import dev.ruff.vm.compile.Compiler;
import dev.ruff.exec.Backend;
import dev.ruff.exec.CompiledUnit;
import dev.ruff.exec.ExecutionContext;
import dev.ruff.runtime.Globals;
import dev.ruff.runtime.Invoker;

/**
 * The bytecode backend (the default): compiles each unit once (cached on the unit) and runs it on a
 * {@link VirtualMachine} per run. Stateless and thread-safe.
 */
public final class VmBackend implements Backend {
    private final int compileThreshold;
    private final BodyCompiler compiler;

    /**
     * @param compileThreshold calls before a function is compiled to JVM bytecode; negative: never
     * @param compiler the compile tier (passed in so that this package does not depend on it)
     */
    public VmBackend(int compileThreshold, BodyCompiler compiler) {
        this.compileThreshold = compileThreshold;
        this.compiler = java.util.Objects.requireNonNull(compiler, "compiler");
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
        FunctionProto proto = unit.derived(FunctionProto.class);
        return proto != null ? proto : unit.storeDerived(FunctionProto.class, Compiler.compile(unit));
    }

    @Override
    public void prepare(CompiledUnit unit) {
        compiled(unit);
    }

    @Override
    public Object run(CompiledUnit unit, Globals globals, ExecutionContext context) {
        FunctionProto main = compiled(unit);
        VirtualMachine vm = new VirtualMachine(context, compileThreshold, compiler);
        Invoker outer = context.enter(vm);
        try {
            return vm.runModule(main, globals);
        } finally {
            context.leave(outer);
        }
    }

    @Override
    public Object call(Object callee, Object[] args, ExecutionContext context) {
        VirtualMachine vm = new VirtualMachine(context, compileThreshold, compiler);
        Invoker outer = context.enter(vm);
        try {
            return vm.call(callee, args);
        } finally {
            context.leave(outer);
        }
    }
}
