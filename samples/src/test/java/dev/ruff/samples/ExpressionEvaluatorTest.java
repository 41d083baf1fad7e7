package dev.ruff.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import javax.script.ScriptException;
import org.junit.jupiter.api.Test;

class ExpressionEvaluatorTest {
    private final ExpressionEvaluator evaluator = new ExpressionEvaluator();

    @Test
    void evaluatesExpressionsWithBindings() throws ScriptException {
        assertEquals(25.65, (Double) evaluator.evaluate("price * qty * (1 - discount)",
                Map.of("price", 9.5, "qty", 3, "discount", 0.1)), 1e-9);
        assertEquals("Hello, Ada", evaluator.evaluate("\"Hello, ${name}\"", Map.of("name", "Ada")));
        assertEquals(List.of(2L, 4L), evaluator.evaluate("map(xs, func(x) { return x * 2 })",
                Map.of("xs", List.of(1, 2))));
    }

    @Test
    void eachEvaluationHasFreshBindings() throws ScriptException {
        evaluator.evaluate("leak := 1", Map.of());
        ScriptException e = assertThrows(ScriptException.class, () -> evaluator.evaluate("leak", Map.of()));
        assertEquals(1, e.getLineNumber());
    }

    @Test
    void commandLineValuesAreTyped() {
        assertEquals(3L, ExpressionEvaluator.parse("3"));
        assertEquals(0.5, ExpressionEvaluator.parse("0.5"));
        assertEquals(true, ExpressionEvaluator.parse("true"));
        assertEquals("DE", ExpressionEvaluator.parse("DE"));
    }
}
