package dev.ruff.vm;

import dev.ruff.vm.bytecode.FunctionProto;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.runtime.Cell;
import dev.ruff.runtime.Globals;
import dev.ruff.runtime.ClosureValue;
import dev.ruff.runtime.MethodCalls;

/**
 * A user function value on the VM: a prototype closed over captured cells and the globals of the
 * module that defined it. Equal to another when it runs the same code over the same cells (so a
 * function equals its own copies), as on the interpreter.
 */
public final class VmFunction extends ClosureValue {
    final FunctionProto proto;
    public final Cell[] upvalues;
    final Globals globals;

    public VmFunction(FunctionProto proto, Cell[] upvalues, Globals globals) {
        super(proto, upvalues);
        this.proto = proto;
        this.upvalues = upvalues;
        this.globals = globals;
    }

    /** The error for a call passing {@code argc} arguments when the arity differs (compiled code raises it). */
    public RuffRuntimeError arityError(int argc) {
        return MethodCalls.arityError(this, argc);
    }

    @Override
    public int arity() {
        return proto.arity();
    }

    @Override
    public String name() {
        return proto.name();
    }

    @Override
    public boolean isAsync() {
        return proto.isAsync();
    }
}
