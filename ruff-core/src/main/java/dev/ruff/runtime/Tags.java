package dev.ruff.runtime;

/** Builds enum tag values {@code Enum::Variant(args…)} (§3.10). */
public final class Tags {
    private Tags() {
    }

    /**
     * The value of {@code enumName::variant(args…)}. {@code Result::Ok/Err} and {@code Option::Some/None}
     * are the built-in Result/Option values whatever the program declares (a missing payload is {@code null},
     * extra arguments are ignored); every other tag is a {@link TaggedValue} with positional payload.
     */
    public static Object make(String enumName, String variant, Object[] args) {
        if ("Result".equals(enumName)) {
            if ("Ok".equals(variant)) {
                return ResultValue.ok(first(args));
            }
            if ("Err".equals(variant)) {
                return ResultValue.err(first(args));
            }
        } else if ("Option".equals(enumName)) {
            if ("Some".equals(variant)) {
                return OptionValue.some(first(args));
            }
            if ("None".equals(variant)) {
                return OptionValue.NONE;
            }
        }
        return new TaggedValue(enumName, variant, args);
    }

    private static Object first(Object[] args) {
        return args.length == 0 ? RuffNull.NULL : args[0];
    }
}
