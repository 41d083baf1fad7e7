package dev.ruff.bench;

import java.io.StringWriter;
import java.io.Writer;
import java.util.concurrent.TimeUnit;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleScriptContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ruff in-process through {@code javax.script} only, as a generic host runs it: the engine comes from
 * {@link ScriptEngineManager}, every workload runs in fresh globals ({@code createBindings()}), gets its
 * arguments through {@code javax.script.argv} and prints to the context's writer.
 *
 * <ul>
 * <li>{@code callRun}: one {@code run()} of a defined workload through {@link Invocable#invokeFunction} —
 *     compare with {@link WorkloadBenchmark} to see what the JSR-223 layer costs per call;</li>
 * <li>{@code evalInFreshBindings}: one evaluation of a compiled one-line script in new bindings — the
 *     fixed cost of an {@code eval} (bindings, context, the hop to a script thread).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Jsr223Benchmark {
    /** Which workload {@code callRun} calls (a file name under benchmarks/workloads without .ruff). */
    @Param({"fib", "method_calls"})
    public String workload;

    private ScriptEngine engine;
    private CompiledScript oneLine;

    /** Defines the workload in fresh bindings through javax.script and checks its result. */
    @Setup(Level.Trial)
    public void define() throws ScriptException {
        engine = new ScriptEngineManager().getEngineByName("ruff");
        if (engine == null) {
            throw new IllegalStateException("no javax.script engine named ruff on the class path");
        }
        Workload w = Workload.load(workload);
        ScriptContext context = new SimpleScriptContext();
        context.setBindings(engine.createBindings(), ScriptContext.ENGINE_SCOPE);
        context.setWriter(Writer.nullWriter());
        context.setAttribute(ScriptEngine.ARGV, new String[] {Workload.DEFINE_ONLY}, ScriptContext.ENGINE_SCOPE);
        context.setAttribute(ScriptEngine.FILENAME, w.fileName(), ScriptContext.ENGINE_SCOPE);
        engine.eval(w.source(), context);
        engine.setContext(context);
        String actual = String.valueOf(callRun());
        if (!actual.equals(w.expected())) {
            throw new IllegalStateException(w.name() + " through javax.script returned " + actual + ", expected "
                    + w.expected());
        }
        oneLine = ((Compilable) engine).compile("print(x)\nx + 1");
        StringWriter out = new StringWriter();
        Bindings check = engine.createBindings();
        check.put("x", 41);
        ScriptContext printing = new SimpleScriptContext();
        printing.setBindings(check, ScriptContext.ENGINE_SCOPE);
        printing.setWriter(out);
        if (!Long.valueOf(42).equals(oneLine.eval(printing)) || !out.toString().equals("41\n")) {
            throw new IllegalStateException("one-line script misbehaved: " + out);
        }
    }

    /** One call of the defined workload's {@code run()}. */
    @Benchmark
    public Object callRun() {
        try {
            return ((Invocable) engine).invokeFunction("run");
        } catch (ScriptException | NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One evaluation of a compiled one-line script in fresh bindings, printing to a null writer. */
    @Benchmark
    public Object evalInFreshBindings() throws ScriptException {
        Bindings fresh = engine.createBindings();
        fresh.put("x", 1);
        ScriptContext context = new SimpleScriptContext();
        context.setBindings(fresh, ScriptContext.ENGINE_SCOPE);
        context.setWriter(Writer.nullWriter());
        return oneLine.eval(context);
    }
}
