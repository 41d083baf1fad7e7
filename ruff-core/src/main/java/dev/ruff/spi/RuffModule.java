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
 */
public interface RuffModule {
    /** A short unique name, e.g. {@code strings}. */
    String name();

    /** Adds this module's natives and constants. */
    void register(NativeRegistry registry);
}
