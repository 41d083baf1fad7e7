package dev.ruff.stdlib;

import dev.ruff.runtime.RuffCallable;
import java.util.function.Function;

/** A test stand-in for a user-defined Ruff function: a Java lambda the {@link TestContext} invoker runs. */
public record ScriptFunction(String name, Function<Object[], Object> body) implements RuffCallable {

    public static ScriptFunction of(Function<Object[], Object> body) {
        return new ScriptFunction("<lambda>", body);
    }
}
