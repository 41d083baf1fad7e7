package dev.ruff.host;

import java.util.Optional;

/**
 * A Ruff {@code Some(value)} or {@code None} seen from Java. A Java {@link Optional} passed into Ruff
 * becomes an Option too.
 */
public interface RuffOption {
    /** True for {@code Some}, false for {@code None}. */
    boolean isSome();

    /** The converted payload of {@code Some}; {@code null} for {@code None} (and for {@code Some(null)}). */
    Object value();

    /** {@code Optional.ofNullable(value())}: {@code Some(null)} and {@code None} both give an empty one. */
    default Optional<Object> toOptional() {
        return Optional.ofNullable(value());
    }
}
