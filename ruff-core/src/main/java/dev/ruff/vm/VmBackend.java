package dev.ruff.vm;

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
    public Object run(CompiledUnit unit, Globals globals, ExecutionContext context) {
        FunctionProto main = compiled(unit);
        VirtualMachine vm = new VirtualMachine(context);
        // Imported modules run through here too, nested inside the importer's run.
        Invoker outer = context.currentInvoker();
        context.setInvoker(vm);
        try {
            return vm.runModule(main, globals);
        } finally {
            context.setInvoker(outer);
        }
    }

    @Override
    public Object call(Object callee, Object[] args, ExecutionContext context) {
        VirtualMachine vm = new VirtualMachine(context);
        Invoker outer = context.currentInvoker();
        context.setInvoker(vm);
        try {
            return vm.call(callee, args);
        } finally {
            context.setInvoker(outer);
        }
    }
}
