package dev.ruff.vm.bytecode;

import dev.ruff.diag.SourcePos;

/**
 * The bytecode of one function (or module body): instructions, constant pool, the source position
 * each instruction reports errors at, and the frame layout. Immutable apart from the inline caches,
 * whose entries are immutable objects validated on use, so one chunk may run on many threads.
 */
public final class Chunk {
    private final String name;
    private final String file;
    private final int[] code;
    private final Object[] constants;
    private final SourcePos[] positions;
    private final int slotCount;
    private final int maxStack;
    public final Object[] caches;
    /**
     * This chunk's function compiled to JVM bytecode (a {@code dev.ruff.vm.CompiledBody}), once the compile tier
     * made it; null before or never.
     */
    public volatile CompiledCode compiled;
    /** Calls counted towards compilation; negative once the chunk was found not compilable (racy by design). */
    public int hotness;
    /** Set when compiled code's guess about a value's type failed: the chunk is recompiled without guesses. */
    public volatile boolean guessFailed;
    /**
     * Per code index, whether the {@code FOR_NEXT} there is guessed to give floats: set (copy on write) when
     * compiled code guessing an int item got a float instead; null while no such guess failed.
     */
    public volatile boolean[] floatItems;

    Chunk(String name, String file, int[] code, Object[] constants, SourcePos[] positions, int slotCount,
          int maxStack, int cacheCount) {
        this.name = name;
        this.file = file;
        this.code = code;
        this.constants = constants;
        this.positions = positions;
        this.slotCount = slotCount;
        this.maxStack = maxStack;
        this.caches = new Object[cacheCount];
    }

    /** The function's name ({@code <main>} for a module body). */
    public String name() {
        return name;
    }

    /** The source file, for relative imports. */
    public String file() {
        return file;
    }

    public int[] code() {
        return code;
    }

    public Object[] constants() {
        return constants;
    }

    /** Where the instruction starting at {@code pc} reports its errors (the interpreter's position for it). */
    public SourcePos positionAt(int pc) {
        return positions[pc];
    }

    SourcePos[] positions() {
        return positions;
    }

    /** Frame slots for locals, as the resolver laid them out. */
    public int slotCount() {
        return slotCount;
    }

    /** The deepest the operand stack gets. */
    public int maxStack() {
        return maxStack;
    }

    /** Frame size: locals then operand stack. */
    public int frameSize() {
        return slotCount + maxStack;
    }

    /**
     * The first RETURN instruction, or -1: where the dispatch loop finishes a frame that compiled code ran to
     * its end (the VM and the compile tier both need it, so it lives with the code).
     */
    public int returnPc() {
        for (int pc = 0; pc < code.length; pc += OpCode.width(code[pc])) {
            if (code[pc] == OpCode.RETURN) {
                return pc;
            }
        }
        return -1;
    }
}
