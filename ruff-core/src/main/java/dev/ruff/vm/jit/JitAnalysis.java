package dev.ruff.vm.jit;

import dev.ruff.vm.bytecode.OpCode;
import dev.ruff.vm.bytecode.OpInfo;
import dev.ruff.vm.bytecode.Chunk;
import dev.ruff.vm.bytecode.FunctionProto;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * What {@link JitCodegen} must know about a chunk before it translates it: the operand-stack depth on entry
 * to every instruction (each stack slot becomes a JVM local, so the depth must be the same on every path)
 * and the innermost try handler active there (which becomes a JVM exception-table entry, so the handlers
 * must nest statically). A chunk that breaks either rule, or uses an instruction compiled code cannot run,
 * is not compiled and stays on the dispatch loop.
 *
 * <p>An async function's body may contain {@code AWAIT}: its frame is always a task's root, entered by
 * on-stack replacement only, and compiled code leaves it at an await that must suspend (so the active handlers
 * are kept per instruction, to be handed back to the frame there). A generator's {@code YIELD}, and an
 * {@code AWAIT} in a plain function (which suspends its caller's frames too), keep the chunk on the dispatch
 * loop.</p>
 */
public final class JitAnalysis {
    /** Stack depth on entry per code index; -1 where no path reaches (or between instructions). */
    final int[] depth;
    /** Innermost try handler's target per code index, or -1. */
    final int[] handler;
    /** Handler target → the stack depth the handler starts with. */
    final int[] handlerDepth;
    /** The try handlers' targets active per code index, innermost last (null where no path reaches). */
    final int[][] handlers;
    /** Why the chunk cannot be compiled, or null. */
    final String rejection;

    private JitAnalysis(int[] depth, int[] handler, int[] handlerDepth, int[][] handlers, String rejection) {
        this.depth = depth;
        this.handler = handler;
        this.handlerDepth = handlerDepth;
        this.handlers = handlers;
        this.rejection = rejection;
    }

    public static JitAnalysis of(FunctionProto proto) {
        if (proto.isGenerator()) {
            return rejected("generators suspend at every yield; they stay on the dispatch loop");
        }
        Chunk chunk = proto.chunk();
        if (proto.arity() > 200 || chunk.frameSize() > 4000) {
            return rejected("too many arguments or slots for one JVM method");
        }
        return walk(chunk.code(), chunk.constants(), proto.isAsync());
    }

    private static JitAnalysis rejected(String why) {
        return new JitAnalysis(null, null, null, null, why);
    }

    /** One pending path: a code index, the stack depth there and the active handlers (innermost last). */
    private record Path(int pc, int depth, int[] handlers) {
        Path with(int nextPc, int nextDepth) {
            return new Path(nextPc, nextDepth, handlers);
        }
    }

    private static JitAnalysis walk(int[] code, Object[] pool, boolean awaits) {
        int n = code.length;
        int[] depth = new int[n + 1];
        int[] handler = new int[n + 1];
        int[] handlerDepth = new int[n + 1];
        int[][] handlersAt = new int[n + 1][];
        Arrays.fill(depth, -1);
        Arrays.fill(handler, -1);
        Arrays.fill(handlerDepth, -1);
        Deque<Path> work = new ArrayDeque<>();
        work.push(new Path(0, 0, new int[0]));
        while (!work.isEmpty()) {
            Path p = work.pop();
            int pc = p.pc;
            if (pc >= n) {
                return rejected("control reaches the end of the code");
            }
            if (depth[pc] >= 0) {
                if (depth[pc] != p.depth || !Arrays.equals(handlersAt[pc], p.handlers)) {
                    return rejected("paths meet with different stack depths or handlers at " + pc);
                }
                continue;
            }
            int op = code[pc];
            OpInfo info = OpCode.info(op);
            if (info.is(OpInfo.SUSPENDS) && !(awaits && op == OpCode.AWAIT)) {
                return rejected(info.name() + " suspends the frame");
            }
            depth[pc] = p.depth;
            handlersAt[pc] = p.handlers;
            handler[pc] = p.handlers.length == 0 ? -1 : p.handlers[p.handlers.length - 1];
            int next = pc + info.width();
            int after = info.fallsThrough() ? p.depth + info.effect(code, pc, pool) : -1;
            int[] handlersAfter = p.handlers;
            if (info.is(OpInfo.HANDLER)) {
                int target = info.target(code, pc);
                if (handlerDepth[target] >= 0 && handlerDepth[target] != p.depth) {
                    return rejected("one handler entered at two stack depths");
                }
                handlerDepth[target] = p.depth;
                handlersAfter = Arrays.copyOf(p.handlers, p.handlers.length + 1);
                handlersAfter[p.handlers.length] = target;
            } else if (op == OpCode.TRY_END) {
                if (p.handlers.length == 0) {
                    return rejected("TRY_END without a handler");
                }
                handlersAfter = Arrays.copyOf(p.handlers, p.handlers.length - 1);
            }
            if (info.targetOperand() >= 0) {
                // A handler is entered with the handlers outside its try block.
                work.push(p.with(info.target(code, pc), p.depth + info.takenEffect(code, pc, pool)));
            }
            if (info.fallsThrough()) {
                work.push(new Path(next, after, handlersAfter));
            }
        }
        return new JitAnalysis(depth, handler, handlerDepth, handlersAt, null);
    }
}
