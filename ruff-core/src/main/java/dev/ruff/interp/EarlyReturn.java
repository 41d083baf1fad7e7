package dev.ruff.interp;

/**
 * The postfix {@code ?} returning {@code Err}/{@code None} from inside an expression. Rare, so an
 * exception (without a stack trace) is the simplest way out of the expression.
 */
final class EarlyReturn extends RuntimeException {
    final Frame frame;
    final Object value;

    EarlyReturn(Frame frame, Object value) {
        super(null, null, false, false);
        this.frame = frame;
        this.value = value;
    }
}
