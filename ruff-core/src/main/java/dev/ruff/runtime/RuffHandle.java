package dev.ruff.runtime;

/**
 * A library value that is not one of the core value kinds (set, queue, stack, bytes, channel,
 * promise, generator, image, database, zip archive …). The runtime asks the handle for its type
 * name, renderings, fields and index reads instead of knowing each library class.
 */
public interface RuffHandle {
    /** The lower-case name {@code type()} reports, e.g. {@code set}, {@code channel}, {@code generator}. */
    String typeName();

    /** The debug rendering used in error messages, e.g. {@code Set{3 items}}, {@code Channel}. */
    String debug();

    /** The display rendering ({@code print}, {@code to_string}); upstream shows {@code <unknown>} for handles. */
    default String display() {
        return "<unknown>";
    }

    /** The value of {@code handle.name} (e.g. an image's {@code width}), or Java {@code null} if there is none. */
    default Object field(String name) {
        return null;
    }

    /** The value of {@code handle[index]}, or Java {@code null} if the handle is not indexable. */
    default Object index(Object index) {
        return null;
    }
}
