package dev.ruff.vm;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.runtime.GeneratorValue;

/**
 * The value a {@code func*} call returns on the VM ({@code type()} {@code generator}). It owns the
 * body's frame and a VM of its own: each step of a {@code for} loop resumes the frame up to its next
 * {@code yield}, on the consuming thread. No thread is kept per generator, so an abandoned one is
 * simply garbage.
 */
final class VmGenerator extends GeneratorValue {
    private final VirtualMachine vm;
    private final CallFrame root;
    private boolean finished;
    private boolean running;

    VmGenerator(VirtualMachine vm, CallFrame root, int paramCount) {
        super(paramCount);
        this.vm = vm;
        this.root = root;
    }

    @Override
    protected synchronized Object[] advance() {
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
    protected synchronized boolean isFinished() {
        return finished;
    }
}
