package dev.ruff.interp;

import dev.ruff.exec.Backend;
import dev.ruff.exec.CompiledUnit;
import dev.ruff.exec.ExecutionContext;
import dev.ruff.runtime.Globals;
import dev.ruff.runtime.Invoker;

/**
 * The tree-walking backend: simple, the reference for semantics. Each run gets its own
 * {@link TreeWalker}; compiled units are shared and never modified.
 */
public final class Interpreter implements Backend {
    @Override
    public String subsystem() {
        return "runtime";
    }

    @Override
    public String errorCode() {
        return "RUFRUN001";
    }

    @Override
    public Object run(CompiledUnit unit, Globals globals, ExecutionContext context) {
        TreeWalker walker = new TreeWalker(context);
        Invoker outer = context.enter(walker);
        try {
            return walker.runModule(unit, globals);
        } finally {
            context.leave(outer);
        }
    }

    @Override
    public Object call(Object callee, Object[] args, ExecutionContext context) {
        TreeWalker walker = new TreeWalker(context);
        Invoker outer = context.enter(walker);
        try {
            return walker.call(callee, args);
        } finally {
            context.leave(outer);
        }
    }
}
