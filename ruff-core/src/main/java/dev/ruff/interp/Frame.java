package dev.ruff.interp;

import dev.ruff.diag.SourcePos;
import dev.ruff.exec.CompiledUnit;
import dev.ruff.resolve.Resolution;
import dev.ruff.runtime.Cell;
import dev.ruff.runtime.Globals;
import dev.ruff.runtime.RuffStack;

/** One activation: slots for locals (a captured local's slot holds its {@link Cell}), and where it was called from. */
final class Frame implements RuffStack.Activation {
    final Object[] slots;
    final Cell[] upvalues;
    final Frame caller;
    /** The running function, or {@code null} for a module body. */
    final InterpFunction function;
    final SourcePos callPos;
    final Globals globals;
    final Resolution resolution;
    final CompiledUnit unit;
    final int depth;
    Object returnValue;

    Frame(int slotCount, Cell[] upvalues, Frame caller, InterpFunction function, SourcePos callPos,
          Globals globals, CompiledUnit unit) {
        this.slots = new Object[slotCount];
        this.upvalues = upvalues;
        this.caller = caller;
        this.function = function;
        this.callPos = callPos;
        this.globals = globals;
        this.unit = unit;
        this.resolution = unit.resolution();
        this.depth = caller == null ? 0 : caller.depth + (function == null ? 0 : 1);
    }

    @Override
    public String functionName() {
        return function == null ? null : function.name();
    }

    @Override
    public SourcePos callPos() {
        return callPos;
    }

    @Override
    public RuffStack.Activation callerActivation() {
        return caller;
    }
}
