package dev.ruff.samples;

import java.util.Map;
import javax.script.Bindings;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;

/**
 * The smallest host: evaluate one Ruff expression with variables, through {@code javax.script} only (no Ruff
 * type appears here; the engine is found by name on the class path).
 *
 * <pre>java -cp … dev.ruff.samples.ExpressionEvaluator "price * qty * (1 - discount)" price=9.5 qty=3 discount=0.1</pre>
 */
public final class ExpressionEvaluator {
    private final ScriptEngine engine;

    /** Finds the Ruff engine through {@link ScriptEngineManager}. */
    public ExpressionEvaluator() {
        engine = new ScriptEngineManager().getEngineByName("ruff");
        if (engine == null) {
            throw new IllegalStateException("no JSR-223 engine named ruff on the class path");
        }
    }

    /** Evaluates {@code expression} with {@code variables} as its globals, in fresh bindings. */
    public Object evaluate(String expression, Map<String, ?> variables) throws ScriptException {
        Bindings bindings = engine.createBindings();
        bindings.putAll(variables);
        return engine.eval(expression, bindings);
    }

    /** Parses {@code name=value} arguments: integers, decimals, {@code true}/{@code false}, else text. */
    static Object parse(String text) {
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notInt) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException notNumber) {
                return text;
            }
        }
    }

    /** {@code ExpressionEvaluator EXPRESSION [name=value…]}: prints the value. */
    public static void main(String[] args) throws ScriptException {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            variables.put(args[i].substring(0, eq), parse(args[i].substring(eq + 1)));
        }
        System.out.println(new ExpressionEvaluator().evaluate(args[0], variables));
    }
}
