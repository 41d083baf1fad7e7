package dev.ruff.resolve;

/**
 * How a closure obtains one captured variable when it is created: from a slot of the enclosing
 * frame ({@code fromParentLocal}) or from the enclosing closure's own upvalues.
 */
public record UpvalueDesc(boolean fromParentLocal, int index, String name) {
}
