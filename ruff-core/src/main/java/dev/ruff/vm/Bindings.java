package dev.ruff.vm;

import dev.ruff.vm.bytecode.OpCode;
import dev.ruff.vm.bytecode.FunctionProto;
import dev.ruff.vm.bytecode.InlineCache;
import dev.ruff.vm.bytecode.Shapes;
import dev.ruff.lang.BindingKind;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.runtime.Cell;
import dev.ruff.runtime.GlobalVar;
import dev.ruff.runtime.Globals;
import dev.ruff.runtime.PathWrite;
import dev.ruff.runtime.StringAccumulator;
import dev.ruff.runtime.StructInstance;
import dev.ruff.runtime.Values;

/**
 * The VM's slower variable paths: global lookups through the inline caches, assignments that may
 * update a global (LANGUAGE.md decision 4), and writes through field/index paths. Mirrors the
 * interpreter's {@code read}, {@code assignName} and {@code TargetWriter}.
 */
public final class Bindings {
    private Bindings() {
    }

    /** {@link OpCode#LOAD_CELL}: the content of the cell in a slot, or the global when it is unbound. */
    public static Object loadCell(CallFrame f, Object slot, String name, int cacheIndex) {
        Object v = slot instanceof Cell c ? c.get() : slot;
        return v != null ? v : loadGlobal(f, name, cacheIndex);
    }

    /** The value of global {@code name} (a script binding, else a native) or {@code Undefined variable}. */
    public static Object loadGlobal(CallFrame f, String name, int cacheIndex) {
        Object cached = f.chunk.caches[cacheIndex];
        if (cached instanceof InlineCache.Global c && c.validFor(f.globals)) {
            Object v = c.value();
            if (v != null) {
                return v;
            }
        }
        return loadGlobalSlow(f, name, cacheIndex);
    }

    private static Object loadGlobalSlow(CallFrame f, String name, int cacheIndex) {
        Globals g = f.globals;
        Object[] caches = f.chunk.caches;
        int version = g.version();
        GlobalVar var = g.lookupVar(name);
        Object v = var != null ? var.get() : g.lookup(name);
        if (v == null) {
            throw new RuffRuntimeError("Undefined variable: " + name);
        }
        caches[cacheIndex] = new InlineCache.Global(g, version, var, var == null ? v : null);
        return v;
    }

    /**
     * A fused instruction's read of a plain local: the slot named by {@code code[at]} (name constant and cache
     * follow it), or the global of that name when the slot is unbound.
     */
    static Object local(CallFrame f, Object[] regs, int[] code, int at) {
        Object v = regs[code[at]];
        return v != null ? v : loadFallback(f, (String) f.chunk.constants()[code[at + 1]], code[at + 2], at);
    }

    /**
     * The global fallback of an unbound local read inside a fused instruction; an error reports the
     * position the compiler recorded for the operand at {@code operandPc}.
     */
    public static Object loadFallback(CallFrame f, String name, int cacheIndex, int operandPc) {
        try {
            return loadGlobal(f, name, cacheIndex);
        } catch (dev.ruff.diag.RuffRuntimeError e) {
            throw e.at(f.chunk.positionAt(operandPc));
        }
    }

    /** The script binding {@code name} or null, through the instruction's cache. */
    static GlobalVar globalVar(CallFrame f, String name, int cacheIndex) {
        Object cached = f.chunk.caches[cacheIndex];
        if (cached instanceof InlineCache.Global c && c.validFor(f.globals)) {
            return c.var();
        }
        return globalVarSlow(f, name, cacheIndex);
    }

    private static GlobalVar globalVarSlow(CallFrame f, String name, int cacheIndex) {
        Globals g = f.globals;
        Object[] caches = f.chunk.caches;
        int version = g.version();
        GlobalVar var = g.lookupVar(name);
        caches[cacheIndex] = new InlineCache.Global(g, version, var, null);
        return var;
    }

    /** {@code name := value} for a global: updates the binding (if writable) or creates a mutable one. */
    public static void assignGlobal(CallFrame f, String name, int cacheIndex, Object value) {
        GlobalVar var = globalVar(f, name, cacheIndex);
        if (var == null) {
            f.globals.define(name, BindingKind.MUT, value);
            return;
        }
        var.checkWritable(false);
        var.set(value);
    }

    /** Plain assignment to a slot variable that is captured or may mean an existing global. */
    static void assignSlot(CallFrame f, int slot, String name, int cacheIndex, int flags, Object value) {
        f.regs[slot] = assignedSlot(f, f.regs[slot], name, cacheIndex, flags, value);
    }

    /**
     * The assignment of {@link #assignSlot} given the slot's {@code current} content: returns what the slot
     * holds afterwards (unchanged when the value went into a global or into the slot's cell).
     */
    public static Object assignedSlot(CallFrame f, Object current, String name, int cacheIndex, int flags, Object value) {
        Object bound = current instanceof Cell c ? c.raw() : current;
        boolean dynamic = (flags & 1) != 0;
        GlobalVar global;
        if (bound == null && dynamic && (global = globalVar(f, name, cacheIndex)) != null) {
            global.checkWritable(false);
            global.set(value);
            return current;
        } else if (current instanceof Cell c) {
            c.set(value);
            return current;
        } else {
            return (flags & 2) != 0 ? new Cell(value) : Values.retain(value);
        }
    }

    public static void assignUpvalue(CallFrame f, int index, String name, boolean dynamic, int cacheIndex, Object value) {
        Cell cell = f.upvalues[index];
        GlobalVar global;
        if (cell.raw() == null && dynamic && (global = globalVar(f, name, cacheIndex)) != null) {
            global.checkWritable(false);
            global.set(value);
        } else {
            cell.set(value);
        }
    }

    /** Reads a (kind, index) reference without failing: Java null when unbound everywhere. */
    public static Object readOrNull(CallFrame f, int kind, int index, String name) {
        return readOrNull(f, kind, kind == 0 ? f.regs[index] : null, index, name);
    }

    /** {@link #readOrNull} with the content of the local slot supplied (kind 0). */
    public static Object readOrNull(CallFrame f, int kind, Object slot, int index, String name) {
        Object v = null;
        if (kind == 0) {
            v = StringAccumulator.reveal(slot);
            if (v instanceof Cell c) {
                v = c.get();
            }
        } else if (kind == 1) {
            v = f.upvalues[index].get();
        }
        return v != null ? v : f.globals.lookup(name);
    }

    /**
     * {@link OpCode#LOAD_RAW}: the content of a (kind, index) variable with a {@code StringAccumulator} left
     * as it is; {@code slot} is the local slot's content for kind 0.
     */
    public static Object loadRaw(CallFrame f, int kind, Object slot, int index, String name, int cacheIndex) {
        Object v = null;
        if (kind == 0) {
            v = slot instanceof Cell c ? c.raw() : slot;
        } else if (kind == 1) {
            v = f.upvalues[index].raw();
        }
        if (v != null) {
            return v;
        }
        GlobalVar global = globalVar(f, name, cacheIndex);
        return global != null && global.raw() != null ? global.raw() : loadGlobal(f, name, cacheIndex);
    }

    /** {@code root.f[k]... := value}; {@code keys} are the index steps' keys in order. */
    public static void setPath(CallFrame f, Shapes.Path path, Object[] keys, Object value) {
        if (path.rootKind() == 0) {
            f.regs[path.rootIndex()] = setPathOnSlot(f, path, f.regs[path.rootIndex()], keys, value);
            return;
        }
        if (path.rootKind() == 2) {
            GlobalVar var = f.globals.lookupVar(path.rootName());
            if (var != null) {
                var.checkWritable(true);
            }
        }
        Object root = readOrNull(f, path.rootKind(), null, path.rootIndex(), path.rootName());
        if (root == null) {
            throw new RuffRuntimeError("Undefined variable: " + path.rootName());
        }
        Object updated = PathWrite.assign(root, path.fields(), keys, value);
        if (updated != root) {
            store(f, path, updated);
        }
    }

    /**
     * {@link #setPath} for a path rooted at a local slot whose content is {@code slot}; returns what the slot
     * holds afterwards.
     */
    public static Object setPathOnSlot(CallFrame f, Shapes.Path path, Object slot, Object[] keys, Object value) {
        Object root = readOrNull(f, 0, slot, path.rootIndex(), path.rootName());
        if (root == null) {
            throw new RuffRuntimeError("Undefined variable: " + path.rootName());
        }
        Object updated = PathWrite.assign(root, path.fields(), keys, value);
        if (updated == root) {
            return slot;
        }
        if (slot instanceof Cell c) {
            c.setUpdated(updated);
            return slot;
        }
        if (slot != null) {
            return Values.retain(updated);
        }
        storeGlobal(f, path.rootName(), updated);
        return null;
    }

    private static void store(CallFrame f, Shapes.Path path, Object updated) {
        if (path.rootKind() == 1) {
            Cell cell = f.upvalues[path.rootIndex()];
            if (cell.raw() != null) {
                cell.setUpdated(updated);
            } else {
                storeGlobal(f, path.rootName(), updated);
            }
        } else {
            storeGlobal(f, path.rootName(), updated);
        }
    }

    private static void storeGlobal(CallFrame f, String name, Object updated) {
        GlobalVar var = f.globals.lookupVar(name);
        if (var == null) {
            throw new RuffRuntimeError("Cannot update native binding: " + name);
        }
        var.setUpdated(updated);
    }

    /** Binds an argument, the receiver or a legacy method's field to a fresh frame's slot. */
    static void bindParam(Object[] regs, int slot, boolean captured, Object value) {
        regs[slot] = captured ? new Cell(value) : Values.retain(value);
    }

    /** Legacy methods (no {@code self}) see the receiver's fields as locals. */
    static void bindFields(FunctionProto p, Object[] regs, StructInstance receiver) {
        String[] names = p.fieldNames();
        for (int i = 0; i < names.length; i++) {
            Object value = receiver.field(names[i]);
            if (value != null) {
                bindParam(regs, p.fieldSlots()[i], p.fieldCaptured()[i], value);
            }
        }
    }
}
