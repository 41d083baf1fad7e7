package dev.ruff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The engine logs through SLF4J (bound to java.util.logging in these tests): lifecycle, denials, the compile tier. */
class EngineLoggingTest {
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("dev.ruff");
    private Level previousLevel;
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            Object[] params = record.getParameters();
            String text = params == null ? record.getMessage()
                    : java.text.MessageFormat.format(record.getMessage(), params);
            messages.add(text);
            if (record.getLevel() == Level.WARNING) {
                warnings.add(text);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        previousLevel = root.getLevel();
        root.setLevel(Level.ALL);
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
    }

    @AfterEach
    void release() {
        root.removeHandler(handler);
        root.setLevel(previousLevel);
    }

    private boolean logged(String fragment) {
        return messages.stream().anyMatch(m -> m.contains(fragment));
    }

    @Test
    void lifecycleDenialsAndCompileDecisionsAreLoggedAtDebug() {
        RuffModule clock = new RuffModule() {
            @Override
            public String name() {
                return "test-clock";
            }

            @Override
            public void register(NativeRegistry registry) {
                registry.function("now", Arity.exact(0), Capability.CLOCK, "The time.", call -> 1L);
            }
        };
        try (RuffEngine engine = RuffEngine.builder().backend(BackendType.VM).compileThreshold(0).denyAll()
                .module(clock).out(new StringWriter()).build()) {
            engine.eval("func twice(x) { return x * 2 }\ntwice(2)");
            assertThrows(RuffRuntimeError.class, () -> engine.eval("now()"));
        }
        assertTrue(logged("Ruff engine built: backend VM"), messages.toString());
        assertTrue(logged("compile tier: compiled twice to JVM bytecode"), messages.toString());
        assertTrue(logged("capability clock denied to native now"), messages.toString());
        assertTrue(logged("Ruff engine closed"), messages.toString());
    }

    private String run(BackendType backend, String source) {
        StringWriter out = new StringWriter();
        RuffModule pause = new RuffModule() {
            @Override
            public String name() {
                return "test-pause";
            }

            @Override
            public void register(NativeRegistry registry) {
                registry.function("pause", Arity.exact(1), Capability.NONE, "Blocks the script thread.", call -> {
                    try {
                        Thread.sleep((Long) call.arg(0));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return dev.ruff.runtime.RuffNull.NULL;
                });
            }
        };
        try (RuffEngine engine = RuffEngine.builder().backend(backend).module(pause).out(out).build()) {
            engine.eval(source);
        }
        return out.toString();
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void rejectionNobodyAwaitsIsLoggedAsAWarning(BackendType backend) {
        // the pause lets the task run and reject before the run ends; otherwise the warning comes at close
        run(backend, """
                async func f() { throw("boom") }
                f()
                pause(200)
                print("done")
                """);
        assertEquals(List.of("Unhandled promise rejection: boom"), warnings);
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void rejectionAwaitedInsideTryIsNotLogged(BackendType backend) {
        assertEquals("caught boom\ncaught late\n", run(backend, """
                async func f(msg) { throw(msg) }
                try { await f("boom") } except e { print("caught " + e.message) }
                p := f("late")
                pause(200)
                try { await p } except e { print("caught " + e.message) }
                """));
        assertEquals(List.of(), warnings, messages.toString());
    }
}
