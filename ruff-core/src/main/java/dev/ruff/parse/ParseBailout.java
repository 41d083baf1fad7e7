package dev.ruff.parse;

/**
 * Internal control flow: thrown after a parse diagnostic has been recorded, caught by the nearest
 * statement loop, which resynchronises. Never escapes {@link RuffParser}.
 */
final class ParseBailout extends RuntimeException {
    /** Whether parsing must stop entirely (a nesting limit was hit) rather than resynchronise. */
    final boolean fatal;

    ParseBailout(boolean fatal) {
        super(null, null, false, false);
        this.fatal = fatal;
    }
}
