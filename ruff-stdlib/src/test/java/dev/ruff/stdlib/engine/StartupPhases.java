package dev.ruff.stdlib.engine;

import dev.ruff.RuffEngine;
import java.io.StringWriter;

/**
 * The program {@link StartupLazinessTest} runs in a fresh JVM with class loading logged: it builds an
 * engine, evaluates scripts of growing appetite and prints a marker line after each phase, so the
 * log shows which classes each phase loaded.
 */
public final class StartupPhases {
    static final String AFTER_FIRST_EVAL = "=== phase: engine built, 1 + 1 evaluated";
    static final String AFTER_PLAIN_SCRIPT = "=== phase: strings, arrays, dicts, math";
    static final String AFTER_LISTING = "=== phase: every native listed (every module registered)";
    static final String AFTER_JSON = "=== phase: json and yaml";
    static final String AFTER_PASSWORD = "=== phase: verify_password";

    private StartupPhases() {
    }

    public static void main(String[] args) {
        try (RuffEngine engine = RuffEngine.builder().out(new StringWriter()).build()) {
            engine.eval("1 + 1");
            mark(AFTER_FIRST_EVAL);
            engine.eval("""
                    words := split(to_upper("a,b,c"), ",")
                    counts := {"n": len(words)}
                    total := reduce(map(range(10), func(x) { return x * 2 }), 0, func(a, b) { return a + b })
                    print(join(sort(words), "-"), counts["n"], total, sqrt(16.0), abs(-3))
                    """);
            mark(AFTER_PLAIN_SCRIPT);
            if (engine.natives().globals().size() < 200) {
                throw new IllegalStateException("the stdlib is not on the class path");
            }
            mark(AFTER_LISTING);
            engine.eval("print(parse_json(\"[1, 2]\"), to_yaml({\"a\": 1}))");
            mark(AFTER_JSON);
            engine.eval("""
                    try {
                        verify_password("secret", "not a bcrypt hash")
                    } except err {
                        print(err.message)
                    }
                    """);
            mark(AFTER_PASSWORD);
        }
    }

    private static void mark(String phase) {
        System.out.println(phase);
        System.out.flush();
    }
}
