package dev.ruff.vm.bytecode;

/**
 * What one opcode is, in the table {@link OpCode#info} reads: its name, the kinds of its operands, how it
 * changes the operand stack and where control goes after it.
 *
 * @param code the opcode (the int in {@link Chunk#code()})
 * @param name the mnemonic
 * @param operands one letter per int operand following the opcode: {@code S} frame slot, {@code K} constant
 *     pool index, {@code C} inline cache index, {@code T} absolute jump target, {@code N} a plain number
 * @param effect net change of the operand stack when control falls through to the next instruction
 * @param takenEffect net change when control goes to the target operand, for instructions with one (else null)
 * @param flags {@link #JUMPS}, {@link #BRANCHES}, {@link #HANDLER}, {@link #TERMINATES}, {@link #INFALLIBLE},
 *     {@link #SUSPENDS}
 */
public record OpInfo(int code, String name, String operands, StackEffect effect, StackEffect takenEffect, int flags) {
    /** Always goes to its target (an unconditional jump). */
    public static final int JUMPS = 1;
    /** Goes to its target or falls through. */
    public static final int BRANCHES = 2;
    /** Falls through, and installs its target as the handler of errors raised until the matching TRY_END. */
    public static final int HANDLER = 4;
    /** Leaves the frame (return or raise): no successor in the chunk. */
    public static final int TERMINATES = 8;
    /** Never raises, so compiled code need not record its position. */
    public static final int INFALLIBLE = 16;
    /** May suspend the frame (async tasks, generators). */
    public static final int SUSPENDS = 32;

    /** A stack effect, which may depend on the instruction's operands or the constants they name. */
    @FunctionalInterface
    public interface StackEffect {
        int of(int[] code, int pc, Object[] pool);
    }

    public OpInfo {
        boolean hasTarget = operands.indexOf('T') >= 0;
        if (hasTarget != (takenEffect != null) || hasTarget != ((flags & (JUMPS | BRANCHES | HANDLER)) != 0)) {
            throw new IllegalArgumentException(name + ": a target operand goes with a taken effect and a jump flag");
        }
    }

    /** Number of ints the instruction occupies, opcode included. */
    public int width() {
        return 1 + operands.length();
    }

    /** Index of the jump-target operand, or -1. */
    public int targetOperand() {
        return operands.indexOf('T');
    }

    /** The jump target of the instruction at {@code pc} (which must have one). */
    public int target(int[] code, int pc) {
        return code[pc + 1 + targetOperand()];
    }

    public boolean is(int flag) {
        return (flags & flag) != 0;
    }

    /** Whether control may continue with the next instruction. */
    public boolean fallsThrough() {
        return (flags & (JUMPS | TERMINATES)) == 0;
    }

    /** Net stack change of the instruction at {@code pc} when it falls through. */
    public int effect(int[] code, int pc, Object[] pool) {
        return effect.of(code, pc, pool);
    }

    /** Net stack change of the instruction at {@code pc} when it goes to its target. */
    public int takenEffect(int[] code, int pc, Object[] pool) {
        return takenEffect.of(code, pc, pool);
    }
}
