package dev.ruff.host;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method of a host class as callable from Ruff scripts when an instance is put into a
 * script's globals ({@code obj.method(args)}). Methods without it are invisible to scripts unless the
 * host lists them with {@code RuffEngine.Builder.exportMethods}; methods of {@link Object}, and anything
 * reaching classes, class loaders or reflection, are never callable.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RuffExport {
    /** The name scripts call the method by; empty (the default) means the Java method's name. */
    String value() default "";
}
