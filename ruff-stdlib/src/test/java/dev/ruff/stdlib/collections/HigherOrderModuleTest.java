package dev.ruff.stdlib.collections;

import static dev.ruff.stdlib.Natives.arr;
import static dev.ruff.stdlib.Natives.list;
import static dev.ruff.stdlib.Natives.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.runtime.RuffArray;
import dev.ruff.stdlib.Natives;
import dev.ruff.stdlib.ScriptFunction;
import org.junit.jupiter.api.Test;

class HigherOrderModuleTest {
    private final Natives n = new Natives(new HigherOrderModule(), new ArraysModule());
    private final ScriptFunction doubled = ScriptFunction.of(a -> (Long) a[0] * 2);
    private final ScriptFunction isEven = ScriptFunction.of(a -> (Long) a[0] % 2 == 0);
    private final ScriptFunction add = ScriptFunction.of(a -> (Long) a[0] + (Long) a[1]);

    @Test
    void mapFilterReduce() {
        assertEquals(list(2L, 4L, 6L), plain(n.call("map", arr(1L, 2L, 3L), doubled)));
        assertEquals(list(2L), plain(n.call("filter", arr(1L, 2L, 3L), isEven)));
        // truthiness of the callback result, not just bools
        assertEquals(list(1L, 3L), plain(n.call("filter", arr(1L, 2L, 3L), ScriptFunction.of(a -> (Long) a[0] % 2))));
        assertEquals(16L, n.call("reduce", arr(1L, 2L, 3L), 10L, add));
        assertEquals(10L, n.call("reduce", arr(), 10L, add));
    }

    @Test
    void findAnyAll() {
        assertEquals(2L, n.call("find", arr(1L, 2L, 4L), isEven));
        assertEquals(0L, n.call("find", arr(1L, 3L), isEven));
        assertEquals(true, n.call("any", arr(1L, 2L), isEven));
        assertEquals(false, n.call("any", arr(), isEven));
        assertEquals(false, n.call("all", arr(2L, 3L), isEven));
        assertEquals(true, n.call("all", arr(), isEven));
    }

    @Test
    void wrongArgumentsAndNativeCallbacksAreRejected() {
        assertEquals("map expects an array and a function", n.error("map", "abc", doubled));
        assertEquals("map expects an array and a function", n.error("map", arr(1L), n.function("sum")));
        assertEquals("map expects 2 arguments, got 1", n.error("map", arr()));
        assertEquals("filter expects an array and a function", n.error("filter", arr(), 1L));
        assertEquals("find expects an array and a function", n.error("find", arr(), 1L));
        assertEquals("any expects an array and a function", n.error("any", 1L, isEven));
        assertEquals("all expects an array and a function", n.error("all", 1L, isEven));
        assertEquals("reduce expects an array, an initial value, and a function", n.error("reduce", arr(), 0L, 1L));
        assertEquals("reduce expects 3 arguments, got 2", n.error("reduce", arr(), add));
    }

    @Test
    void callbackErrorsPropagate() {
        ScriptFunction failing = ScriptFunction.of(a -> {
            throw new RuffRuntimeError("boom");
        });
        assertEquals("boom", assertThrows(RuffRuntimeError.class, () -> n.call("map", arr(1L), failing)).getMessage());
    }

    @Test
    void mapAndFilterOfIntsProduceUnboxedArrays() {
        RuffArray doubledAll = (RuffArray) n.call("map", arr(1L, 2L, 300L), doubled);
        assertTrue(doubledAll.isIntStorage());
        assertEquals(list(2L, 4L, 600L), plain(doubledAll));
        RuffArray evens = (RuffArray) n.call("filter", doubledAll, isEven);
        assertTrue(evens.isIntStorage());
        assertEquals(list(2L, 4L, 600L), plain(evens));
    }

    @Test
    void mapSwitchesToBoxedStorageAtTheFirstNonIntResult() {
        ScriptFunction halfFloats = ScriptFunction.of(a -> (Long) a[0] < 3 ? (Object) ((Long) a[0] * 10) : (Object) 0.5);
        RuffArray out = (RuffArray) n.call("map", arr(1L, 2L, 3L, 4L), halfFloats);
        assertFalse(out.isIntStorage());
        assertEquals(list(10L, 20L, 0.5, 0.5), plain(out));
        assertEquals(list("a", 2L), plain(n.call("filter", arr("a", 2L), ScriptFunction.of(a -> true))));
    }
}
