package dev.ruff.host;

import java.util.List;

/** A value of a Ruff enum ({@code Shape::Circle(2.0)}) seen from Java; the payload is converted. */
public interface RuffEnumValue {
    /** The enum's name, e.g. {@code Shape}. */
    String enumName();

    /** The variant's name, e.g. {@code Circle}. */
    String variant();

    /** The positional payload, converted (unmodifiable, possibly empty). */
    List<Object> payload();
}
