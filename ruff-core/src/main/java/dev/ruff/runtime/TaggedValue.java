package dev.ruff.runtime;

import java.util.Arrays;
import java.util.List;

/**
 * An enum tag value {@code Enum::Variant} with a positional payload ({@code type()} is {@code "tagged"}).
 * Result and Option tags are never represented this way; see {@link ResultValue} and {@link OptionValue}.
 */
public final class TaggedValue {
    private final String enumName;
    private final String variant;
    private final Object[] payload;

    public TaggedValue(String enumName, String variant, Object... payload) {
        this.enumName = enumName;
        this.variant = variant;
        this.payload = payload.clone();
        for (Object p : this.payload) {
            Values.retain(p);
        }
    }

    public String enumName() {
        return enumName;
    }

    public String variant() {
        return variant;
    }

    /** {@code Enum::Variant}, the text {@code match} compares against. */
    public String tag() {
        return enumName + "::" + variant;
    }

    public List<Object> payload() {
        return List.of(payload);
    }

    public int payloadSize() {
        return payload.length;
    }

    public Object payload(int i) {
        return payload[i];
    }

    @Override
    public String toString() {
        return tag() + Arrays.toString(payload);
    }
}
