package dev.ruff.interp;

import dev.ruff.lang.BindingKind;
import dev.ruff.ast.Block;
import dev.ruff.ast.Expr;
import dev.ruff.ast.FunctionNode;
import dev.ruff.ast.MatchCase;
import dev.ruff.ast.Pattern;
import dev.ruff.ast.Stmt;
import dev.ruff.ast.StructField;
import dev.ruff.async.AsyncRuntime;
import dev.ruff.async.RuffPromise;
import dev.ruff.async.ThreadedGenerator;
import dev.ruff.async.Transfer;
import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.diag.SourcePos;
import dev.ruff.exec.CallDepthExceeded;
import dev.ruff.exec.CompiledUnit;
import dev.ruff.exec.ExecutionContext;
import dev.ruff.resolve.BlockInfo;
import dev.ruff.resolve.FunctionInfo;
import dev.ruff.resolve.LocalVar;
import dev.ruff.resolve.Resolution;
import dev.ruff.resolve.UpvalueDesc;
import dev.ruff.resolve.VarRef;
import dev.ruff.runtime.Cell;
import dev.ruff.runtime.Display;
import dev.ruff.runtime.ErrorValues;
import dev.ruff.runtime.Fields;
import dev.ruff.runtime.GlobalVar;
import dev.ruff.runtime.Globals;
import dev.ruff.runtime.Indexing;
import dev.ruff.runtime.Invoker;
import dev.ruff.runtime.Iteration;
import dev.ruff.runtime.Literals;
import dev.ruff.runtime.MethodHandleValue;
import dev.ruff.runtime.MethodCalls;
import dev.ruff.runtime.RuffStack;
import dev.ruff.runtime.Operators;
import dev.ruff.runtime.OptionValue;
import dev.ruff.runtime.Patterns;
import dev.ruff.runtime.ResultValue;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffCallable;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.RuffNull;
import dev.ruff.runtime.StructDef;
import dev.ruff.runtime.StructInstance;
import dev.ruff.runtime.Tags;
import dev.ruff.runtime.Truthiness;
import dev.ruff.runtime.StringAccumulator;
import dev.ruff.runtime.Values;
import dev.ruff.spi.NativeFunction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Executes one run of a script by walking its resolved AST. Statements report how they finished
 * ({@link Completion}); expressions return Ruff values. All semantics of values and operators come
 * from the runtime package; this class only decides order of evaluation, scoping and control flow.
 */
final class TreeWalker implements Expr.Visitor<Object>, Stmt.Visitor<Completion>, Invoker {

    private final ExecutionContext context;
    private final Set<Stmt> hoisted = Collections.newSetFromMap(new IdentityHashMap<>());
    /** True when this walker runs a task body (async call, spawn block): loops then check for cancellation. */
    private final boolean inTask;
    private Frame frame;
    /** Set while this walker runs a generator body: where {@code yield} hands its values. */
    private ThreadedGenerator generator;

    TreeWalker(ExecutionContext context) {
        this(context, false);
    }

    private TreeWalker(ExecutionContext context, boolean inTask) {
        this.context = context;
        this.inTask = inTask;
    }

    /** A walker for running code of this run on another thread, installed as its context's invoker. */
    private TreeWalker forked(boolean task) {
        ExecutionContext fork = context.fork();
        TreeWalker walker = new TreeWalker(fork, task);
        fork.setInvoker(walker);
        return walker;
    }

    // ================================================================== entry

    /** Runs a module body; returns the value of a top-level {@code return} (else null). */
    Object runModule(CompiledUnit unit, Globals globals) {
        Frame saved = frame;
        frame = new Frame(unit.resolution().main().slotCount(), new Cell[0], saved, null, null, globals, unit);
        try {
            hoistFunctions(unit.program().statements());
            Completion c = executeAll(unit.program().statements());
            return c == Completion.RETURN ? frame.returnValue : RuffNull.NULL;
        } catch (EarlyReturn r) {
            return RuffNull.NULL; // `Err(e)?` at top level ends the script quietly
        } finally {
            frame = saved;
        }
    }

    /** Top-level functions are callable before their declaration line. */
    private void hoistFunctions(List<Stmt> statements) {
        for (Stmt s : statements) {
            Stmt decl = s instanceof Stmt.Export e ? e.declaration() : s;
            if (decl instanceof Stmt.FuncDecl f) {
                frame.globals.define(f.name(), BindingKind.MUT, makeFunction(f.function()));
                hoisted.add(f);
            }
        }
    }

    // ================================================================== statements

    private Completion execute(Stmt s) {
        try {
            return s.accept(this);
        } catch (RuffRuntimeError e) {
            throw e.at(s.pos());
        }
    }

    private Completion executeAll(List<Stmt> statements) {
        for (Stmt s : statements) {
            Completion c = execute(s);
            if (c != Completion.NORMAL) {
                return c;
            }
        }
        return Completion.NORMAL;
    }

    private Completion executeBlock(Block b) {
        clearSlots(frame.resolution.block(b));
        return executeAll(b.statements());
    }

    /** Each entry into a block (each loop iteration) starts with fresh block variables. */
    private void clearSlots(BlockInfo info) {
        Object[] slots = frame.slots;
        for (int i = info.firstSlot(); i < info.endSlot(); i++) {
            slots[i] = null;
        }
    }

    private void raiseBindingError(Stmt s) {
        String error = frame.resolution.bindingError(s);
        if (error != null) {
            throw new RuffRuntimeError(error).at(s.pos());
        }
    }

    @Override
    public Completion visitLet(Stmt.Let node) {
        raiseBindingError(node);
        Object value = eval(node.value());
        bindPattern(node.pattern(), value, node.kind().bindingKind(), true);
        return Completion.NORMAL;
    }

    @Override
    public Completion visitAssign(Stmt.Assign node) {
        raiseBindingError(node);
        LocalVar accumulator = frame.resolution.appendTarget(node);
        if (accumulator != null) {
            appendAssign(accumulator, Resolution.appendLinks(node.value()));
            return Completion.NORMAL;
        }
        if (frame.resolution.appendsInPlace(node)) {
            appendInPlace((Expr.Ident) node.target(), Resolution.appendLinks(node.value()));
            return Completion.NORMAL;
        }
        Object value = eval(node.value());
        Expr target = node.target();
        if (target instanceof Expr.Ident id) {
            assignName(id, value);
        } else {
            new TargetWriter(this).write(target, value);
        }
        return Completion.NORMAL;
    }

    @Override
    public Completion visitExprStmt(Stmt.ExprStmt node) {
        eval(node.expr());
        return Completion.NORMAL;
    }

    @Override
    public Completion visitFuncDecl(Stmt.FuncDecl node) {
        if (hoisted.contains(node)) {
            return Completion.NORMAL;
        }
        VarRef ref = frame.resolution.ref(node);
        if (ref instanceof VarRef.Local l && l.var().captured()) {
            // The function may call itself: its cell must exist before the closure captures it.
            Cell cell = new Cell();
            frame.slots[l.var().slot()] = cell;
            cell.set(makeFunction(node.function()));
        } else {
            declare(ref, makeFunction(node.function()), BindingKind.MUT, false);
        }
        return Completion.NORMAL;
    }

    @Override
    public Completion visitEnumDecl(Stmt.EnumDecl node) {
        return Completion.NORMAL; // tags are built by name; the declaration binds nothing
    }

    @Override
    public Completion visitStructDecl(Stmt.StructDecl node) {
        List<String> fieldNames = new ArrayList<>();
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (StructField f : node.fields()) {
            fieldNames.add(f.name());
            if (f.defaultValue() != null) {
                defaults.put(f.name(), eval(f.defaultValue()));
            }
        }
        Map<String, RuffCallable> methods = new LinkedHashMap<>();
        for (FunctionNode m : node.methods()) {
            if (m.isGenerator()) {
                throw new RuffRuntimeError("Generator methods are not supported for structs: "
                        + node.name() + "." + m.name()).at(m.pos());
            }
            methods.put(m.name(), makeFunction(m));
        }
        declare(frame.resolution.ref(node), new StructDef(node.name(), fieldNames, defaults, methods),
                BindingKind.MUT, false);
        return Completion.NORMAL;
    }

    @Override
    public Completion visitImport(Stmt.Import node) {
        dev.ruff.exec.ModuleImports.importModule(context, frame.globals, node.module(), frame.unit.file());
        return Completion.NORMAL;
    }

    @Override
    public Completion visitFromImport(Stmt.FromImport node) {
        dev.ruff.exec.ModuleImports.fromImport(context, frame.globals, node.modulePath(), node.names(),
                frame.unit.file());
        return Completion.NORMAL;
    }

    @Override
    public Completion visitExport(Stmt.Export node) {
        return execute(node.declaration());
    }

    @Override
    public Completion visitReturn(Stmt.Return node) {
        frame.returnValue = node.value() == null ? RuffNull.NULL : eval(node.value());
        return Completion.RETURN;
    }

    @Override
    public Completion visitIf(Stmt.If node) {
        if (Truthiness.isTruthy(eval(node.condition()))) {
            return executeBlock(node.thenBlock());
        }
        return node.elseBlock() == null ? Completion.NORMAL : executeBlock(node.elseBlock());
    }

    @Override
    public Completion visitWhile(Stmt.While node) {
        while (Truthiness.isTruthy(eval(node.condition()))) {
            checkCancelled();
            Completion c = executeBlock(node.body());
            if (c == Completion.BREAK) {
                break;
            }
            if (c == Completion.RETURN) {
                return c;
            }
        }
        return Completion.NORMAL;
    }

    @Override
    public Completion visitLoop(Stmt.Loop node) {
        while (true) {
            checkCancelled();
            Completion c = executeBlock(node.body());
            if (c == Completion.BREAK) {
                return Completion.NORMAL;
            }
            if (c == Completion.RETURN) {
                return c;
            }
        }
    }

    @Override
    public Completion visitFor(Stmt.For node) {
        Object iterable = eval(node.iterable());
        if (iterable instanceof InterpFunction fn && fn.node.isGenerator() && fn.arity() == 0) {
            iterable = callFunction(fn, null, new Object[0], node.pos()); // `for x in gen_def` (ASYNC.md §9)
        }
        Iterator<Object> it = Iteration.iterator(iterable);
        BlockInfo scope = frame.resolution.block(node.body());
        VarRef var = frame.resolution.ref(node);
        while (it.hasNext()) {
            checkCancelled();
            Object item = it.next();
            clearSlots(scope);
            declare(var, item, BindingKind.MUT, false);
            Completion c = executeAll(node.body().statements());
            if (c == Completion.BREAK) {
                break;
            }
            if (c == Completion.RETURN) {
                return c;
            }
        }
        return Completion.NORMAL;
    }

    @Override
    public Completion visitMatch(Stmt.Match node) {
        Object subject = eval(node.subject());
        for (MatchCase c : node.cases()) {
            if (Patterns.caseMatches(subject, c.pattern())) {
                if (c.binding() != null) {
                    declare(frame.resolution.ref(c), Patterns.casePayload(subject), BindingKind.MUT, false);
                }
                return executeAll(c.body().statements());
            }
        }
        return node.defaultBody() == null ? Completion.NORMAL : executeAll(node.defaultBody().statements());
    }

    @Override
    public Completion visitTryExcept(Stmt.TryExcept node) {
        Frame tryFrame = frame;
        try {
            return executeBlock(node.body());
        } catch (RuffRuntimeError e) {
            if (!e.catchable()) {
                throw e;
            }
            frame = tryFrame;
            e.at(node.body().pos());
            clearSlots(frame.resolution.block(node.handler()));
            declare(frame.resolution.ref(node), ErrorValues.exceptValue(e), BindingKind.MUT, false);
            return executeAll(node.handler().statements());
        }
    }

    /**
     * Each loop iteration ticks the run's limits, and a cancelled task stops there (a suspension point of
     * the interpreter).
     */
    private void checkCancelled() {
        context.guard().tick();
        if (inTask) {
            AsyncRuntime.checkCancelled();
        }
    }

    /**
     * Starts the block on the executor with a snapshot of the transferable variables it can see
     * (ASYNC.md §7): captured locals and globals are deep-copied, the rest is left out, and nothing
     * flows back. An error inside is reported on the engine's error writer.
     */
    @Override
    public Completion visitSpawn(Stmt.Spawn node) {
        FunctionInfo info = frame.resolution.function(node);
        Cell[] cells = new Cell[info.upvalues().size()];
        for (int i = 0; i < cells.length; i++) {
            UpvalueDesc d = info.upvalues().get(i);
            Object current = d.fromParentLocal() ? frame.slots[d.index()] : frame.upvalues[d.index()];
            if (current instanceof Cell c) {
                current = c.get();
            }
            Object copy = current == null ? null : Transfer.copy(current);
            cells[i] = copy == null ? new Cell() : new Cell(copy);
        }
        Globals isolated = frame.globals.isolatedCopy(Transfer::copy);
        CompiledUnit unit = frame.unit;
        TreeWalker body = forked(true);
        context.async().submit(() -> body.runSpawned(node, info, cells, isolated, unit));
        return Completion.NORMAL;
    }

    private void runSpawned(Stmt.Spawn node, FunctionInfo info, Cell[] cells, Globals globals, CompiledUnit unit) {
        frame = new Frame(info.slotCount(), cells, null, null, null, globals, unit);
        try {
            executeAll(node.body().statements());
        } catch (EarlyReturn r) {
            // `Err(e)?` ends the block quietly, as at top level
        } catch (RuntimeException e) {
            dev.ruff.exec.SpawnFailures.report(context, e, node.pos());
        }
    }

    @Override
    public Completion visitTest(Stmt.Test node) {
        return Completion.NORMAL; // test blocks run only under `ruff test-run`
    }

    @Override
    public Completion visitBreak(Stmt.Break node) {
        raiseBindingError(node);
        return Completion.BREAK;
    }

    @Override
    public Completion visitContinue(Stmt.Continue node) {
        raiseBindingError(node);
        return Completion.CONTINUE;
    }

    // ================================================================== variables

    Object eval(Expr e) {
        return e.accept(this);
    }

    /** Reads a name; an unbound slot or cell falls back to the globals (LANGUAGE.md decision 4). */
    Object read(VarRef ref) {
        Object v = readOrNull(ref);
        if (v == null) {
            throw new RuffRuntimeError("Undefined variable: " + ref.name());
        }
        return v;
    }

    /** Like {@link #read} but Java null instead of an error for an unknown name. */
    private Object readOrNull(VarRef ref) {
        Object v = null;
        if (ref instanceof VarRef.Local l) {
            v = frame.slots[l.var().slot()];
            if (v instanceof Cell c) {
                v = c.get();
            } else if (v instanceof StringAccumulator a) {
                v = a.toString();
            }
        } else if (ref instanceof VarRef.Upvalue u) {
            v = frame.upvalues[u.index()].get();
        }
        return v != null ? v : frame.globals.lookup(ref.name());
    }

    /**
     * {@code s := s + e1 + ... + en} on an accumulating local: the slot's content is read unrevealed, the first
     * terms added to it one at a time ({@link #addTerms}), and the last sum stored (growing the variable's
     * own accumulator in place when it is still the one the slot holds).
     */
    private void appendAssign(LocalVar var, List<Expr.Binary> links) {
        Object left = frame.slots[var.slot()];
        if (left == null) {
            left = visitIdent((Expr.Ident) links.get(0).left());
        }
        left = addTerms(left, links, links.size() - 1);
        Expr.Binary last = links.get(links.size() - 1);
        Object right = eval(last.right());
        Object[] slots = frame.slots;
        try {
            slots[var.slot()] = Values.retain(StringAccumulator.add(left, right, slots[var.slot()], this));
        } catch (RuffRuntimeError e) {
            throw e.at(last.pos());
        }
    }

    /**
     * {@code x := x + e1 + ... + en} on a global, captured, dynamic or outer variable: {@code x} is read
     * unrevealed so a {@link StringAccumulator} it holds can grow in place, then the sum is assigned as usual.
     */
    private void appendInPlace(Expr.Ident target, List<Expr.Binary> links) {
        Expr.Ident leftId = (Expr.Ident) links.get(0).left();
        Object left;
        try {
            left = readRaw(frame.resolution.ref(leftId));
        } catch (RuffRuntimeError e) {
            throw e.at(leftId.pos());
        }
        assignName(target, addTerms(left, links, links.size()));
    }

    /** Adds the first {@code count} terms of an append chain, one at a time, to an unrevealed value. */
    private Object addTerms(Object left, List<Expr.Binary> links, int count) {
        for (int i = 0; i < count; i++) {
            Object right = eval(links.get(i).right());
            try {
                left = StringAccumulator.add(left, right, null, this);
            } catch (RuffRuntimeError e) {
                throw e.at(links.get(i).pos());
            }
        }
        return left;
    }

    /** Like {@link #read} but a {@link StringAccumulator} the variable holds is returned as it is. */
    private Object readRaw(VarRef ref) {
        Object v = null;
        if (ref instanceof VarRef.Local l) {
            v = frame.slots[l.var().slot()];
            if (v instanceof Cell c) {
                v = c.raw();
            }
        } else if (ref instanceof VarRef.Upvalue u) {
            v = frame.upvalues[u.index()].raw();
        }
        if (v == null) {
            GlobalVar g = frame.globals.lookupVar(ref.name());
            v = g != null ? g.raw() : frame.globals.lookup(ref.name());
        }
        if (v == null) {
            throw new RuffRuntimeError("Undefined variable: " + ref.name());
        }
        return v;
    }

    /** Binds a declared name (let/mut/const, parameter, loop or except variable, function, struct). */
    void declare(VarRef ref, Object value, BindingKind kind, boolean checkDuplicate) {
        if (ref instanceof VarRef.Local l) {
            LocalVar var = l.var();
            frame.slots[var.slot()] = var.captured() ? new Cell(value) : Values.retain(value);
        } else if (ref instanceof VarRef.Global g) {
            frame.globals.declare(g.name(), kind, value, checkDuplicate);
        } else {
            throw new IllegalStateException("cannot declare through an upvalue: " + ref.name());
        }
    }

    /** Plain {@code x := v}: updates a visible binding or creates one (LANGUAGE.md §3.5). */
    void assignName(Expr.Ident id, Object value) {
        VarRef ref = frame.resolution.ref(id);
        if (ref instanceof VarRef.Local l) {
            LocalVar var = l.var();
            Object current = frame.slots[var.slot()];
            Object bound = current instanceof Cell c ? c.raw() : current;
            if (bound == null && var.dynamic() && frame.globals.isDefined(var.name())) {
                assignGlobal(var.name(), value);
            } else if (current instanceof Cell c) {
                c.set(value);
            } else {
                frame.slots[var.slot()] = var.captured() ? new Cell(value) : Values.retain(value);
            }
        } else if (ref instanceof VarRef.Upvalue u) {
            Cell cell = frame.upvalues[u.index()];
            if (cell.raw() == null && u.dynamic() && frame.globals.isDefined(u.name())) {
                assignGlobal(u.name(), value);
            } else {
                cell.set(value);
            }
        } else {
            assignGlobal(ref.name(), value);
        }
    }

    private void assignGlobal(String name, Object value) {
        GlobalVar g = frame.globals.lookupVar(name);
        if (g == null) {
            frame.globals.define(name, BindingKind.MUT, value);
            return;
        }
        checkGlobalWritable(g, false);
        g.set(value);
    }

    /** Raises the binding error for writing (or mutating through) a let/const global. */
    static void checkGlobalWritable(GlobalVar g, boolean mutation) {
        g.checkWritable(mutation);
    }

    Frame frame() {
        return frame;
    }

    private void bindPattern(Pattern p, Object value, BindingKind kind, boolean checkDuplicate) {
        if (p instanceof Pattern.Name n) {
            declare(frame.resolution.ref(n), value, kind, checkDuplicate);
        } else if (p instanceof Pattern.ArrayPat a) {
            RuffArray arr = value instanceof RuffArray ra ? ra : RuffArray.empty();
            int i = 0;
            for (Pattern el : a.elements()) {
                if (el instanceof Pattern.Rest r) {
                    List<Object> rest = i < arr.size() ? arr.asList().subList(i, arr.size()) : List.of();
                    declare(frame.resolution.ref(r), RuffArray.ofList(rest), kind, checkDuplicate);
                    i = arr.size();
                } else {
                    bindPattern(el, i < arr.size() ? arr.get(i) : RuffNull.NULL, kind, checkDuplicate);
                    i++;
                }
            }
        } else if (p instanceof Pattern.DictPat d) {
            RuffDict dict = value instanceof RuffDict rd ? rd : new RuffDict();
            for (Pattern.Name key : d.keys()) {
                Object v = dict.get(key.name());
                declare(frame.resolution.ref(key), v == null ? RuffNull.NULL : v, kind, checkDuplicate);
            }
            if (d.rest() != null) {
                RuffDict rest = new RuffDict();
                Set<String> taken = new java.util.HashSet<>();
                d.keys().forEach(k -> taken.add(k.name()));
                for (Map.Entry<String, Object> e : dict.entries()) {
                    if (!taken.contains(e.getKey())) {
                        rest.putInPlace(e.getKey(), e.getValue());
                    }
                }
                declare(frame.resolution.ref(d.rest()), rest, kind, checkDuplicate);
            }
        } else if (p instanceof Pattern.Rest r) {
            declare(frame.resolution.ref(r), value, kind, checkDuplicate);
        }
        // Wildcard binds nothing.
    }


    // ================================================================== functions and calls

    private InterpFunction makeFunction(FunctionNode node) {
        FunctionInfo info = frame.resolution.function(node);
        Cell[] cells = new Cell[info.upvalues().size()];
        for (int i = 0; i < cells.length; i++) {
            UpvalueDesc d = info.upvalues().get(i);
            if (d.fromParentLocal()) {
                Object slot = frame.slots[d.index()];
                if (!(slot instanceof Cell)) {
                    Cell cell = new Cell();
                    if (slot != null) {
                        cell.set(slot);
                    }
                    frame.slots[d.index()] = cell;
                    slot = cell;
                }
                cells[i] = (Cell) slot;
            } else {
                cells[i] = frame.upvalues[d.index()];
            }
        }
        return new InterpFunction(node, info, cells, frame.globals, frame.unit);
    }

    Object callValue(Object callee, Object[] args, SourcePos pos) {
        if (callee instanceof InterpFunction fn) {
            return callFunction(fn, null, args, pos);
        }
        if (callee instanceof NativeFunction nf) {
            return nf.invoke(args, context);
        }
        throw MethodCalls.notCallable();
    }

    private Object callFunction(InterpFunction fn, StructInstance receiver, Object[] args, SourcePos pos) {
        FunctionNode node = fn.node;
        MethodCalls.checkArity(fn, args.length);
        context.guard().tick();
        if (frame != null && frame.depth >= context.maxCallDepth()) {
            throw new CallDepthExceeded(context.maxCallDepth(), fn.name());
        }
        if (node.isAsync()) {
            // The body runs as a task on the executor, on a walker of its own (ASYNC.md decision 1).
            TreeWalker task = forked(true);
            return context.async().startTask(() -> task.invokeBody(fn, receiver, args, pos));
        }
        if (node.isGenerator()) {
            TreeWalker body = forked(false);
            ThreadedGenerator run = new ThreadedGenerator(context.async(), g -> {
                body.generator = g;
                body.invokeBody(fn, receiver, args, pos);
            });
            return new InterpGenerator(run, fn.arity());
        }
        return invokeBody(fn, receiver, args, pos);
    }

    private Object invokeBody(InterpFunction fn, StructInstance receiver, Object[] args, SourcePos pos) {
        FunctionNode node = fn.node;
        Frame callee = new Frame(fn.info.slotCount(), fn.upvalues, frame, fn, pos, fn.globals, fn.unit);
        List<LocalVar> params = fn.info.params();
        int p = 0;
        if (node.hasSelfParam()) {
            bindParam(callee, params.get(p++), receiver == null ? RuffNull.NULL : receiver);
        }
        for (Object arg : args) {
            bindParam(callee, params.get(p++), arg);
        }
        if (receiver != null) {
            for (Map.Entry<String, LocalVar> f : fn.info.fieldLocals().entrySet()) {
                Object value = receiver.field(f.getKey());
                if (value != null) {
                    bindParam(callee, f.getValue(), value);
                }
            }
        }
        Frame saved = frame;
        frame = callee;
        try {
            Completion c = executeAll(node.body().statements());
            return c == Completion.RETURN ? callee.returnValue : RuffNull.NULL;
        } catch (EarlyReturn r) {
            if (r.frame != callee) {
                throw r;
            }
            return r.value;
        } catch (RuffRuntimeError e) {
            RuffStack.record(e, callee);
            throw e;
        } catch (StackOverflowError so) {
            throw new CallDepthExceeded(callee.depth, fn.name());
        } finally {
            frame = saved;
        }
    }

    private static void bindParam(Frame f, LocalVar var, Object value) {
        f.slots[var.slot()] = var.captured() ? new Cell(value) : Values.retain(value);
    }

    private Object[] evalArgs(List<Expr> args) {
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = eval(args.get(i));
        }
        return values;
    }

    @Override
    public Object call(Object callee, Object... args) {
        return callValue(callee, args, null);
    }

    @Override
    public Object callMethod(StructInstance receiver, RuffCallable method, Object... args) {
        return invokeMethod(receiver, method, args, null);
    }

    @Override
    public Invoker forAnotherThread() {
        return forked(true);
    }

    /** A Ruff method binds the receiver as {@code self}; a native method takes it as its first argument. */
    private Object invokeMethod(StructInstance receiver, RuffCallable method, Object[] args, SourcePos pos) {
        if (method instanceof InterpFunction fn) {
            return callFunction(fn, receiver, args, pos);
        }
        return callValue(method, MethodCalls.withReceiver(receiver, args), pos);
    }

    // ================================================================== expressions

    @Override
    public Object visitIntLit(Expr.IntLit node) {
        return node.value();
    }

    @Override
    public Object visitFloatLit(Expr.FloatLit node) {
        return node.value();
    }

    @Override
    public Object visitStringLit(Expr.StringLit node) {
        return node.value();
    }

    @Override
    public Object visitBoolLit(Expr.BoolLit node) {
        return node.value();
    }

    @Override
    public Object visitNullLit(Expr.NullLit node) {
        return RuffNull.NULL;
    }

    @Override
    public Object visitNoneLit(Expr.NoneLit node) {
        return OptionValue.NONE;
    }

    @Override
    public Object visitInterpolated(Expr.Interpolated node) {
        StringBuilder sb = new StringBuilder();
        for (Expr part : node.parts()) {
            Object v = eval(part);
            sb.append(v instanceof String s ? s : Display.display(v));
        }
        return sb.toString();
    }

    @Override
    public Object visitIdent(Expr.Ident node) {
        try {
            return read(frame.resolution.ref(node));
        } catch (RuffRuntimeError e) {
            throw e.at(node.pos());
        }
    }

    @Override
    public Object visitSpread(Expr.Spread node) {
        throw new RuffRuntimeError("Spread is only allowed inside array and dict literals").at(node.pos());
    }

    @Override
    public Object visitArrayLit(Expr.ArrayLit node) {
        List<Object> items = new ArrayList<>(node.elements().size());
        for (Expr e : node.elements()) {
            if (e instanceof Expr.Spread sp) {
                Object v = eval(sp.value());
                try {
                    Literals.spreadArray(items, v);
                } catch (RuffRuntimeError err) {
                    throw err.at(sp.pos());
                }
            } else {
                items.add(eval(e));
            }
        }
        return RuffArray.ofList(items);
    }

    @Override
    public Object visitDictLit(Expr.DictLit node) {
        RuffDict dict = new RuffDict();
        for (Expr.DictEntry entry : node.entries()) {
            if (entry.isSpread()) {
                Object v = eval(entry.value());
                try {
                    Literals.spreadDict(dict, v);
                } catch (RuffRuntimeError err) {
                    throw err.at(entry.value().pos());
                }
            } else {
                Object key = eval(entry.key());
                String k;
                try {
                    k = Indexing.dictKey(key); // LANGUAGE.md decision 7
                } catch (RuffRuntimeError e) {
                    throw e.at(entry.key().pos());
                }
                dict.putInPlace(k, eval(entry.value()));
            }
        }
        return dict;
    }

    @Override
    public Object visitBinary(Expr.Binary node) {
        Object left = eval(node.left());
        Object right = eval(node.right());
        try {
            return Operators.binary(node.op(), left, right, this);
        } catch (RuffRuntimeError e) {
            throw e.at(node.pos());
        }
    }

    @Override
    public Object visitLogical(Expr.Logical node) {
        Object left = eval(node.left());
        switch (node.op()) {
            case AND:
                return Truthiness.isTruthy(left) && Truthiness.isTruthy(eval(node.right()));
            case OR:
                return Truthiness.isTruthy(left) || Truthiness.isTruthy(eval(node.right()));
            default:
                return left == RuffNull.NULL ? eval(node.right()) : left;
        }
    }

    @Override
    public Object visitUnary(Expr.Unary node) {
        Object operand = eval(node.operand());
        try {
            return Operators.unary(node.op(), operand, this);
        } catch (RuffRuntimeError e) {
            throw e.at(node.pos());
        }
    }

    @Override
    public Object visitCall(Expr.Call node) {
        Object callee = eval(node.callee());
        Object[] args = evalArgs(node.args());
        try {
            return callValue(callee, args, node.pos());
        } catch (RuffRuntimeError e) {
            throw e.at(node.pos());
        }
    }

    @Override
    public Object visitMethodCall(Expr.MethodCall node) {
        Object receiver = eval(node.receiver());
        Object[] args = evalArgs(node.args());
        String name = node.name();
        try {
            return switch (MethodCalls.target(receiver, name)) {
                case STRUCT_FIELD -> callValue(((StructInstance) receiver).field(name), args, node.pos());
                case STRUCT_METHOD -> {
                    StructInstance s = (StructInstance) receiver;
                    yield invokeMethod(s, MethodCalls.structMethod(s.method(name), name), args, node.pos());
                }
                case DICT_ENTRY -> callValue(MethodCalls.dictEntry((RuffDict) receiver, name), args, node.pos());
                case DECLARATION_METHOD -> callFunction(
                        (InterpFunction) MethodCalls.declarationMethod((StructDef) receiver, name), null, args, node.pos());
                case HANDLE_METHOD -> ((MethodHandleValue) receiver).callMethod(name, args, this);
                case ARRAY_ADAPTER -> MethodCalls.callArrayAdapter(receiver, name, args, context.natives()::lookup, this);
            };
        } catch (RuffRuntimeError e) {
            throw e.at(node.pos());
        }
    }

    @Override
    public Object visitField(Expr.Field node) {
        Object target = eval(node.object());
        if (node.optional() && target == RuffNull.NULL) {
            return RuffNull.NULL;
        }
        try {
            return Fields.get(target, node.name());
        } catch (RuffRuntimeError e) {
            throw e.at(node.pos());
        }
    }

    @Override
    public Object visitIndex(Expr.Index node) {
        Object target = eval(node.object());
        Object index = eval(node.index());
        try {
            return Indexing.get(target, index);
        } catch (RuffRuntimeError e) {
            throw e.at(node.pos());
        }
    }

    @Override
    public Object visitTry(Expr.Try node) {
        Object v = eval(node.operand());
        Object payload;
        try {
            payload = Patterns.unwrapOrNull(v);
        } catch (RuffRuntimeError e) {
            throw e.at(node.pos());
        }
        if (payload == null) {
            throw new EarlyReturn(frame, v); // Err/None: the function returns it
        }
        return payload;
    }

    @Override
    public Object visitStructLit(Expr.StructLit node) {
        StructInstance instance = StructInstance.literal(node.name(), readOrNull(frame.resolution.ref(node)));
        for (Expr.FieldInit f : node.fields()) {
            instance.setInPlace(f.name(), eval(f.value()));
        }
        return instance;
    }

    @Override
    public Object visitEnumTag(Expr.EnumTag node) {
        return Tags.make(node.enumName(), node.variant(), evalArgs(node.args()));
    }

    @Override
    public Object visitWrap(Expr.Wrap node) {
        Object v = eval(node.value());
        switch (node.kind()) {
            case OK:
                return ResultValue.ok(v);
            case ERR:
                return ResultValue.err(v);
            default:
                return OptionValue.some(v);
        }
    }

    @Override
    public Object visitFuncExpr(Expr.FuncExpr node) {
        return makeFunction(node.function());
    }

    /** Blocks until a promise settles (never deadlocking the executor, see {@link AsyncRuntime}); other values pass through. */
    @Override
    public Object visitAwait(Expr.Await node) {
        Object v = eval(node.operand());
        if (!(v instanceof RuffPromise p)) {
            return v;
        }
        try {
            return context.async().await(p);
        } catch (RuffRuntimeError e) {
            throw e.at(node.pos());
        }
    }

    @Override
    public Object visitYield(Expr.Yield node) {
        Object v = node.value() == null ? RuffNull.NULL : eval(node.value());
        if (generator == null) {
            throw new RuffRuntimeError("yield can only be used inside a generator function").at(node.pos());
        }
        generator.yieldValue(v);
        return RuffNull.NULL;
    }

    @Override
    public Object visitThrow(Expr.Throw node) {
        Object[] args = evalArgs(node.args());
        throw ErrorValues.thrown(args.length, args.length == 0 ? null : args[0]).at(node.pos());
    }
}
