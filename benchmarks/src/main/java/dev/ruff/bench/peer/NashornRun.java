package dev.ruff.bench.peer;

import dev.ruff.bench.Workload;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.openjdk.nashorn.api.scripting.NashornScriptEngineFactory;

/**
 * A workload's JavaScript twin on Nashorn standalone (the {@code org.openjdk.nashorn} library that
 * replaced the JDK's, for Java 15 and later), in a fresh engine with ES6 enabled (for {@code Map}).
 * Nashorn always compiles to JVM bytecode; it has no interpreter.
 */
final class NashornRun implements PeerRun {
    private final Invocable engine;

    private NashornRun(Invocable engine) {
        this.engine = engine;
    }

    static NashornRun define(Workload workload) {
        ScriptEngine engine = new NashornScriptEngineFactory().getScriptEngine("--language=es6");
        try {
            engine.put(ScriptEngine.FILENAME, workload.name() + ".js");
            engine.eval(workload.twinSource("js"));
        } catch (ScriptException e) {
            throw new IllegalStateException(workload.name() + ".js on Nashorn: " + e.getMessage(), e);
        }
        return new NashornRun((Invocable) engine);
    }

    @Override
    public Object callRun() {
        try {
            return engine.invokeFunction("run");
        } catch (ScriptException | NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String resultText(Object result) {
        return PeerRun.numberText(result);
    }
}
