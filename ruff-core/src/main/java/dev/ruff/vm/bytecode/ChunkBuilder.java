package dev.ruff.vm.bytecode;

import dev.ruff.diag.SourcePos;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Accumulates one chunk's instructions, constants and positions while a function is compiled, and
 * computes the operand stack's maximum depth when it is finished.
 */
public final class ChunkBuilder {
    private int[] code = new int[64];
    private SourcePos[] positions = new SourcePos[64];
    private int size;
    private final List<Object> constants = new ArrayList<>();
    /** Literal constants are shared by value; other constants (shapes, prototypes) by identity. */
    private final Map<Object, Integer> literalIndex = new HashMap<>();
    private int cacheCount;

    /** Position errors of the statement being compiled are reported at. */
    public SourcePos statementPos;

    public int here() {
        return size;
    }

    /** Appends an instruction; returns its pc. */
    public int emit(int op, SourcePos pos, int... operands) {
        if (operands.length != OpCode.width(op) - 1) {
            throw new IllegalArgumentException(OpCode.name(op) + " takes " + (OpCode.width(op) - 1) + " operands");
        }
        ensure(1 + operands.length);
        int pc = size;
        positions[pc] = pos;
        code[size++] = op;
        for (int operand : operands) {
            code[size++] = operand;
        }
        return pc;
    }

    /**
     * Records where operand {@code operand} of the instruction at {@code pc} reports errors: for fused
     * instructions whose parts fail at different positions (a local's fallback read vs the operator).
     */
    public void operandPosition(int pc, int operand, SourcePos pos) {
        positions[pc + 1 + operand] = pos;
    }

    /** Appends an instruction reporting errors at the current statement. */
    public int emit(int op, int... operands) {
        return emit(op, statementPos, operands);
    }

    /** Points the jump-target operand of the instruction at {@code pc} to the current end. */
    public void patch(int pc) {
        patch(pc, size);
    }

    public void patch(int pc, int target) {
        int op = code[pc];
        int operand = OpCode.info(op).targetOperand();
        if (operand < 0) {
            throw new IllegalArgumentException(OpCode.name(op) + " has no target");
        }
        code[pc + 1 + operand] = target;
    }

    public int constant(Object value) {
        boolean literal = value instanceof String || value instanceof Long || value instanceof Double;
        if (literal) {
            // Keyed with the class so 1 and 1.0 stay distinct.
            Object key = List.of(value.getClass(), value);
            Integer existing = literalIndex.get(key);
            if (existing != null) {
                return existing;
            }
            literalIndex.put(key, constants.size());
        }
        constants.add(value);
        return constants.size() - 1;
    }

    public int newCache() {
        return cacheCount++;
    }

    private void ensure(int more) {
        if (size + more > code.length) {
            int n = Math.max(code.length * 2, size + more);
            code = Arrays.copyOf(code, n);
            positions = Arrays.copyOf(positions, n);
        }
    }

    public Chunk build(String name, String file, int slotCount) {
        int[] finalCode = Arrays.copyOf(code, size);
        Object[] pool = constants.toArray();
        return new Chunk(name, file, finalCode, pool, Arrays.copyOf(positions, size), slotCount,
                maxStack(finalCode, pool), cacheCount);
    }

    // ------------------------------------------------------------------ stack depth

    /** The operand stack's maximum depth, plus one. */
    private static int maxStack(int[] code, Object[] pool) {
        int[] depthAt = stackDepths(code, pool);
        int max = 0;
        for (int pc = 0; pc < code.length; pc += OpCode.width(code[pc])) {
            if (depthAt[pc] >= 0) {
                max = Math.max(max, depthAt[pc] + Math.max(effect(code, pc, pool), 0));
            }
        }
        return max + 1;
    }

    /**
     * Follows every path through the code, recording the operand stack depth on entry to each instruction
     * (-1 where no path reaches). Compiled code ({@code JitCodegen}) keeps each stack slot in a JVM local,
     * so it needs the depth at every instruction, not only the maximum.
     */
    static int[] stackDepths(int[] code, Object[] pool) {
        int[] depthAt = new int[code.length + 1];
        Arrays.fill(depthAt, -1);
        Deque<int[]> work = new ArrayDeque<>();
        work.push(new int[] {0, 0});
        while (!work.isEmpty()) {
            int[] item = work.pop();
            int pc = item[0];
            int depth = item[1];
            while (pc < code.length) {
                if (depthAt[pc] >= depth) {
                    break;
                }
                depthAt[pc] = depth;
                int op = code[pc];
                OpInfo info = OpCode.info(op);
                if (info.targetOperand() >= 0) {
                    work.push(new int[] {info.target(code, pc), depth + info.takenEffect(code, pc, pool)});
                }
                if (!info.fallsThrough()) {
                    break;
                }
                int next = pc + info.width();
                int effect = info.effect(code, pc, pool);
                depth += effect;
                if (depth < 0) {
                    throw new IllegalStateException("operand stack underflow at " + pc + " (" + OpCode.name(op) + ")");
                }
                if (depth > code.length) {
                    // No instruction pushes more than one value: a loop that grows the stack is a compiler bug.
                    throw new IllegalStateException("operand stack grows without bound at " + pc + " (" + OpCode.name(op) + ")");
                }
                pc = next;
            }
        }
        return depthAt;
    }

    /** Net stack change of the instruction at {@code pc} on its fall-through path. */
    static int effect(int[] code, int pc, Object[] pool) {
        return OpCode.info(code[pc]).effect(code, pc, pool);
    }
}
