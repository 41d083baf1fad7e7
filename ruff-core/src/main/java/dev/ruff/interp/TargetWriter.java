package dev.ruff.interp;

import dev.ruff.ast.Expr;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.resolve.VarRef;
import dev.ruff.runtime.Cell;
import dev.ruff.runtime.GlobalVar;
import dev.ruff.runtime.PathWrite;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes through a field/index path such as {@code a.b[i].c := v}: evaluates the keys, reads the
 * variable, lets {@link PathWrite} update the value (copy-on-write) and stores a copy back if one was made.
 */
final class TargetWriter {
    private final TreeWalker walker;

    TargetWriter(TreeWalker walker) {
        this.walker = walker;
    }

    void write(Expr target, Object value) {
        List<String> fields = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        Expr root = collect(target, fields, keys);
        if (!(root instanceof Expr.Ident id)) {
            throw new RuffRuntimeError("Invalid assignment target").at(target.pos());
        }
        Frame frame = walker.frame();
        VarRef ref = frame.resolution.ref(id);
        Object container = readForUpdate(ref, frame);
        Object updated = PathWrite.assign(container, fields.toArray(new String[0]), keys.toArray(), value);
        if (updated != container) {
            store(ref, updated, frame);
        }
    }

    /** Collects the steps root-first (a null field is an index step), evaluating keys left to right. */
    private Expr collect(Expr e, List<String> fields, List<Object> keys) {
        if (e instanceof Expr.Field f) {
            Expr root = collect(f.object(), fields, keys);
            fields.add(f.name());
            return root;
        }
        if (e instanceof Expr.Index ix) {
            Expr root = collect(ix.object(), fields, keys);
            keys.add(walker.eval(ix.index()));
            fields.add(null);
            return root;
        }
        return e;
    }

    private Object readForUpdate(VarRef ref, Frame frame) {
        if (ref instanceof VarRef.Global g) {
            GlobalVar var = frame.globals.lookupVar(g.name());
            if (var != null) {
                TreeWalker.checkGlobalWritable(var, true);
            }
        }
        return walker.read(ref);
    }

    private static void store(VarRef ref, Object updated, Frame frame) {
        if (ref instanceof VarRef.Local l) {
            Object slot = frame.slots[l.var().slot()];
            if (slot instanceof Cell c) {
                c.setUpdated(updated);
            } else if (slot != null) {
                frame.slots[l.var().slot()] = dev.ruff.runtime.Values.retain(updated);
            } else {
                storeGlobal(ref.name(), updated, frame);
            }
        } else if (ref instanceof VarRef.Upvalue u) {
            Cell cell = frame.upvalues[u.index()];
            if (cell.raw() != null) {
                cell.setUpdated(updated);
            } else {
                storeGlobal(u.name(), updated, frame);
            }
        } else {
            storeGlobal(ref.name(), updated, frame);
        }
    }

    private static void storeGlobal(String name, Object updated, Frame frame) {
        GlobalVar var = frame.globals.lookupVar(name);
        if (var == null) {
            throw new RuffRuntimeError("Cannot update native binding: " + name);
        }
        var.setUpdated(updated);
    }
}
