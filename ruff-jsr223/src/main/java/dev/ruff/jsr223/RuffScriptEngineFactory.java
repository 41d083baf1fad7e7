package dev.ruff.jsr223;

import dev.ruff.RuffEngine;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/**
 * The JSR-223 factory of Ruff script engines, registered in
 * {@code META-INF/services/javax.script.ScriptEngineFactory}: names {@code ruff} and {@code Ruff},
 * extension {@code ruff}, MIME types {@code application/x-ruff} and {@code text/x-ruff}.
 *
 * <p>Engines are {@code MULTITHREADED}: a {@link javax.script.CompiledScript} may run on many threads at once,
 * each against its own bindings; evaluations that share one set of bindings run one at a time. A host that
 * wants other engine settings (capabilities, an executor, host methods scripts may call …) creates the
 * factory with {@link #RuffScriptEngineFactory(Consumer)} and asks it for engines directly.</p>
 */
public final class RuffScriptEngineFactory implements ScriptEngineFactory {
    /** The engine's name, {@code ScriptEngine.ENGINE}. */
    public static final String ENGINE_NAME = "Ruff for the JVM";
    /** The language's name, {@code ScriptEngine.LANGUAGE}. */
    public static final String LANGUAGE_NAME = "Ruff";
    /** The version of the Ruff language the engine implements. */
    public static final String LANGUAGE_VERSION = "0.1";
    /** The context attribute (any scope) naming the {@code java.util.concurrent.Executor} async work uses. */
    public static final String EXECUTOR_ATTRIBUTE = "ruff.executor";

    private static final List<String> NAMES = List.of("ruff", "Ruff");
    private static final List<String> EXTENSIONS = List.of("ruff");
    private static final List<String> MIME_TYPES = List.of("application/x-ruff", "text/x-ruff");

    private final Consumer<RuffEngine.Builder> configuration;

    /** The factory {@link javax.script.ScriptEngineManager} finds: engines with the default settings. */
    public RuffScriptEngineFactory() {
        // a nested class, not a lambda: ScriptEngineManager makes this factory before a host's first eval, and
        // each lambda spins a class at first use
        this(new Consumer<RuffEngine.Builder>() {
            @Override
            public void accept(RuffEngine.Builder builder) {
                // the defaults
            }
        });
    }

    /**
     * A factory whose engines are built by a {@link RuffEngine.Builder} that {@code configuration} has set up
     * (granted capabilities, an executor, exported host methods, …).
     */
    public RuffScriptEngineFactory(Consumer<RuffEngine.Builder> configuration) {
        this.configuration = Objects.requireNonNull(configuration);
    }

    @Override
    public String getEngineName() {
        return ENGINE_NAME;
    }

    @Override
    public String getEngineVersion() {
        String version = RuffEngine.class.getPackage().getImplementationVersion();
        return version != null ? version : "0.1.0-SNAPSHOT";
    }

    @Override
    public List<String> getExtensions() {
        return EXTENSIONS;
    }

    @Override
    public List<String> getMimeTypes() {
        return MIME_TYPES;
    }

    @Override
    public List<String> getNames() {
        return NAMES;
    }

    @Override
    public String getLanguageName() {
        return LANGUAGE_NAME;
    }

    @Override
    public String getLanguageVersion() {
        return LANGUAGE_VERSION;
    }

    @Override
    public Object getParameter(String key) {
        return switch (key) {
            case ScriptEngine.ENGINE -> getEngineName();
            case ScriptEngine.ENGINE_VERSION -> getEngineVersion();
            case ScriptEngine.NAME -> NAMES.get(0);
            case ScriptEngine.LANGUAGE -> getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION -> getLanguageVersion();
            case "THREADING" -> "MULTITHREADED";
            default -> null;
        };
    }

    /** {@code obj.m(a, b)}: Ruff's method-call syntax. */
    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return obj + "." + m + "(" + String.join(", ", args) + ")";
    }

    /** {@code print("…")} with the text quoted as a Ruff string literal. */
    @Override
    public String getOutputStatement(String toDisplay) {
        return "print(" + quote(toDisplay) + ")";
    }

    /** The statements, one per line (Ruff needs no separators). */
    @Override
    public String getProgram(String... statements) {
        return String.join("\n", statements) + "\n";
    }

    @Override
    public ScriptEngine getScriptEngine() {
        RuffEngine.Builder builder = RuffEngine.builder();
        configuration.accept(builder);
        return new RuffScriptEngine(this, builder.build());
    }

    /** A Ruff string literal for {@code text}: quotes, backslashes, {@code $} (interpolation) and controls escaped. */
    static String quote(String text) {
        return text.chars().mapToObj(c -> switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '$' -> "\\$";
            default -> String.valueOf((char) c);
        }).collect(Collectors.joining("", "\"", "\""));
    }
}
