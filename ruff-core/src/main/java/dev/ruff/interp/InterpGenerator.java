package dev.ruff.interp;

import dev.ruff.async.ThreadedGenerator;
import dev.ruff.runtime.RuffHandle;
import dev.ruff.runtime.RuffIterable;
import java.lang.ref.Cleaner;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The value a {@code func*} call returns on the interpreter ({@code type()} {@code generator}). Its
 * body runs lazily on a {@link ThreadedGenerator}: each step of a {@code for} loop resumes it up to
 * the next {@code yield}. When the value becomes unreachable (a loop left early) the suspended body is
 * closed, so abandoned generators do not keep their thread.
 */
final class InterpGenerator implements RuffHandle, RuffIterable {
    private static final Cleaner CLEANER = Cleaner.create();

    private final ThreadedGenerator run;
    private final int paramCount;

    InterpGenerator(ThreadedGenerator run, int paramCount) {
        this.run = run;
        this.paramCount = paramCount;
        CLEANER.register(this, run::close); // the action must not reference this object
    }

    @Override
    public Iterator<Object> iterator() {
        return new Steps();
    }

    @Override
    public String typeName() {
        return "generator";
    }

    @Override
    public String debug() {
        return "Generator";
    }

    @Override
    public String display() {
        return (run.isFinished() ? "<exhausted generator (" : "<generator (") + paramCount + " params)>";
    }

    /** Not static: a running loop keeps the generator reachable, so the cleaner cannot close it mid-loop. */
    private final class Steps implements Iterator<Object> {
        private Object[] pending;

        @Override
        public boolean hasNext() {
            if (pending == null) {
                pending = run.advance();
            }
            return pending != null;
        }

        @Override
        public Object next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Object v = pending[0];
            pending = null;
            return v;
        }
    }
}
