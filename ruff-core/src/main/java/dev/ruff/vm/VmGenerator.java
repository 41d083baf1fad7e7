package dev.ruff.vm;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.runtime.RuffHandle;
import dev.ruff.runtime.RuffIterable;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The value a {@code func*} call returns on the VM ({@code type()} {@code generator}). It owns the
 * body's frame and a VM of its own: each step of a {@code for} loop resumes the frame up to its next
 * {@code yield}, on the consuming thread. No thread is kept per generator, so an abandoned one is
 * simply garbage.
 */
final class VmGenerator implements RuffHandle, RuffIterable {
    private final VirtualMachine vm;
    private final CallFrame root;
    private final int paramCount;
    private boolean finished;
    private boolean running;

    VmGenerator(VirtualMachine vm, CallFrame root, int paramCount) {
        this.vm = vm;
        this.root = root;
        this.paramCount = paramCount;
    }

    /** Runs the body to its next yield: the value in a one-element array, or null once it has finished. */
    private synchronized Object[] advance() {
        if (finished) {
            return null;
        }
        if (running) {
            throw new RuffRuntimeError("generator is already running");
        }
        running = true;
        Object result;
        try {
            result = vm.resumeGenerator(root);
        } catch (RuntimeException e) {
            finished = true;
            throw e;
        } finally {
            running = false;
        }
        if (result == VirtualMachine.SUSPENDED) {
            return new Object[] {vm.takeYielded()};
        }
        finished = true;
        return null;
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
        return (finished ? "<exhausted generator (" : "<generator (") + paramCount + " params)>";
    }

    private final class Steps implements Iterator<Object> {
        private Object[] pending;

        @Override
        public boolean hasNext() {
            if (pending == null) {
                pending = advance();
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
