package dev.ruff.vm.compile;

import dev.ruff.vm.bytecode.OpCode;
import dev.ruff.vm.bytecode.ChunkBuilder;
import dev.ruff.vm.bytecode.Shapes;
import dev.ruff.lang.BindingKind;
import dev.ruff.ast.Block;
import dev.ruff.ast.Expr;
import dev.ruff.ast.FunctionNode;
import dev.ruff.ast.MatchCase;
import dev.ruff.ast.Pattern;
import dev.ruff.ast.Stmt;
import dev.ruff.ast.StructField;
import dev.ruff.diag.SourcePos;
import dev.ruff.resolve.BlockInfo;
import dev.ruff.resolve.LocalVar;
import dev.ruff.resolve.Resolution;
import dev.ruff.resolve.VarRef;
import dev.ruff.runtime.GlobalVar;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Compiles statements of one function (or module body). Statements leave the operand stack as they
 * found it, except that a {@code for} loop keeps its iterator there while its body runs.
 */
final class StatementCompiler implements Stmt.Visitor<Void> {
    /** The innermost enclosing loop: where {@code continue} goes and which jumps {@code break} patches. */
    private static final class Loop {
        final int continueTarget;
        final int tryDepth;
        final List<Integer> breaks = new ArrayList<>();
        /** Continue jumps to patch once the target is known (continueTarget -1). */
        final List<Integer> continues = new ArrayList<>();

        Loop(int continueTarget, int tryDepth) {
            this.continueTarget = continueTarget;
            this.tryDepth = tryDepth;
        }
    }

    private final Compiler compiler;
    private final ChunkBuilder b;
    private final Resolution resolution;
    private final ExpressionCompiler expr;
    private final boolean module;
    private final Deque<Loop> loops = new ArrayDeque<>();
    private int tryDepth;

    StatementCompiler(Compiler compiler, ChunkBuilder b, boolean module) {
        this.compiler = compiler;
        this.b = b;
        this.resolution = compiler.resolution();
        this.expr = new ExpressionCompiler(compiler, b);
        this.module = module;
    }

    void statements(List<Stmt> statements) {
        for (Stmt s : statements) {
            statement(s);
        }
    }

    private void statement(Stmt s) {
        SourcePos saved = b.statementPos;
        b.statementPos = s.pos();
        s.accept(this);
        b.statementPos = saved;
    }

    /** A block is a scope: its variables start unbound on every entry. */
    private void block(Block block) {
        clearSlots(resolution.block(block));
        statements(block.statements());
    }

    private void clearSlots(BlockInfo info) {
        if (!info.isEmpty()) {
            b.emit(OpCode.CLEAR_SLOTS, info.firstSlot(), info.endSlot() - info.firstSlot());
        }
    }

    /** Emits the statement's binding error instead of its code; true when there was one. */
    private boolean bindingError(Stmt s) {
        String error = resolution.bindingError(s);
        if (error == null) {
            return false;
        }
        b.emit(OpCode.RAISE, b.constant(error));
        return true;
    }

    // ------------------------------------------------------------------ bindings

    /** Binds the value on top of the stack to a declared name (let/mut/const, parameter-like names). */
    private void declare(VarRef ref, BindingKind kind, boolean checkDuplicate) {
        if (ref instanceof VarRef.Local l) {
            LocalVar v = l.var();
            b.emit(v.captured() ? OpCode.DECLARE_CELL : OpCode.DECLARE_LOCAL, v.slot());
        } else if (ref instanceof VarRef.Global g) {
            b.emit(OpCode.DEFINE_GLOBAL, b.constant(g.name()), kind.ordinal(), checkDuplicate ? 1 : 0);
        } else {
            throw new IllegalStateException("cannot declare through an upvalue: " + ref.name());
        }
    }

    /** Plain {@code x := v} with the value on top of the stack (LANGUAGE.md §3.5). */
    private void assign(VarRef ref) {
        int name = b.constant(ref.name());
        if (ref instanceof VarRef.Local l) {
            LocalVar v = l.var();
            if (!v.captured() && !v.dynamic()) {
                b.emit(OpCode.ASSIGN_LOCAL, v.slot());
            } else {
                int flags = (v.dynamic() ? 1 : 0) | (v.captured() ? 2 : 0);
                b.emit(OpCode.ASSIGN_SLOT, v.slot(), name, b.newCache(), flags);
            }
        } else if (ref instanceof VarRef.Upvalue u) {
            b.emit(OpCode.ASSIGN_UPVALUE, u.index(), name, u.dynamic() ? 1 : 0, b.newCache());
        } else {
            b.emit(OpCode.ASSIGN_GLOBAL, name, b.newCache());
        }
    }

    /**
     * Binds the pattern to the value on top of the stack and pops it. The PATTERN_* instructions keep
     * the destructured value below the part they push ({@code v -- v part}), so no DUP is needed.
     */
    private void bindPattern(Pattern p, BindingKind kind) {
        if (p instanceof Pattern.Name n) {
            declare(resolution.ref(n), kind, true);
        } else if (p instanceof Pattern.Rest r) {
            declare(resolution.ref(r), kind, true);
        } else if (p instanceof Pattern.ArrayPat a) {
            int i = 0;
            boolean afterRest = false;
            for (Pattern el : a.elements()) {
                if (el instanceof Pattern.Rest r) {
                    b.emit(OpCode.PATTERN_REST, afterRest ? Integer.MAX_VALUE : i);
                    declare(resolution.ref(r), kind, true);
                    afterRest = true;
                } else if (!(el instanceof Pattern.Wildcard)) {
                    if (afterRest) {
                        b.emit(OpCode.NULL); // the rest took every remaining element
                    } else {
                        b.emit(OpCode.PATTERN_ELEMENT, i);
                    }
                    bindPattern(el, kind);
                }
                i++;
            }
            b.emit(OpCode.POP);
        } else if (p instanceof Pattern.DictPat d) {
            List<String> taken = new ArrayList<>();
            for (Pattern.Name key : d.keys()) {
                taken.add(key.name());
                b.emit(OpCode.PATTERN_KEY, b.constant(key.name()));
                declare(resolution.ref(key), kind, true);
            }
            if (d.rest() != null) {
                b.emit(OpCode.PATTERN_DICT_REST, b.constant(new Shapes.DictRest(List.copyOf(taken))));
                declare(resolution.ref(d.rest()), kind, true);
            }
            b.emit(OpCode.POP);
        } else {
            b.emit(OpCode.POP); // wildcard
        }
    }


    // ------------------------------------------------------------------ simple statements

    @Override
    public Void visitLet(Stmt.Let node) {
        if (bindingError(node)) {
            return null;
        }
        expr.compile(node.value());
        bindPattern(node.pattern(), node.kind().bindingKind());
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign node) {
        if (bindingError(node)) {
            return null;
        }
        Expr target = node.target();
        LocalVar accumulator = resolution.appendTarget(node);
        if (accumulator != null) {
            appendInto(accumulator, Resolution.appendLinks(node.value()));
            return null;
        }
        if (resolution.appendsInPlace(node)) {
            List<Expr.Binary> links = Resolution.appendLinks(node.value());
            Expr x = links.get(0).left();
            VarRef left = resolution.ref((Expr.Ident) x);
            b.emit(OpCode.LOAD_RAW, x.pos(), ExpressionCompiler.refKind(left),
                    ExpressionCompiler.refIndex(left), b.constant(left.name()), b.newCache());
            addTerms(links, links.size());
            assign(resolution.ref((Expr.Ident) target));
            return null;
        }
        if (target instanceof Expr.Ident id) {
            VarRef ref = resolution.ref(id);
            if (ref instanceof VarRef.Local l && !l.var().captured() && !l.var().dynamic()
                    && expr.compileInto(node.value(), l.var().slot())) {
                return null;
            }
            expr.compile(node.value());
            assign(ref);
            return null;
        }
        expr.compile(node.value());
        // Index keys are evaluated root-first after the value, as the interpreter's TargetWriter does.
        List<String> fields = new ArrayList<>();
        Expr root = collectPath(target, fields);
        if (!(root instanceof Expr.Ident id)) {
            b.emit(OpCode.RAISE, target.pos(), b.constant("Invalid assignment target"));
            return null;
        }
        int keys = 0;
        for (String field : fields) {
            if (field == null) {
                keys++;
            }
        }
        VarRef ref = resolution.ref(id);
        Shapes.Path shape = new Shapes.Path(ExpressionCompiler.refKind(ref), ExpressionCompiler.refIndex(ref),
                ref.name(), fields.toArray(new String[0]), keys);
        b.emit(OpCode.SET_PATH, b.constant(shape), b.newCache());
        return null;
    }

    /**
     * {@code s := s + e} on an accumulating local: fused when {@code e} is a plain local, else the slot is
     * pushed raw (a StringAccumulator stays one), then {@code e}, then {@link OpCode#APPEND_LOCAL}. A longer
     * chain {@code s := s + e1 + ... + en} adds its first terms on the stack ({@link #addTerms}) and stores
     * only the last sum.
     */
    private void appendInto(LocalVar s, List<Expr.Binary> links) {
        Expr.Binary last = links.get(links.size() - 1);
        if (links.size() == 1 && expr.compileInto(last, s.slot())) {
            return;
        }
        b.emit(OpCode.LOAD_LOCAL, links.get(0).left().pos(), s.slot(), b.constant(s.name()), b.newCache());
        addTerms(links, links.size() - 1);
        expr.compile(last.right());
        b.emit(OpCode.APPEND_LOCAL, last.pos(), s.slot());
    }

    /** Adds the first {@code count} terms of an append chain to the unrevealed value on the stack. */
    private void addTerms(List<Expr.Binary> links, int count) {
        for (int i = 0; i < count; i++) {
            expr.compile(links.get(i).right());
            b.emit(OpCode.CONCAT, links.get(i).pos());
        }
    }

    private Expr collectPath(Expr e, List<String> fields) {
        if (e instanceof Expr.Field f) {
            Expr root = collectPath(f.object(), fields);
            fields.add(f.name());
            return root;
        }
        if (e instanceof Expr.Index ix) {
            Expr root = collectPath(ix.object(), fields);
            expr.compile(ix.index());
            fields.add(null);
            return root;
        }
        return e;
    }

    @Override
    public Void visitExprStmt(Stmt.ExprStmt node) {
        expr.compile(node.expr());
        b.emit(OpCode.POP);
        return null;
    }

    @Override
    public Void visitFuncDecl(Stmt.FuncDecl node) {
        if (compiler.isHoisted(node)) {
            return null;
        }
        VarRef ref = resolution.ref(node);
        int proto = b.constant(compiler.function(node.function()));
        if (ref instanceof VarRef.Local l && l.var().captured()) {
            // The function may call itself: its cell must exist before the closure captures it.
            b.emit(OpCode.NEW_CELL, l.var().slot());
            b.emit(OpCode.CLOSURE, proto);
            b.emit(OpCode.CELL_SET, l.var().slot());
        } else {
            b.emit(OpCode.CLOSURE, proto);
            declare(ref, BindingKind.MUT, false);
        }
        return null;
    }

    @Override
    public Void visitEnumDecl(Stmt.EnumDecl node) {
        return null; // tags are built by name; the declaration binds nothing
    }

    @Override
    public Void visitStructDecl(Stmt.StructDecl node) {
        List<String> fieldNames = new ArrayList<>();
        List<String> defaults = new ArrayList<>();
        for (StructField f : node.fields()) {
            fieldNames.add(f.name());
            if (f.defaultValue() != null) {
                defaults.add(f.name());
                expr.compile(f.defaultValue());
            }
        }
        List<String> methods = new ArrayList<>();
        for (FunctionNode m : node.methods()) {
            if (m.isGenerator()) {
                b.emit(OpCode.RAISE, m.pos(), b.constant("Generator methods are not supported for structs: "
                        + node.name() + "." + m.name()));
                return null;
            }
            methods.add(m.name());
            b.emit(OpCode.CLOSURE, b.constant(compiler.function(m)));
        }
        b.emit(OpCode.STRUCT_DEF, b.constant(new Shapes.StructDecl(node.name(), fieldNames, defaults, methods)));
        declare(resolution.ref(node), BindingKind.MUT, false);
        return null;
    }

    @Override
    public Void visitImport(Stmt.Import node) {
        b.emit(OpCode.IMPORT, b.constant(node.module()));
        return null;
    }

    @Override
    public Void visitFromImport(Stmt.FromImport node) {
        b.emit(OpCode.FROM_IMPORT, b.constant(new Shapes.FromImport(node.modulePath(), node.names())));
        return null;
    }

    @Override
    public Void visitExport(Stmt.Export node) {
        statement(node.declaration());
        return null;
    }

    @Override
    public Void visitReturn(Stmt.Return node) {
        if (node.value() == null) {
            b.emit(OpCode.NULL);
        } else {
            expr.compile(node.value());
        }
        b.emit(OpCode.RETURN);
        return null;
    }

    @Override
    public Void visitSpawn(Stmt.Spawn node) {
        // The block is a closure of no parameters; SPAWN snapshots what it captured and starts it.
        b.emit(OpCode.CLOSURE, node.pos(), b.constant(compiler.spawnBody(node)));
        b.emit(OpCode.SPAWN, node.pos());
        return null;
    }

    @Override
    public Void visitTest(Stmt.Test node) {
        return null; // test blocks run only under `ruff test-run`
    }

    // ------------------------------------------------------------------ control flow

    @Override
    public Void visitIf(Stmt.If node) {
        int toElse = expr.jumpIfFalse(node.condition());
        block(node.thenBlock());
        if (node.elseBlock() == null) {
            b.patch(toElse);
            return null;
        }
        int toEnd = b.emit(OpCode.JUMP, 0);
        b.patch(toElse);
        block(node.elseBlock());
        b.patch(toEnd);
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While node) {
        if (expr.fusesToLocalJump(node.condition())) {
            // Test at the bottom: one dispatch per iteration for `while i < N`.
            int toTest = b.emit(OpCode.JUMP, 0);
            int body = b.here();
            Loop loop = enterLoop(-1);
            block(node.body());
            int test = b.here();
            b.patch(toTest, test);
            for (int jump : loop.continues) {
                b.patch(jump, test);
            }
            b.patch(expr.jumpIfTrue(node.condition()), body);
            exitLoop(loop);
            return null;
        }
        int top = b.here();
        int exit = expr.jumpIfFalse(node.condition());
        Loop loop = enterLoop(top);
        block(node.body());
        b.emit(OpCode.JUMP, top);
        b.patch(exit);
        exitLoop(loop);
        return null;
    }

    @Override
    public Void visitLoop(Stmt.Loop node) {
        int top = b.here();
        Loop loop = enterLoop(top);
        block(node.body());
        b.emit(OpCode.JUMP, top);
        exitLoop(loop);
        return null;
    }

    @Override
    public Void visitFor(Stmt.For node) {
        if (node.iterable() instanceof Expr.Call call && call.callee() instanceof Expr.Ident callee
                && callee.name().equals("range") && call.args().size() >= 1 && call.args().size() <= 3
                && noSpread(call.args())) {
            // range(...) over ints iterates without building its array (RangeCursor); else the call runs.
            expr.compile(callee);
            for (Expr arg : call.args()) {
                expr.compile(arg);
            }
            int fast = b.emit(OpCode.RANGE_LOOP, call.pos(), call.args().size(), 0);
            b.emit(OpCode.CALL, call.pos(), call.args().size());
            b.emit(OpCode.ITER);
            b.patch(fast);
        } else {
            expr.compile(node.iterable());
            b.emit(OpCode.ITER);
        }
        int top = b.emit(OpCode.FOR_NEXT, 0);
        Loop loop = enterLoop(top);
        BlockInfo body = resolution.block(node.body());
        VarRef var = resolution.ref(node);
        if (!body.isEmpty() && var instanceof VarRef.Local l && l.var().slot() == body.firstSlot()) {
            // The loop variable's slot is bound right away, so only the slots after it need clearing.
            if (body.endSlot() - body.firstSlot() > 1) {
                b.emit(OpCode.CLEAR_SLOTS, body.firstSlot() + 1, body.endSlot() - body.firstSlot() - 1);
            }
        } else {
            clearSlots(body);
        }
        declare(var, BindingKind.MUT, false);
        statements(node.body().statements());
        b.emit(OpCode.JUMP, top);
        // Exhaustion and break both arrive here with the iterator on the stack.
        b.patch(top);
        exitLoop(loop);
        b.emit(OpCode.POP);
        return null;
    }

    private Loop enterLoop(int continueTarget) {
        Loop loop = new Loop(continueTarget, tryDepth);
        loops.push(loop);
        return loop;
    }

    private void exitLoop(Loop loop) {
        loops.pop();
        for (int jump : loop.breaks) {
            b.patch(jump);
        }
    }

    @Override
    public Void visitBreak(Stmt.Break node) {
        if (bindingError(node)) {
            return null;
        }
        Loop loop = loops.peek();
        leaveTries(loop);
        loop.breaks.add(b.emit(OpCode.JUMP, 0));
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue node) {
        if (bindingError(node)) {
            return null;
        }
        Loop loop = loops.peek();
        leaveTries(loop);
        int jump = b.emit(OpCode.JUMP, Math.max(loop.continueTarget, 0));
        if (loop.continueTarget < 0) {
            loop.continues.add(jump);
        }
        return null;
    }

    /** Jumping out of try blocks uninstalls their handlers. */
    private void leaveTries(Loop loop) {
        for (int i = loop.tryDepth; i < tryDepth; i++) {
            b.emit(OpCode.TRY_END);
        }
    }

    @Override
    public Void visitMatch(Stmt.Match node) {
        expr.compile(node.subject());
        List<Integer> toEnd = new ArrayList<>();
        for (MatchCase c : node.cases()) {
            int next = b.emit(OpCode.MATCH_CASE, b.constant(c.pattern()), 0);
            if (c.binding() != null) {
                b.emit(OpCode.CASE_PAYLOAD);
                declare(resolution.ref(c), BindingKind.MUT, false);
            }
            // The subject leaves the stack before the body, so break/continue inside it stay balanced.
            b.emit(OpCode.POP);
            statements(c.body().statements());
            toEnd.add(b.emit(OpCode.JUMP, 0));
            b.patch(next);
        }
        b.emit(OpCode.POP);
        if (node.defaultBody() != null) {
            statements(node.defaultBody().statements());
        }
        for (int jump : toEnd) {
            b.patch(jump);
        }
        return null;
    }

    /** Loops rather than streams or lambdas here: each lambda costs a class spun at run time on a cold start. */
    private static boolean noSpread(List<Expr> args) {
        for (Expr arg : args) {
            if (arg instanceof Expr.Spread) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Void visitTryExcept(Stmt.TryExcept node) {
        int handler = b.emit(OpCode.TRY_BEGIN, 0);
        tryDepth++;
        block(node.body());
        tryDepth--;
        b.emit(OpCode.TRY_END);
        int toEnd = b.emit(OpCode.JUMP, 0);
        b.patch(handler);
        clearSlots(resolution.block(node.handler()));
        b.emit(OpCode.EXCEPT_VALUE);
        declare(resolution.ref(node), BindingKind.MUT, false);
        statements(node.handler().statements());
        b.patch(toEnd);
        return null;
    }

    boolean isModule() {
        return module;
    }
}
