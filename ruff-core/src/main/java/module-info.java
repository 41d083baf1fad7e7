/**
 * Ruff for the JVM: the language, its two backends and the host API.
 *
 * <p>Hosts see {@code dev.ruff} (engine, script, context, conversions), {@code dev.ruff.spi} (native
 * modules), {@code dev.ruff.diag} (errors) and {@code dev.ruff.host} (views of Ruff values). The front end,
 * the backends, the runtime and the async machinery stay inside; the standard library, which builds Ruff
 * values itself, is the only module they are exported to.</p>
 */
module dev.ruff {
    requires org.slf4j;
    requires org.objectweb.asm;
    requires com.google.common;

    exports dev.ruff;
    exports dev.ruff.spi;
    exports dev.ruff.diag;
    exports dev.ruff.host;

    exports dev.ruff.runtime to dev.ruff.stdlib;
    exports dev.ruff.async to dev.ruff.stdlib;
    exports dev.ruff.exec to dev.ruff.stdlib;

    uses dev.ruff.spi.RuffModule;
}
