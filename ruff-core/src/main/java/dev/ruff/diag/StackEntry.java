package dev.ruff.diag;

/**
 * One active Ruff function at the moment an error was raised.
 *
 * @param function the function's name ({@code Struct.method}, {@code <lambda>} for anonymous ones)
 * @param pos      where in that function execution was (the call site or the raising expression), or {@code null}
 */
public record StackEntry(String function, SourcePos pos) {
}
