package dev.ruff.spi;

/**
 * A group of natives. Implementations listed in {@code META-INF/services/dev.ruff.spi.RuffModule}
 * are found with {@link java.util.ServiceLoader}; a host can also pass instances to the engine builder.
 *
 * <pre>{@code
 * public final class GreetModule implements RuffModule {
 *     public String name() { return "greet"; }
 *     public void register(NativeRegistry registry) {
 *         registry.function("greet", Arity.exact(1), Capability.NONE, "Greets someone.",
 *                 call -> "Hello, " + call.arg(0) + "!");
 *     }
 * }
 * }</pre>
 *
 * <h2>A host pays for what it uses</h2>
 *
 * <p>Every native is registered, but nothing a native needs is built until a script calls it:</p>
 * <ul>
 *   <li><b>{@code register} only registers.</b> It runs when an engine first needs one of the module's
 *       names (or lists the natives), so it must not parse, read files, open connections, start threads
 *       or create mappers, ciphers, {@code SecureRandom}s, HTTP clients or regex patterns.</li>
 *   <li><b>No heavy static fields in the module class</b>, and none in any class {@code register}
 *       touches: the JVM initialises them when the module is instantiated. Keep such objects in the class
 *       that implements the natives, in a holder the first call initialises:
 *       <pre>{@code
 * final class YamlNatives {
 *     private static final class Mapper {                 // built at the first YAML call
 *         static final YAMLMapper YAML = new YAMLMapper();
 *     }
 *     static Object parseYaml(NativeCall call) { ... Mapper.YAML.readTree(text) ... }
 * }
 *       }</pre></li>
 *   <li><b>Reach a native that uses a library through a lambda</b>, {@code call -> YamlNatives.parseYaml(call)},
 *       not a method reference {@code YamlNatives::parseYaml}: registering a method reference makes the
 *       JVM load and verify the target class, and verifying it loads the library classes its code
 *       catches or passes around. A lambda's target class loads at the first call.</li>
 *   <li><b>Ship a {@link NativeIndex}</b> (generated at build time; {@code ruff-stdlib} does) so that
 *       engines install the module only when a script first looks up one of its names. Without an index
 *       the module is installed whenever an engine is built.</li>
 * </ul>
 *
 * <p>{@code StartupLazinessTest} in {@code ruff-stdlib} fails when a stdlib module loads Jackson or
 * BouncyCastle while registering, or registers before a script uses it.</p>
 */
public interface RuffModule {
    /** A short unique name, e.g. {@code strings}. */
    String name();

    /**
     * Adds this module's natives and constants. Called at most once per engine, possibly while a
     * script runs (on the script's thread) rather than when the engine is built; it must be cheap
     * and free of side effects beyond registering (see the class documentation).
     */
    void register(NativeRegistry registry);
}
