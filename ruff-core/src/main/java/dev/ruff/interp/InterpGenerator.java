package dev.ruff.interp;

import dev.ruff.async.ThreadedGenerator;
import dev.ruff.runtime.GeneratorValue;
import java.lang.ref.Cleaner;

/**
 * The value a {@code func*} call returns on the interpreter ({@code type()} {@code generator}). Its
 * body runs lazily on a {@link ThreadedGenerator}: each step of a {@code for} loop resumes it up to
 * the next {@code yield}. When the value becomes unreachable (a loop left early) the suspended body is
 * closed, so abandoned generators do not keep their thread.
 */
final class InterpGenerator extends GeneratorValue {
    private static final Cleaner CLEANER = Cleaner.create();

    private final ThreadedGenerator run;

    InterpGenerator(ThreadedGenerator run, int paramCount) {
        super(paramCount);
        this.run = run;
        CLEANER.register(this, run::close); // the action must not reference this object
    }

    @Override
    protected Object[] advance() {
        return run.advance();
    }

    @Override
    protected boolean isFinished() {
        return run.isFinished();
    }
}
