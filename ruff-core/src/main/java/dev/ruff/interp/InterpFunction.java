package dev.ruff.interp;

import dev.ruff.ast.FunctionNode;
import dev.ruff.exec.CompiledUnit;
import dev.ruff.resolve.FunctionInfo;
import dev.ruff.runtime.Cell;
import dev.ruff.runtime.Globals;
import dev.ruff.runtime.RuffCallable;
import java.util.Arrays;

/**
 * A user function value on the interpreter: code, the cells it captured, and the globals of the
 * module that defined it. Two function values are equal when they run the same code over the same
 * captured cells (so a function equals its own copies).
 */
final class InterpFunction implements RuffCallable {
    final FunctionNode node;
    final FunctionInfo info;
    final Cell[] upvalues;
    final Globals globals;
    final CompiledUnit unit;

    InterpFunction(FunctionNode node, FunctionInfo info, Cell[] upvalues, Globals globals, CompiledUnit unit) {
        this.node = node;
        this.info = info;
        this.upvalues = upvalues;
        this.globals = globals;
        this.unit = unit;
    }

    @Override
    public String name() {
        return info.name();
    }

    @Override
    public boolean isAsync() {
        return node.isAsync();
    }

    /** Arguments a call must pass ({@code self} is bound from the receiver, not passed). */
    int arity() {
        return node.params().size() - (node.hasSelfParam() ? 1 : 0);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof InterpFunction other) || other.node != node || other.upvalues.length != upvalues.length) {
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
        return System.identityHashCode(node) * 31 + Arrays.stream(upvalues).mapToInt(System::identityHashCode).sum();
    }

    @Override
    public String toString() {
        return "<function " + name() + ">";
    }
}
