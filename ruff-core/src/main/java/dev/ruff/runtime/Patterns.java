package dev.ruff.runtime;

/** The {@code match} rules of §3.9: which {@code case P} / {@code case P(b)} fits a scrutinee, and what {@code b} binds. */
public final class Patterns {
    private Patterns() {
    }

    /**
     * Whether {@code case pattern} matches {@code subject}. {@code pattern} is the case's name as written:
     * {@code Ok}, {@code Result::Err}, {@code Some}, {@code Option::None}, {@code Color::Red}, or a bare word
     * such as {@code red}, which matches the string {@code "red"}. Ints, bools, arrays, structs and {@code null}
     * never match.
     */
    public static boolean caseMatches(Object subject, String pattern) {
        if (subject instanceof String s) {
            return s.equals(pattern);
        }
        if (subject instanceof ResultValue r) {
            return r.isOk() ? pattern.equals("Ok") || pattern.equals("Result::Ok")
                    : pattern.equals("Err") || pattern.equals("Result::Err");
        }
        if (subject instanceof OptionValue o) {
            return o.isSome() ? pattern.equals("Some") || pattern.equals("Option::Some")
                    : pattern.equals("None") || pattern.equals("Option::None");
        }
        if (subject instanceof TaggedValue t) {
            return pattern.length() == t.enumName().length() + 2 + t.variant().length()
                    && pattern.startsWith(t.enumName()) && pattern.startsWith("::", t.enumName().length())
                    && pattern.endsWith(t.variant());
        }
        return false;
    }

    /** The value {@code b} binds in {@code case P(b)}: the Result/Option payload or tag payload 0; {@code null} if there is none. */
    public static Object casePayload(Object subject) {
        return casePayload(subject, 0);
    }

    /** Payload {@code i} of a matched value ({@code null} when absent); Result/Option have only payload 0. */
    public static Object casePayload(Object subject, int i) {
        if (subject instanceof ResultValue r) {
            return i == 0 ? r.value() : RuffNull.NULL;
        }
        if (subject instanceof OptionValue o) {
            return i == 0 && o.isSome() ? o.value() : RuffNull.NULL;
        }
        if (subject instanceof TaggedValue t && i < t.payloadSize()) {
            return t.payload(i);
        }
        return RuffNull.NULL;
    }

    /**
     * The postfix {@code ?} operator on {@code v}: the payload of {@code Ok}/{@code Some}, or Java null for
     * {@code Err}/{@code None} (the caller returns {@code v} from the function); other values are an error.
     */
    public static Object unwrapOrNull(Object v) {
        if (v instanceof ResultValue r) {
            return r.isOk() ? r.value() : null;
        }
        if (v instanceof OptionValue o) {
            return o.isSome() ? o.value() : null;
        }
        throw new dev.ruff.diag.RuffRuntimeError("Try operator requires Result or Option");
    }
}
