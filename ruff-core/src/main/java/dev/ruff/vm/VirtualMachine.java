package dev.ruff.vm;

import dev.ruff.vm.bytecode.OpCode;
import dev.ruff.vm.bytecode.Chunk;
import dev.ruff.vm.bytecode.FunctionProto;
import dev.ruff.vm.bytecode.InlineCache;
import dev.ruff.vm.bytecode.Shapes;
import dev.ruff.async.AsyncRuntime;
import dev.ruff.async.EngineClosed;
import dev.ruff.async.ResumableTask;
import dev.ruff.async.RuffPromise;
import dev.ruff.async.TaskCancelled;
import dev.ruff.async.Transfer;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.SourcePos;
import dev.ruff.exec.CallDepthExceeded;
import dev.ruff.exec.ExecutionContext;
import dev.ruff.runtime.Cell;
import dev.ruff.runtime.Globals;
import dev.ruff.runtime.Invoker;
import dev.ruff.runtime.MethodHandleValue;
import dev.ruff.runtime.Operators;
import dev.ruff.runtime.RuffCallable;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffNull;
import dev.ruff.runtime.RunGuard;
import dev.ruff.runtime.MethodCalls;
import dev.ruff.runtime.RuffStack;
import dev.ruff.runtime.StructDef;
import dev.ruff.runtime.StructInstance;
import dev.ruff.runtime.Truthiness;
import dev.ruff.runtime.Values;
import dev.ruff.spi.NativeFunction;
import java.io.PrintWriter;
import java.util.Set;

/**
 * Runs bytecode for one run of a script. Ruff-to-Ruff calls push a heap {@link CallFrame} and stay in
 * the same dispatch loop, so recursion costs no Java stack and no state lives on the Java stack
 * between instructions. Natives that call back into Ruff (through this class as the {@link Invoker})
 * start a nested loop whose entry frame returns to them.
 *
 * <p>Semantics come from the runtime package; this class adds fast paths for ints and floats that
 * compute exactly what {@link Operators} would.</p>
 *
 * <p>Async calls, generators and spawn blocks run on VMs of their own, so a task whose await suspends
 * (or a generator between yields) keeps its frames while this VM's pool is reused: see SUSPENSION.md.</p>
 */
public final class VirtualMachine implements Invoker {
    private static final Cell[] NO_CELLS = new Cell[0];
    /** What {@link #execute} returns when a task or generator stopped at an await or a yield. */
    static final Object SUSPENDED = new Object();
    /** What {@link #awaitFromCompiled} returns when the promise is pending and the task must suspend. */
    public static final Object AWAIT_SUSPENDS = new Object();
    /**
     * What compiled code a task's root frame was moved into returns when it handed the frame back (registers,
     * pc, handlers) for the dispatch loop to go on with: at an await that suspends, or after a failed guess.
     */
    private static final Object CONTINUE_ON_LOOP = new Object();

    private final ExecutionContext context;
    private final int maxDepth;
    /** Limits of this run: ticked at every call and loop back-edge, here and in compiled code. */
    private final RunGuard guard;
    /**
     * The innermost running frame (null before the first), which a call back into this VM ({@link #call},
     * {@link #callMethod}) takes as its caller. The dispatch loop keeps it exact; compiled activations do not
     * store it (two GC-barriered stores per call): they set it only where a call back can start, which is
     * through the frame as the {@link Invoker} (the runtime's operator overloads, adapters and generators) or
     * before a native or a native method runs ({@link #callFromCompiled}, {@link #methodFromCompiled}). So it
     * may be stale (a returned compiled frame) except while the dispatch loop runs and when a call back starts;
     * the dispatch loop sets it again after calling compiled code.
     */
    CallFrame frame;
    /** Recycled function frames by call depth (index 0 unused). */
    private CallFrame[] framePool = new CallFrame[16];
    /** The receiver {@link #methodCallee} decided to bind, or null. */
    private StructInstance methodReceiver;
    /**
     * The bottom frame of the async task (or spawn block) this VM runs, or null. An await on a pending
     * promise suspends only in the dispatch loop whose entry is this frame: every frame above it is then
     * on the heap, while a nested loop (a native calling back into Ruff) has Java frames below it.
     */
    private CallFrame taskRoot;
    /** Where a suspended task continues (the frame whose AWAIT runs again), and what it waits for. */
    private CallFrame suspendedAt;
    private RuffPromise awaiting;
    /** The value the generator this VM runs handed out at its last YIELD. */
    private Object yielded;

    /**
     * Calls of one function before it is compiled to JVM bytecode (0: at its first call); negative
     * disables the compile tier.
     */
    private final int jitThreshold;
    /** The compile tier, given by the engine (the VM does not depend on its package); forks share it. */
    private final BodyCompiler compiler;
    /**
     * Compiled code runs on the Java stack, so it is entered only below this call depth; deeper calls stay on
     * heap frames. Script threads have a large stack (RuffEngine); other threads get a conservative budget.
     */
    private int jitStackDepth;
    private static final int FOREIGN_THREAD_JIT_DEPTH = 400;
    /** A compiled call takes roughly 200 bytes of Java stack; a script thread's 1 GB holds five million. */
    private static final int SCRIPT_THREAD_JIT_DEPTH = 1_000_000;

    VirtualMachine(ExecutionContext context, int jitThreshold, BodyCompiler compiler) {
        this.context = context;
        this.maxDepth = context.maxCallDepth();
        this.guard = context.guard();
        this.jitThreshold = jitThreshold;
        this.compiler = java.util.Objects.requireNonNull(compiler, "compiler");
        noteThread();
    }

    /** Sets the compiled-code depth budget for the thread now running this VM. */
    private void noteThread() {
        jitStackDepth = Thread.currentThread() instanceof dev.ruff.exec.ScriptThread
                ? Math.min(maxDepth, SCRIPT_THREAD_JIT_DEPTH) : FOREIGN_THREAD_JIT_DEPTH;
    }

    // ================================================================== entry points

    /** Runs a module body; returns the value of a top-level {@code return} (else null). */
    Object runModule(FunctionProto main, Globals globals) {
        noteThread();
        CallFrame caller = frame;
        CallFrame f = new CallFrame(this, main.chunk(), null, NO_CELLS, globals, caller);
        try {
            return execute(f, f);
        } catch (StackOverflowError so) {
            // Only if the thread's stack is far smaller than the compiled-depth budget assumes.
            throw new CallDepthExceeded(maxDepth, main.name());
        } finally {
            frame = caller;
        }
    }

    @Override
    public Object call(Object callee, Object... args) {
        if (callee instanceof VmFunction fn) {
            return callFunction(fn, null, args);
        }
        if (callee instanceof NativeFunction nf) {
            return nf.invoke(args, context);
        }
        throw MethodCalls.notCallable();
    }

    @Override
    public Object callMethod(StructInstance receiver, RuffCallable method, Object... args) {
        if (method instanceof VmFunction fn) {
            return callFunction(fn, receiver, args);
        }
        return call(method, MethodCalls.withReceiver(receiver, args)); // a native method takes its receiver first
    }

    /** A call from Java (a native, an operator overload, the host): runs a nested dispatch loop. */
    private Object callFunction(VmFunction fn, StructInstance receiver, Object[] args) {
        if (fn.proto.startsElsewhere()) {
            return startElsewhere(fn, receiver, args, 0, args.length);
        }
        CallFrame caller = frame;
        if (caller == null) {
            noteThread();
        }
        try {
            CompiledBody body = compiledBody(fn, caller);
            if (body != null) {
                return body.call(this, fn, receiver, args, 0, args.length, caller, -1);
            }
            CallFrame callee = enter(fn, receiver, args, 0, args.length, caller, -1);
            return execute(callee, callee);
        } catch (StackOverflowError so) {
            throw new CallDepthExceeded(caller == null ? 1 : caller.depth + 1, fn.name());
        } finally {
            frame = caller;
        }
    }

    // ================================================================== the compile tier

    /**
     * The compiled body to run {@code fn} with, called from {@code caller}, or null to run it on heap frames:
     * counts the call towards compiling the function and compiles it when the count reaches the threshold.
     * Never asked for an async function or a generator: calling one starts a task or a generator (an async
     * body runs compiled only when its task's root frame moves into compiled code at a hot loop head, see
     * {@link #resumeCompiled}). What a task calls may be compiled, since a compiled callee returns before the
     * task's frame reaches its next await.
     */
    CompiledBody compiledBody(VmFunction fn, CallFrame caller) {
        Chunk chunk = fn.proto.chunk();
        CompiledBody body = (CompiledBody) chunk.compiled;
        if (body == null) {
            if (jitThreshold < 0 || ++chunk.hotness < jitThreshold) {
                return null;
            }
            body = compiler.compileFunction(fn.proto);
            if (body == null) {
                return null;
            }
        }
        if ((caller == null ? 0 : caller.depth) >= jitStackDepth) {
            return null;
        }
        return body;
    }

    /** What {@link #resumeCompiled} returns when the frame stays on the dispatch loop. */
    private static final Object NOT_RESUMED = new Object();

    /**
     * A loop in frame {@code f} got hot: moves the frame into its function's (or module body's) compiled code
     * at loop head {@code target} (compiling it first) and returns the function's result, or
     * {@link #NOT_RESUMED}. A module body runs once, so this is the only way it gets compiled; its globals
     * go through the same {@link Bindings} paths in compiled code.
     *
     * <p>A task's root frame (its async function, or a spawn block) moves too: its compiled code takes awaited
     * values that are ready and hands the frame back ({@link #CONTINUE_ON_LOOP}) at an await that must suspend,
     * so the suspension happens here, in the task's dispatch loop, with every frame on the heap.</p>
     */
    private Object resumeCompiled(CallFrame f, int target) {
        Chunk chunk = f.chunk;
        if (f.depth >= jitStackDepth) {
            chunk.hotness = 0;
            return NOT_RESUMED;
        }
        CompiledBody body = (CompiledBody) chunk.compiled;
        if (body == null) {
            body = f.function == null ? compiler.compileModuleBody(FunctionProto.moduleBody(chunk.name(), chunk))
                    : compiler.compileFunction(f.function.proto);
        }
        if (body == null || !body.resumesAt(target)) {
            chunk.hotness = Math.min(chunk.hotness, 0);
            return NOT_RESUMED;
        }
        compiler.countOnStackReplacement();
        try {
            return body.resume(this, f, target);
        } catch (RuffRuntimeError e) {
            f.dropHandlers(); // the compiled code already tried them
            throw e;
        }
    }

    /**
     * Continues a compiled activation that deoptimised (see {@link Deoptimization}) on the dispatch loop, from
     * {@code pc} with the registers {@code values}, until the frame returns; returns its result.
     */
    public Object continueInterpreted(CallFrame f, int pc, int live, Object[] values) {
        f.deoptimizedAt(pc, live, values);
        if (f == taskRoot) {
            // Not a nested loop: the task's own loop (below this compiled code) goes on, so its awaits can suspend.
            frame = f;
            return CONTINUE_ON_LOOP;
        }
        return execute(f, f);
    }

    /**
     * {@code await v} in compiled code running frame {@code f}: the value, or {@link #AWAIT_SUSPENDS} when {@code v}
     * is a pending promise and {@code f} is this VM's task root (where the dispatch loop would suspend).
     */
    public Object awaitFromCompiled(CallFrame f, Object v) {
        if (v instanceof RuffPromise p && !p.isSettled() && f == taskRoot) {
            return AWAIT_SUSPENDS;
        }
        return awaitBlocking(v);
    }

    /**
     * Compiled code of the task root {@code f} reached an await that must suspend at {@code pc}: the frame takes
     * the registers, the error its except block handles and its active try handlers (pairs of handler pc and
     * stack pointer), and the task's dispatch loop goes on from the AWAIT, which suspends as it always does.
     */
    public Object leaveCompiledAtAwait(CallFrame f, int pc, int live, Object[] values, RuffRuntimeError caught,
                                       int[] handlers) {
        f.deoptimizedAt(pc, live, values);
        f.caught = caught;
        if (handlers != null) {
            for (int i = 0; i < handlers.length; i += 2) {
                f.pushHandler(handlers[i], handlers[i + 1]);
            }
        }
        frame = f;
        return CONTINUE_ON_LOOP;
    }

    /** What a compiled call site calls directly: the callee's compiled body, or null to go through the VM. */
    public CompiledBody compiledTarget(Object callee, CallFrame caller) {
        return callee instanceof VmFunction fn && !fn.proto.startsElsewhere() ? compiledBody(fn, caller) : null;
    }

    /**
     * Starts a compiled activation: checks the depth and links a pooled frame (no registers: compiled code
     * keeps them in JVM locals) so stack traces, depth and natives calling back see it.
     */
    public CallFrame enterCompiled(VmFunction fn, CallFrame caller, int callPc) {
        guard.tick();
        int depth = caller == null ? 1 : caller.depth + 1;
        if (depth > maxDepth) {
            throw new CallDepthExceeded(maxDepth, fn.proto.name());
        }
        CallFrame f = pooledFrame(depth);
        f.enterCompiled(fn, caller, callPc, depth);
        return f;
    }

    /** A loop back-edge in compiled code: the same limits tick as the dispatch loop's. */
    public void tick() {
        guard.tick();
    }

    /** This VM's run guard (compiled loops count their back-edges against it, see RunGuard.backEdge). */
    public RunGuard guard() {
        return guard;
    }

    /** An error leaves a compiled activation at instruction {@code pc}: its position and the Ruff stack. */
    public RuffRuntimeError leaveCompiled(RuffRuntimeError e, CallFrame f, int pc) {
        e.at(f.chunk.positionAt(pc));
        RuffStack.record(e, f);
        return e;
    }

    /** A call from compiled code to something without a compiled body: natives, async functions, cold functions. */
    public Object callFromCompiled(Object callee, Object[] args, CallFrame caller, int callPc) {
        if (callee instanceof VmFunction fn) {
            return callFunctionFrom(fn, null, args, caller, callPc);
        }
        frame = caller; // a native may call back
        return callOther(callee, args, 0, args.length);
    }

    /** {@code receiver.name(args)} from compiled code, dispatched as {@link OpCode#METHOD_CALL} does. */
    public Object methodFromCompiled(CallFrame f, int pc, Object receiver, String name, int cache, Object[] args) {
        Object callee = methodCallee(f, f, receiver, name, cache, args, 0, args.length);
        StructInstance self = methodReceiver;
        methodReceiver = null;
        if (callee == DIRECT_RESULT) {
            Object result = directResult;
            directResult = null;
            return result;
        }
        if (callee instanceof VmFunction fn) {
            return callFunctionFrom(fn, self, args, f, pc);
        }
        frame = f; // a native may call back
        return callOther(callee, args, 0, args.length);
    }

    /**
     * The function {@code receiver.name(...)} runs when it is a struct's method that compiled code may call
     * directly ({@link #compiledTarget} then gives its body): the receiver is a struct without a field of that
     * name whose declaration's method is a VM function that is neither async nor a generator. Null in every
     * other case, which {@link #methodFromCompiled} dispatches (and reports errors for) as the dispatch loop does.
     */
    public VmFunction compiledMethod(CallFrame f, Object receiver, String name, int cache) {
        if (receiver instanceof StructInstance s) {
            RuffCallable method = cachedStructMethod(f, s, cache);
            if (method == null && !s.hasField(name)) {
                method = structMethod(f, s, name, cache);
            }
            if (method instanceof VmFunction fn && !fn.proto.startsElsewhere()) {
                return fn;
            }
        }
        return null;
    }

    /** Calls {@code fn} for compiled code: compiled if it can be, else on heap frames in a nested loop. */
    private Object callFunctionFrom(VmFunction fn, StructInstance self, Object[] args, CallFrame caller, int callPc) {
        if (fn.proto.startsElsewhere()) {
            return startElsewhere(fn, self, args, 0, args.length);
        }
        CompiledBody body = compiledBody(fn, caller);
        if (body != null) {
            return body.call(this, fn, self, args, 0, args.length, caller, callPc);
        }
        CallFrame next = enter(fn, self, args, 0, args.length, caller, callPc);
        try {
            return execute(next, next);
        } finally {
            frame = caller;
        }
    }

    public void importFromCompiled(CallFrame f, Object module) {
        Modules.importModule(context, f, (String) module);
    }

    public void fromImportFromCompiled(CallFrame f, Object shape) {
        Modules.fromImport(context, f, (Shapes.FromImport) shape);
    }

    public void spawnFromCompiled(VmFunction block, CallFrame f, int pc) {
        spawn(block, f.chunk.positionAt(pc));
    }

    /**
     * Checks arity and depth and starts the callee's frame with its arguments bound. The frame object
     * (and its register array) is the pooled one for its depth: function frames on the chain have
     * distinct depths, and one at depth d is finished before another at depth d starts.
     */
    private CallFrame enter(VmFunction fn, StructInstance receiver, Object[] src, int base, int argc,
                            CallFrame caller, int callPc) {
        FunctionProto p = fn.proto;
        MethodCalls.checkArity(fn, argc);
        guard.tick();
        int depth = caller == null ? 1 : caller.depth + 1;
        if (depth > maxDepth) {
            throw new CallDepthExceeded(maxDepth, p.name());
        }
        CallFrame f = pooledFrame(depth);
        f.init(p.chunk(), fn, fn.upvalues, fn.globals, caller, callPc, depth);
        bindArguments(f, fn, receiver, src, base, argc);
        return f;
    }

    /** Binds {@code self}, the parameters and (legacy methods) the receiver's fields in a started frame. */
    private static void bindArguments(CallFrame f, VmFunction fn, StructInstance receiver, Object[] src, int base,
                                      int argc) {
        FunctionProto p = fn.proto;
        Object[] regs = f.regs;
        if (p.selfSlot() >= 0) {
            Bindings.bindParam(regs, p.selfSlot(), p.selfCaptured(), receiver == null ? RuffNull.NULL : receiver);
        }
        int[] slots = p.paramSlots();
        boolean[] captured = p.paramCaptured();
        for (int i = 0; i < argc; i++) {
            Object arg = src[base + i];
            regs[slots[i]] = captured[i] ? new Cell(arg) : Values.retain(arg);
        }
        if (receiver != null && p.fieldNames().length > 0) {
            Bindings.bindFields(p, regs, receiver);
        }
    }

    // ================================================================== async, generators, spawn

    /**
     * Calls an async function or a generator: checks arity here, at the call, then returns a promise of
     * the body running as a task, or a generator that runs the body as far as it is consumed.
     */
    private Object startElsewhere(VmFunction fn, StructInstance receiver, Object[] src, int base, int argc) {
        FunctionProto p = fn.proto;
        MethodCalls.checkArity(fn, argc);
        VirtualMachine body = forked();
        CallFrame root = new CallFrame(body);
        root.init(p.chunk(), fn, fn.upvalues, fn.globals, null, -1, 1);
        bindArguments(root, fn, receiver, src, base, argc);
        if (p.isGenerator()) {
            return new VmGenerator(body, root, p.arity());
        }
        return body.startTask(root);
    }

    /**
     * A VM of this run for code that runs apart from this one (a task, a generator, another thread): it
     * has its own frames and frame pool, and its own context whose invoker it is, so natives called
     * there re-enter it rather than this VM.
     */
    private VirtualMachine forked() {
        ExecutionContext fork = context.fork();
        VirtualMachine vm = new VirtualMachine(fork, jitThreshold, compiler);
        fork.setInvoker(vm);
        return vm;
    }

    @Override
    public Invoker forAnotherThread() {
        return forked();
    }

    /** Runs {@code root} as this VM's task; returns the task's promise. */
    private RuffPromise startTask(CallFrame root) {
        taskRoot = root;
        return context.async().startResumable(this::resumeTask);
    }

    /** One slice of the task: from the start or the suspended await until it finishes or suspends again. */
    private Object resumeTask() {
        noteThread(); // each slice may run on another pool thread
        CallFrame start = suspendedAt == null ? taskRoot : suspendedAt;
        suspendedAt = null;
        Object result;
        try {
            result = execute(taskRoot, start);
        } catch (StackOverflowError so) {
            throw new CallDepthExceeded(maxDepth, taskRoot.functionName());
        }
        if (result == SUSPENDED) {
            RuffPromise p = awaiting;
            awaiting = null;
            return new ResumableTask.Suspension(p);
        }
        return result;
    }

    /**
     * Runs the generator frame {@code root} (this VM's only root) from its last yield to the next one:
     * returns {@link #SUSPENDED} with the value in {@link #takeYielded()}, or the frame's return value.
     */
    Object resumeGenerator(CallFrame root) {
        noteThread();
        try {
            return execute(root, root);
        } catch (StackOverflowError so) {
            throw new CallDepthExceeded(maxDepth, root.functionName());
        }
    }

    Object takeYielded() {
        Object v = yielded;
        yielded = null;
        return v;
    }

    /**
     * {@code spawn { ... }}: the block's closure runs as a task on copies of the transferable values it
     * captured and of the globals (ASYNC.md §7); nothing flows back, and an error is reported on the
     * engine's error writer.
     */
    private void spawn(VmFunction block, SourcePos pos) {
        Cell[] cells = new Cell[block.upvalues.length];
        for (int i = 0; i < cells.length; i++) {
            Object current = block.upvalues[i].get();
            Object copy = current == null ? null : Transfer.copy(current);
            cells[i] = copy == null ? new Cell() : new Cell(copy);
        }
        Globals isolated = block.globals.isolatedCopy(Transfer::copy);
        VmFunction isolatedBlock = new VmFunction(block.proto, cells, isolated);
        VirtualMachine body = forked();
        CallFrame root = new CallFrame(body);
        root.init(block.proto.chunk(), isolatedBlock, cells, isolated, null, -1, 1);
        ExecutionContext ctx = context;
        body.startTask(root).future().whenComplete((v, failure) -> dev.ruff.exec.SpawnFailures.report(ctx, failure, pos));
    }

    /** {@code await v} where suspending is not possible: wait (deadlock-safe, see {@link dev.ruff.async.AsyncRuntime}). */
    private Object awaitBlocking(Object v) {
        if (!(v instanceof RuffPromise p)) {
            return v;
        }
        return p.isSettled() ? p.outcome() : context.async().await(p);
    }

    private CallFrame pooledFrame(int depth) {
        CallFrame[] pool = framePool;
        if (depth >= pool.length) {
            pool = framePool = java.util.Arrays.copyOf(pool, Math.max(depth + 1, pool.length * 2));
        }
        CallFrame f = pool[depth];
        if (f == null) {
            f = pool[depth] = new CallFrame(this);
        }
        return f;
    }

    // ================================================================== the dispatch loop

    /**
     * Runs from {@code start} (the entry frame, or the frame a suspended task or generator stopped in) until
     * {@code entry} returns; errors it does not handle leave through this method. Returns
     * {@link #SUSPENDED} when a task's await or a generator's yield stopped it with all state on the heap.
     *
     * <p>The loop inlines the frequent instructions (loads, stores, arithmetic, jumps, calls); the others run
     * in {@link #otherInstruction} and {@link Instructions} on the frame's saved {@code pc}/{@code sp}.</p>
     */
    private Object execute(CallFrame entry, CallFrame start) {
        CallFrame f = start;
        frame = f;
        Object[] regs;
        int[] code;
        Object[] k;
        int pc, sp, opPc;
        frames:
        while (true) {
            // (Re)loads the running frame's state: at the start, when a call or return switched frames, after
            // an instruction run outside the loop, and when a handler caught an error.
            regs = f.regs;
            code = f.chunk.code();
            k = f.chunk.constants();
            pc = f.pc;
            sp = f.sp;
            opPc = pc;
            try {
                while (true) {
                    opPc = pc;
                    switch (code[pc++]) {
                        case OpCode.CONST:
                            regs[sp++] = k[code[pc++]];
                            break;
                        case OpCode.NULL:
                            regs[sp++] = RuffNull.NULL;
                            break;
                        case OpCode.TRUE:
                            regs[sp++] = Boolean.TRUE;
                            break;
                        case OpCode.FALSE:
                            regs[sp++] = Boolean.FALSE;
                            break;
                        case OpCode.POP:
                            sp--;
                            break;
                        case OpCode.LOAD_LOCAL: {
                            Object v = regs[code[pc]];
                            regs[sp++] = v != null ? v : Bindings.loadGlobal(f, (String) k[code[pc + 1]], code[pc + 2]);
                            pc += 3;
                            break;
                        }
                        case OpCode.LOAD_CELL:
                            regs[sp++] = Bindings.loadCell(f, regs[code[pc]], (String) k[code[pc + 1]], code[pc + 2]);
                            pc += 3;
                            break;
                        case OpCode.LOAD_UPVALUE:
                            regs[sp++] = Bindings.loadCell(f, f.upvalues[code[pc]], (String) k[code[pc + 1]],
                                    code[pc + 2]);
                            pc += 3;
                            break;
                        case OpCode.LOAD_GLOBAL:
                            regs[sp++] = Bindings.loadGlobal(f, (String) k[code[pc]], code[pc + 1]);
                            pc += 2;
                            break;
                        case OpCode.DECLARE_LOCAL: case OpCode.ASSIGN_LOCAL:
                            regs[code[pc++]] = Values.retain(regs[--sp]);
                            break;
                        case OpCode.ASSIGN_SLOT:
                            Bindings.assignSlot(f, code[pc], (String) k[code[pc + 1]], code[pc + 2], code[pc + 3],
                                    regs[--sp]);
                            pc += 4;
                            break;
                        case OpCode.ASSIGN_GLOBAL:
                            Bindings.assignGlobal(f, (String) k[code[pc]], code[pc + 1], regs[--sp]);
                            pc += 2;
                            break;
                        case OpCode.CLEAR_SLOTS:
                            java.util.Arrays.fill(regs, code[pc], code[pc] + code[pc + 1], null);
                            pc += 2;
                            break;
                        case OpCode.ADD:
                            sp--;
                            regs[sp - 1] = Instructions.add(regs[sp - 1], regs[sp], this);
                            break;
                        case OpCode.SUB:
                            sp--;
                            regs[sp - 1] = Instructions.sub(regs[sp - 1], regs[sp], this);
                            break;
                        case OpCode.MUL:
                            sp--;
                            regs[sp - 1] = Instructions.mul(regs[sp - 1], regs[sp], this);
                            break;
                        case OpCode.DIV:
                            sp--;
                            regs[sp - 1] = Operators.div(regs[sp - 1], regs[sp], this);
                            break;
                        case OpCode.MOD:
                            sp--;
                            regs[sp - 1] = Operators.mod(regs[sp - 1], regs[sp], this);
                            break;
                        case OpCode.EQ: case OpCode.NE: case OpCode.LT: case OpCode.LE: case OpCode.GT: case OpCode.GE:
                            sp--;
                            regs[sp - 1] = Instructions.comparison(code[opPc], regs[sp - 1], regs[sp], this);
                            break;
                        case OpCode.JUMP:
                            if (code[pc] < pc && loopBackIntoCompiled(f, code[pc], sp)) {
                                continue frames;
                            }
                            pc = code[pc];
                            break;
                        case OpCode.JUMP_IF_FALSE: {
                            Object v = regs[--sp];
                            pc = (v instanceof Boolean bool ? bool : Truthiness.isTruthy(v)) ? pc + 1 : code[pc];
                            break;
                        }
                        case OpCode.JUMP_IF_TRUE: {
                            Object v = regs[--sp];
                            pc = (v instanceof Boolean bool ? bool : Truthiness.isTruthy(v)) ? code[pc] : pc + 1;
                            break;
                        }
                        case OpCode.JUMP_UNLESS_LT: case OpCode.JUMP_UNLESS_LE: case OpCode.JUMP_UNLESS_GT:
                        case OpCode.JUMP_UNLESS_GE: case OpCode.JUMP_UNLESS_EQ: case OpCode.JUMP_UNLESS_NE:
                            sp -= 2;
                            pc = Instructions.holds(code[opPc] - OpCode.JUMP_UNLESS_LT, regs[sp], regs[sp + 1], this)
                                    ? pc + 1 : code[pc];
                            break;
                        case OpCode.ADD_INT:
                            regs[sp - 1] = Instructions.addInt(regs[sp - 1], code[pc++], this);
                            break;
                        case OpCode.SUB_INT:
                            regs[sp - 1] = Instructions.subInt(regs[sp - 1], code[pc++], this);
                            break;
                        case OpCode.JUMP_UNLESS_INT:
                            pc = Instructions.holds(code[pc], regs[--sp], code[pc + 1], this) ? pc + 3 : code[pc + 2];
                            break;
                        case OpCode.JUMP_LOCAL_INT:
                            pc = Instructions.jumpLocalInt(f, regs, code, pc, this);
                            if (pc <= opPc && loopBackIntoCompiled(f, pc, sp)) {
                                continue frames;
                            }
                            break;
                        case OpCode.LOCAL_INT_OP:
                            regs[sp++] = Instructions.intOp(code[pc], Bindings.local(f, regs, code, pc + 1), code[pc + 4],
                                    this);
                            pc += 5;
                            break;
                        case OpCode.STORE_INT_OP:
                            regs[code[pc + 5]] = Values.retain(Instructions.intOp(code[pc],
                                    Bindings.local(f, regs, code, pc + 1), code[pc + 4], this));
                            pc += 6;
                            break;
                        case OpCode.LOCALS_OP:
                            regs[sp++] = Instructions.localsOp(code[pc], Bindings.local(f, regs, code, pc + 1),
                                    Bindings.local(f, regs, code, pc + 4), this);
                            pc += 7;
                            break;
                        case OpCode.STORE_LOCALS_OP:
                            regs[code[pc + 7]] = Values.retain(Instructions.localsOp(code[pc],
                                    Bindings.local(f, regs, code, pc + 1), Bindings.local(f, regs, code, pc + 4), this));
                            pc += 8;
                            break;
                        case OpCode.GET_FIELD:
                            regs[sp - 1] = Instructions.field(f, regs[sp - 1], (String) k[code[pc]], code[pc + 1]);
                            pc += 2;
                            break;
                        case OpCode.GET_INDEX: {
                            Object index = regs[--sp];
                            regs[sp - 1] = Instructions.index(regs[sp - 1], index);
                            break;
                        }
                        case OpCode.FOR_NEXT: {
                            Object item = Instructions.next(regs[sp - 1]);
                            if (item == null) {
                                pc = code[pc];
                                break;
                            }
                            regs[sp++] = item;
                            pc++;
                            break;
                        }
                        case OpCode.CALL: {
                            // Inline (not in methodCall) so that entering a function costs no extra JVM call.
                            int argc = code[pc++];
                            int base = sp - argc;
                            Object callee = regs[base - 1];
                            if (callee instanceof VmFunction fn && !fn.proto.startsElsewhere()) {
                                CompiledBody body = compiledBody(fn, f);
                                if (body == null) {
                                    f.pc = pc;
                                    f.sp = base - 1;
                                    f = frame = enter(fn, null, regs, base, argc, f, opPc);
                                    continue frames;
                                }
                                regs[base - 1] = body.call(this, fn, null, regs, base, argc, f, opPc);
                                if (frame != f) {
                                    frame = f; // compiled code leaves it stale after a call back
                                }
                            } else {
                                regs[base - 1] = callOther(callee, regs, base, argc);
                            }
                            sp = base;
                            break;
                        }
                        case OpCode.METHOD_CALL:
                            f.pc = pc;
                            f.sp = sp;
                            f = methodCall(f, opPc);
                            continue frames;
                        case OpCode.RETURN:
                            frame = f.caller;
                            if (f == entry) {
                                return regs[sp - 1];
                            }
                            f = returnTo(f.caller, regs[sp - 1]);
                            continue frames;
                        default: {
                            f.pc = pc;
                            f.sp = sp;
                            Object exit = otherInstruction(f, entry, code[opPc], opPc);
                            if (exit == null) {
                                continue frames; // same frame: pc and sp moved
                            }
                            if (exit instanceof CallFrame caller) {
                                f = caller; // TRY_UNWRAP returned from the function
                                continue frames;
                            }
                            return exit;
                        }
                    }
                }
            } catch (RuffRuntimeError e) {
                e.at(f.chunk.positionAt(opPc));
                f.sp = sp;
                f = unwind(e, f, entry);
                frame = f;
            }
        }
    }

    /** Pushes a returning function's result on its caller's stack; the caller runs next. */
    private CallFrame returnTo(CallFrame caller, Object result) {
        caller.regs[caller.sp++] = result;
        frame = caller;
        return caller;
    }

    /**
     * A loop back-edge at the frame's stack depth {@code sp}: the run's limits tick, and a loop that got hot
     * moves the frame into compiled code. True when that ran the function to its end: then the frame stands at
     * its chunk's RETURN with the result on the stack (the RETURN hands it to the caller); also true when
     * compiled code handed a task's root frame back mid-way (its pc, stack and handlers are where it left).
     */
    private boolean loopBackIntoCompiled(CallFrame f, int target, int sp) {
        guard.tick();
        if (jitThreshold < 0 || ++f.chunk.hotness < jitThreshold) {
            return false;
        }
        Object result = resumeCompiled(f, target);
        if (result == NOT_RESUMED) {
            return false;
        }
        if (result == CONTINUE_ON_LOOP) {
            return true; // the frame's registers, pc and handlers are back on the heap: go on from there
        }
        f.regs[sp] = result;
        f.sp = sp + 1;
        f.pc = f.chunk.returnPc(); // compiled may be gone (deoptimised)
        return true;
    }

    /**
     * A {@link OpCode#METHOD_CALL} in frame {@code f} (its {@code pc} past the opcode, its {@code sp} above the
     * arguments): returns the frame to go on in, the callee's new frame or {@code f} with the call done and its
     * result on the stack.
     */
    private CallFrame methodCall(CallFrame f, int opPc) {
        int[] code = f.chunk.code();
        Object[] regs = f.regs;
        int argc = code[opPc + 2];
        int base = f.sp - argc;
        Object callee = methodCallee(this, f, regs[base - 1], (String) f.chunk.constants()[code[opPc + 1]], code[opPc + 3],
                regs, base, argc);
        StructInstance receiver = methodReceiver;
        methodReceiver = null;
        f.pc = opPc + 4;
        f.sp = base;
        if (callee instanceof VmFunction fn && !fn.proto.startsElsewhere()) {
            CompiledBody body = compiledBody(fn, f);
            if (body == null) {
                f.sp = base - 1;
                frame = enter(fn, receiver, regs, base, argc, f, opPc);
                return frame;
            }
            regs[base - 1] = body.call(this, fn, receiver, regs, base, argc, f, opPc);
            if (frame != f) {
                frame = f; // compiled code leaves it stale after a call back
            }
        } else {
            regs[base - 1] = otherCallee(callee, receiver, regs, base, argc);
        }
        return f;
    }

    /** A call whose callee is not a VM function the loop enters: natives, async functions, generators. */
    private Object otherCallee(Object callee, StructInstance receiver, Object[] regs, int base, int argc) {
        Object result;
        if (callee == DIRECT_RESULT) {
            result = directResult;
            directResult = null;
        } else if (callee instanceof VmFunction fn) {
            result = startElsewhere(fn, receiver, regs, base, argc);
        } else {
            result = callOther(callee, regs, base, argc);
        }
        return result;
    }

    /**
     * The instructions the loop does not inline, on the frame's saved {@code pc}/{@code sp}. Returns null to
     * go on in frame {@code f}, the caller frame to go on in when the function returned, or the value
     * {@link #execute} returns ({@link #SUSPENDED}, or the entry frame's result).
     */
    private Object otherInstruction(CallFrame f, CallFrame entry, int op, int opPc) {
        Object[] regs = f.regs;
        switch (op) {
            case OpCode.TRY_UNWRAP: {
                Object v = regs[f.sp - 1];
                Object payload = Instructions.unwrapOrNull(v);
                if (payload != null) {
                    regs[f.sp - 1] = payload;
                    return null;
                }
                // Err/None: return it from the function (a module body just ends).
                Object result = f.function == null ? RuffNull.NULL : v;
                frame = f.caller;
                return f == entry ? result : returnTo(f.caller, result);
            }
            case OpCode.AWAIT: {
                Object v = regs[f.sp - 1];
                if (v instanceof RuffPromise p && !p.isSettled() && entry == taskRoot) {
                    AsyncRuntime.checkCancelled();
                    // Rewind: on resume the AWAIT runs again and finds the promise settled.
                    f.pc = opPc;
                    suspendedAt = f;
                    awaiting = p;
                    frame = null;
                    return SUSPENDED;
                }
                regs[f.sp - 1] = awaitBlocking(v);
                return null;
            }
            case OpCode.YIELD: {
                if (f.function == null || !f.function.proto.isGenerator()) {
                    throw new RuffRuntimeError("yield can only be used inside a generator function");
                }
                // Only a VmGenerator enters a generator's frame, always as the loop's entry.
                yielded = AsyncRuntime.shareable(regs[f.sp - 1]);
                regs[f.sp - 1] = RuffNull.NULL; // the value of the yield expression when resumed
                frame = null;
                return SUSPENDED;
            }
            case OpCode.SPAWN:
                spawn((VmFunction) regs[--f.sp], f.chunk.positionAt(opPc));
                return null;
            default:
                Instructions.execute(this, f, op);
                return null;
        }
    }

    /**
     * Finds the try handler for {@code e}, leaving frames (and recording the Ruff stack as the first
     * function is left) on the way; rethrows once the entry frame is left.
     */
    private CallFrame unwind(RuffRuntimeError e, CallFrame f, CallFrame entry) {
        while (true) {
            if (e.catchable() && f.hasHandler()) {
                f.enterHandler(e);
                return f;
            }
            if (f.function != null) {
                RuffStack.record(e, f);
            }
            if (f == entry) {
                frame = f.caller;
                throw e;
            }
            f = f.caller;
        }
    }

    // ================================================================== calls

    /** Calls anything but a VM function: natives, or fails for non-callables. */
    private Object callOther(Object callee, Object[] regs, int base, int argc) {
        if (callee instanceof VmFunction fn) {
            return startElsewhere(fn, null, regs, base, argc);
        }
        if (callee instanceof NativeFunction nf) {
            Object[] args = new Object[argc];
            System.arraycopy(regs, base, args, 0, argc);
            return nf.invoke(args, context);
        }
        throw MethodCalls.notCallable();
    }

    /** Marks a method call {@link #methodCallee} already completed (natives); its value is in {@link #directResult}. */
    private static final Object DIRECT_RESULT = new Object();
    private Object directResult;

    /**
     * What {@code receiver.name(args)} calls, in the shared dispatch order ({@link MethodCalls#target}): a
     * function held by a struct field or dict entry, the struct's method (receiver bound via
     * {@link #methodReceiver}), a struct declaration's method, or a native method, host handle method or array
     * adapter (run here, calling back through {@code invoker}; result in {@link #directResult}).
     */
    private Object methodCallee(Invoker invoker, CallFrame f, Object receiver, String name, int cacheIndex,
                                Object[] regs, int base, int argc) {
        // A receiver of a shape this site already called a method on has no field of that name: skip the lookup.
        MethodCalls.Target target = receiver instanceof StructInstance s && cachedStructMethod(f, s, cacheIndex) != null
                ? MethodCalls.Target.STRUCT_METHOD : MethodCalls.target(receiver, name);
        switch (target) {
            case STRUCT_FIELD:
                return ((StructInstance) receiver).field(name);
            case STRUCT_METHOD: {
                StructInstance s = (StructInstance) receiver;
                RuffCallable method = MethodCalls.structMethod(structMethod(f, s, name, cacheIndex), name);
                if (method instanceof VmFunction) {
                    methodReceiver = s;
                    return method;
                }
                directResult = invoker.call(method, MethodCalls.withReceiver(s, arguments(regs, base, argc)));
                return DIRECT_RESULT;
            }
            case DICT_ENTRY:
                return MethodCalls.dictEntry((RuffDict) receiver, name);
            case DECLARATION_METHOD:
                return MethodCalls.declarationMethod((StructDef) receiver, name);
            case HANDLE_METHOD:
                directResult = ((MethodHandleValue) receiver).callMethod(name, arguments(regs, base, argc), invoker);
                return DIRECT_RESULT;
            case ARRAY_ADAPTER:
                directResult = MethodCalls.callArrayAdapter(receiver, name, arguments(regs, base, argc),
                        context.natives()::lookup, invoker);
                return DIRECT_RESULT;
            default:
                throw new IllegalStateException("unhandled method target");
        }
    }

    private static Object[] arguments(Object[] regs, int base, int argc) {
        Object[] args = new Object[argc];
        System.arraycopy(regs, base, args, 0, argc);
        return args;
    }

    /**
     * The declaration's method {@code s.name} calls, where the shared dispatch order ruled out a field of that
     * name (null: the declaration has no such method), cached at the call site for {@code s}'s shape.
     */
    private static RuffCallable structMethod(CallFrame f, StructInstance s, String name, int cacheIndex) {
        RuffCallable cached = cachedStructMethod(f, s, cacheIndex);
        if (cached != null) {
            return cached;
        }
        StructDef def = s.def();
        if (def == null) {
            return null;
        }
        RuffCallable method = def.method(name);
        f.chunk.caches[cacheIndex] = new InlineCache.Method(s.shape(), def, method);
        return method;
    }

    /** The method this call site found for receivers of {@code s}'s shape and declaration before, or null. */
    private static RuffCallable cachedStructMethod(CallFrame f, StructInstance s, int cacheIndex) {
        return f.chunk.caches[cacheIndex] instanceof InlineCache.Method m && m.shape() == s.shape()
                && m.def() == s.def() ? m.method() : null;
    }

    public ExecutionContext context() {
        return context;
    }
}
