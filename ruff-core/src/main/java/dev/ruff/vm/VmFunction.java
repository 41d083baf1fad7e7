package dev.ruff.vm;

import dev.ruff.runtime.Cell;
import dev.ruff.runtime.Globals;
import dev.ruff.runtime.RuffCallable;
import java.util.Arrays;

/**
 * A user function value on the VM: a prototype closed over captured cells and the globals of the
 * module that defined it. Equal to another when it runs the same code over the same cells (so a
 * function equals its own copies), as on the interpreter.
 */
final class VmFunction implements RuffCallable {
    final FunctionProto proto;
    final Cell[] upvalues;
    final Globals globals;

    VmFunction(FunctionProto proto, Cell[] upvalues, Globals globals) {
        this.proto = proto;
        this.upvalues = upvalues;
        this.globals = globals;
    }

    @Override
    public String name() {
        return proto.name();
    }

    @Override
    public boolean isAsync() {
        return proto.isAsync();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof VmFunction other) || other.proto != proto || other.upvalues.length != upvalues.length) {
            return false;
        }
        for (int i = 0; i < upvalues.length; i++) {
            if (upvalues[i] != other.upvalues[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(proto) * 31 + Arrays.stream(upvalues).mapToInt(System::identityHashCode).sum();
    }

    @Override
    public String toString() {
        return "<function " + name() + ">";
    }
}
