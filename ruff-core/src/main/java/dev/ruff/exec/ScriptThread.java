package dev.ruff.exec;

/**
 * A thread the engine created to run scripts, with a stack large enough for the deepest Ruff recursion the
 * call-depth limit allows. Backends may use the Java stack more freely on it (compiled code nests Java
 * calls per Ruff call) than on a host's or an executor's thread, whose stack size is unknown.
 */
public final class ScriptThread extends Thread {
    public ScriptThread(Runnable task, String name, long stackSize) {
        // no inherited thread locals: script threads are shared by engines, not owned by the host that made one
        super(null, task, name, stackSize, false);
    }
}
