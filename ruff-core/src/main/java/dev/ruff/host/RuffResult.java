package dev.ruff.host;

/** A Ruff {@code Ok(value)} or {@code Err(error)} seen from Java; the payload is converted. */
public interface RuffResult {
    /** True for {@code Ok}, false for {@code Err}. */
    boolean isOk();

    /** The payload of {@code Ok} or of {@code Err}, converted (may be {@code null}). */
    Object value();
}
