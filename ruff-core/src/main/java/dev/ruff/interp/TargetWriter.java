package dev.ruff.interp;

import dev.ruff.ast.Expr;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.resolve.VarRef;
import dev.ruff.runtime.Cell;
import dev.ruff.runtime.Fields;
import dev.ruff.runtime.GlobalVar;
import dev.ruff.runtime.Indexing;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.StructInstance;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes through a field/index path such as {@code a.b[i].c := v} with value semantics: walking from
 * the variable down, every container on the path is made exclusive (copied if anything else holds it
 * and the copy stored into its parent), so the final write can happen in place without any other
 * holder seeing it.
 */
final class TargetWriter {
    /** One step of the path: {@code .name} or {@code [key]}. */
    private record Step(String field, Object key) {
        Object get(Object container) {
            return field != null ? Fields.get(container, field) : Indexing.get(container, key);
        }

        Object set(Object container, Object value) {
            return field != null ? Fields.set(container, field, value) : Indexing.set(container, key, value);
        }
    }

    private final TreeWalker walker;

    TargetWriter(TreeWalker walker) {
        this.walker = walker;
    }

    void write(Expr target, Object value) {
        List<Step> steps = new ArrayList<>();
        Expr root = collect(target, steps);
        if (!(root instanceof Expr.Ident id)) {
            throw new RuffRuntimeError("Invalid assignment target").at(target.pos());
        }
        Frame frame = walker.frame();
        VarRef ref = frame.resolution.ref(id);
        Object container = readForUpdate(ref, frame);
        Object owned = exclusive(container);
        if (owned != container) {
            store(ref, owned, frame);
        }
        for (int i = 0; i < steps.size() - 1; i++) {
            Step step = steps.get(i);
            Object child = step.get(owned);
            Object ownedChild = exclusive(child);
            if (ownedChild != child) {
                step.set(owned, ownedChild);
            }
            owned = ownedChild;
        }
        Object result = steps.get(steps.size() - 1).set(owned, value);
        if (result != owned) {
            throw new IllegalStateException("in-place update expected on an exclusive container");
        }
    }

    /** Collects the steps root-first, evaluating index expressions left to right; returns the root. */
    private Expr collect(Expr e, List<Step> steps) {
        if (e instanceof Expr.Field f) {
            Expr root = collect(f.object(), steps);
            steps.add(new Step(f.name(), null));
            return root;
        }
        if (e instanceof Expr.Index ix) {
            Expr root = collect(ix.object(), steps);
            steps.add(new Step(null, walker.eval(ix.index())));
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
            if (cell.get() != null) {
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

    /** The container itself when nobody else holds it, else a fresh copy to update instead. */
    private static Object exclusive(Object value) {
        if (value instanceof RuffArray a) {
            return a.canUpdateInPlace() ? a : a.copy();
        }
        if (value instanceof RuffDict d) {
            return d.canUpdateInPlace() ? d : d.copy();
        }
        if (value instanceof StructInstance s) {
            return s.canUpdateInPlace() ? s : s.copy();
        }
        return value;
    }
}
