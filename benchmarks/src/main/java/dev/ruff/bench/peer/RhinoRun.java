package dev.ruff.bench.peer;

import dev.ruff.bench.Workload;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.ScriptableObject;

/**
 * A workload's JavaScript twin on Rhino in compiled mode: the script and its functions become JVM
 * classes when it is evaluated (Rhino's default, asked for explicitly here so that an interpreted
 * run cannot pass for a compiled one), with the ES6 language level (for {@code Map}).
 */
final class RhinoRun implements PeerRun {
    /** Every context it makes compiles to classes and speaks ES6. */
    private static final ContextFactory COMPILED_ES6 = new ContextFactory() {
        @Override
        protected void onContextCreated(Context cx) {
            super.onContextCreated(cx);
            cx.setLanguageVersion(Context.VERSION_ES6);
            cx.setInterpretedMode(false);
        }
    };
    private static final Object[] NO_ARGS = {};

    private final ScriptableObject scope;
    private final Function run;

    private RhinoRun(ScriptableObject scope, Function run) {
        this.scope = scope;
        this.run = run;
    }

    static RhinoRun define(Workload workload) {
        try (Context cx = COMPILED_ES6.enterContext()) {
            if (cx.isInterpretedMode()) {
                throw new IllegalStateException("Rhino context is in interpreted mode");
            }
            ScriptableObject scope = cx.initStandardObjects();
            cx.evaluateString(scope, workload.twinSource("js"), workload.name() + ".js", 1, null);
            return new RhinoRun(scope, (Function) ScriptableObject.getProperty(scope, "run"));
        }
    }

    @Override
    public Object callRun() {
        // Entering is a thread-local lookup; JMH may call from another thread than the one that defined.
        try (Context cx = COMPILED_ES6.enterContext()) {
            return run.call(cx, scope, scope, NO_ARGS);
        }
    }

    @Override
    public String resultText(Object result) {
        return PeerRun.numberText(result);
    }
}
