package dev.ruff.interp;

import dev.ruff.ast.FunctionNode;
import dev.ruff.exec.CompiledUnit;
import dev.ruff.resolve.FunctionInfo;
import dev.ruff.runtime.Cell;
import dev.ruff.runtime.Globals;
import dev.ruff.runtime.ClosureValue;

/**
 * A user function value on the interpreter: code, the cells it captured, and the globals of the
 * module that defined it. Two function values are equal when they run the same code over the same
 * captured cells (so a function equals its own copies).
 */
final class InterpFunction extends ClosureValue {
    final FunctionNode node;
    final FunctionInfo info;
    final Cell[] upvalues;
    final Globals globals;
    final CompiledUnit unit;

    InterpFunction(FunctionNode node, FunctionInfo info, Cell[] upvalues, Globals globals, CompiledUnit unit) {
        super(node, upvalues);
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

    @Override
    public int arity() {
        return node.params().size() - (node.hasSelfParam() ? 1 : 0);
    }

}
