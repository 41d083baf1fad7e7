package dev.ruff.vm.bytecode;

/**
 * A compiled function before it is closed over: its chunk, how arguments and the receiver bind to
 * slots, and where each upvalue comes from when {@link OpCode#CLOSURE} creates a function value.
 *
 * @param name            name for stack traces and arity errors
 * @param arity           arguments a call passes ({@code self} excluded)
 * @param selfSlot        slot of an explicit {@code self} parameter, or -1
 * @param paramSlots      slots of the passed parameters, in order
 * @param paramCaptured   whether each of those is captured (kept in a cell)
 * @param fieldNames      legacy methods: the receiver fields bound as locals
 * @param fieldSlots      their slots
 * @param fieldCaptured   whether each is captured
 * @param upvalueFromLocal per upvalue: from the enclosing frame's slot (true) or its upvalues (false)
 * @param upvalueIndex    per upvalue: that slot or upvalue index
 */
public record FunctionProto(String name, Chunk chunk, int arity, boolean isAsync, boolean isGenerator, int selfSlot,
                     boolean selfCaptured, int[] paramSlots, boolean[] paramCaptured, String[] fieldNames,
                     int[] fieldSlots, boolean[] fieldCaptured, boolean[] upvalueFromLocal, int[] upvalueIndex) {

    /** The prototype of a module body {@code chunk}: no parameters, receiver, fields or upvalues. */
    public static FunctionProto moduleBody(String name, Chunk chunk) {
        return new FunctionProto(name, chunk, 0, false, false, -1, false, new int[0], new boolean[0],
                new String[0], new int[0], new boolean[0], new boolean[0], new int[0]);
    }

    /** Async functions and generators: a call does not run the body in the caller's frame chain. */
    public boolean startsElsewhere() {
        return isAsync || isGenerator;
    }

    @Override
    public String toString() {
        return "<fn " + name + ">";
    }
}
