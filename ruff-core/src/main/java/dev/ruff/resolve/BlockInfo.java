package dev.ruff.resolve;

/**
 * The frame slots a block may bind: {@code [firstSlot, endSlot)}. Backends clear them when the block
 * is entered so each entry (each loop iteration) starts with fresh variables.
 */
public record BlockInfo(int firstSlot, int endSlot) {
    public boolean isEmpty() {
        return endSlot <= firstSlot;
    }
}
