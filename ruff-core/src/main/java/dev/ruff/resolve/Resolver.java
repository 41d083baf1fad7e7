package dev.ruff.resolve;

import dev.ruff.lang.BindingKind;
import dev.ruff.ast.Block;
import dev.ruff.ast.Expr;
import dev.ruff.ast.FunctionNode;
import dev.ruff.ast.MatchCase;
import dev.ruff.ast.Node;
import dev.ruff.ast.Param;
import dev.ruff.ast.Pattern;
import dev.ruff.ast.Program;
import dev.ruff.ast.Stmt;
import dev.ruff.ast.StructField;
import dev.ruff.diag.Diagnostic;
import dev.ruff.lang.BinaryOp;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * Answers every scope question once, before either backend runs: which slot or upvalue a name
 * means, which names are globals, and which statements must raise a binding error when they run
 * (LANGUAGE.md decision 3: found here, raised at run time, reported up front by {@code ruff check}).
 */
public final class Resolver {
    private static final String HELP = "Fix the binding error and rerun Ruff.";

    /** One lexical block scope. The module's outermost scope is the global scope: no slots. */
    private static final class Scope {
        final Map<String, LocalVar> vars = new HashMap<>();
        final boolean global;
        final int firstSlot;
        int peak;

        Scope(boolean global, int firstSlot) {
            this.global = global;
            this.firstSlot = firstSlot;
            this.peak = firstSlot;
        }
    }

    /** Per-function resolution state. */
    private static final class FunctionScope {
        final FunctionScope enclosing;
        final String name;
        final Deque<Scope> scopes = new ArrayDeque<>();
        final List<UpvalueDesc> upvalues = new ArrayList<>();
        final IdentityHashMap<LocalVar, Integer> upvalueIndex = new IdentityHashMap<>();
        final IdentityHashMap<LocalVar, LocalVar> upvalueOrigin = new IdentityHashMap<>();
        final List<LocalVar> params = new ArrayList<>();
        final Map<String, LocalVar> fieldLocals = new LinkedHashMap<>();
        int nextSlot;
        int maxSlot;
        int loopDepth;

        FunctionScope(FunctionScope enclosing, String name) {
            this.enclosing = enclosing;
            this.name = name;
        }
    }

    private final Program program;
    private final IdentityHashMap<Node, VarRef> refs = new IdentityHashMap<>();
    private final IdentityHashMap<Node, FunctionInfo> functions = new IdentityHashMap<>();
    private final IdentityHashMap<Block, BlockInfo> blocks = new IdentityHashMap<>();
    private final IdentityHashMap<Node, String> bindingErrors = new IdentityHashMap<>();
    private final IdentityHashMap<Node, LocalVar> appends = new IdentityHashMap<>();
    private final Set<Node> appendStatements = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    /** Kinds of globals declared so far by top-level statements, to report let/const misuse statically too. */
    private final Map<String, BindingKind> topLevelKinds = new HashMap<>();
    /**
     * Globals certain to exist when the module-level code being resolved runs: hoisted functions and
     * every name bound by a top-level statement already passed (globals are never removed).
     */
    private final Set<String> knownGlobals = new HashSet<>();
    private FunctionScope fn;

    private Resolver(Program program) {
        this.program = program;
    }

    /** Resolves a whole program. Never throws for well-formed ASTs; findings go into the result. */
    public static Resolution resolve(Program program) {
        return new Resolver(program).run();
    }

    private Resolution run() {
        fn = new FunctionScope(null, "<main>");
        fn.scopes.push(new Scope(true, 0));
        for (Stmt s : program.statements()) {
            Stmt decl = s instanceof Stmt.Export e ? e.declaration() : s;
            if (decl instanceof Stmt.FuncDecl f) {
                knownGlobals.add(f.name()); // hoisted: defined before the first statement runs
                topLevelKinds.putIfAbsent(f.name(), BindingKind.MUT);
            }
        }
        for (Stmt s : program.statements()) {
            stmt(s);
            recordTopLevelBindings(s);
        }
        FunctionInfo main = new FunctionInfo("<main>", fn.maxSlot, List.of(), List.of(), Map.of());
        return new Resolution(program, main, refs, functions, blocks, bindingErrors, appends, appendStatements,
                diagnostics);
    }

    /** After a top-level statement has run, the globals it binds exist for all later module-level code. */
    private void recordTopLevelBindings(Stmt s) {
        if (s instanceof Stmt.Export e) {
            recordTopLevelBindings(e.declaration());
        } else if (s instanceof Stmt.Let let) {
            patternNames(let.pattern(), knownGlobals);
        } else if (s instanceof Stmt.Assign a && a.target() instanceof Expr.Ident id) {
            knownGlobals.add(id.name());
            topLevelKinds.putIfAbsent(id.name(), BindingKind.MUT);
        } else if (s instanceof Stmt.StructDecl sd) {
            knownGlobals.add(sd.name());
        } else if (s instanceof Stmt.Import i) {
            knownGlobals.add(i.module());
        } else if (s instanceof Stmt.FromImport i) {
            knownGlobals.addAll(i.names());
        }
    }

    private static void patternNames(Pattern p, Set<String> into) {
        if (p instanceof Pattern.Name n) {
            into.add(n.name());
        } else if (p instanceof Pattern.Rest r) {
            into.add(r.name());
        } else if (p instanceof Pattern.ArrayPat a) {
            a.elements().forEach(el -> patternNames(el, into));
        } else if (p instanceof Pattern.DictPat d) {
            d.keys().forEach(k -> into.add(k.name()));
            if (d.rest() != null) {
                into.add(d.rest().name());
            }
        }
    }

    /** True while resolving module-level code (not a function, spawn or test body). */
    private boolean atModuleLevel() {
        return fn.enclosing == null;
    }

    // ------------------------------------------------------------------ statements

    private void stmt(Stmt s) {
        s.accept(statementPass);
    }

    /** Resolves statements; each visit returns null. */
    private final Stmt.Visitor<Void> statementPass = new Stmt.Visitor<>() {
        @Override
        public Void visitLet(Stmt.Let let) {
            expr(let.value());
            declarePattern(let.pattern(), let.kind().bindingKind(), let);
            return null;
        }

        @Override
        public Void visitStructDecl(Stmt.StructDecl sd) {
            structDecl(sd);
            return null;
        }

        @Override
        public Void visitAssign(Stmt.Assign a) {
            assign(a);
            return null;
        }

        @Override
        public Void visitExprStmt(Stmt.ExprStmt e) {
            expr(e.expr());
            return null;
        }

        @Override
        public Void visitFuncDecl(Stmt.FuncDecl f) {
            declare(f.name(), BindingKind.MUT, f, null);
            function(f.function(), f.name(), null);
            return null;
        }

        @Override
        public Void visitEnumDecl(Stmt.EnumDecl e) {
            return null; // variants are constructed by name; nothing to bind
        }

        @Override
        public Void visitImport(Stmt.Import i) {
            return null; // binds globals at run time
        }

        @Override
        public Void visitFromImport(Stmt.FromImport i) {
            return null; // binds globals at run time
        }

        @Override
        public Void visitExport(Stmt.Export e) {
            stmt(e.declaration());
            return null;
        }

        @Override
        public Void visitReturn(Stmt.Return r) {
            if (r.value() != null) {
                expr(r.value());
            }
            return null;
        }

        @Override
        public Void visitIf(Stmt.If i) {
            expr(i.condition());
            block(i.thenBlock());
            if (i.elseBlock() != null) {
                block(i.elseBlock());
            }
            return null;
        }

        @Override
        public Void visitWhile(Stmt.While w) {
            expr(w.condition());
            loopBody(w.body());
            return null;
        }

        @Override
        public Void visitLoop(Stmt.Loop l) {
            loopBody(l.body());
            return null;
        }

        @Override
        public Void visitFor(Stmt.For f) {
            forLoop(f);
            return null;
        }

        @Override
        public Void visitMatch(Stmt.Match m) {
            match(m);
            return null;
        }

        @Override
        public Void visitTryExcept(Stmt.TryExcept t) {
            block(t.body());
            pushScope();
            declare(t.errorVariable(), BindingKind.MUT, t, null);
            statements(t.handler().statements());
            popScope(t.handler());
            return null;
        }

        @Override
        public Void visitSpawn(Stmt.Spawn sp) {
            detachedBody(sp, "<spawn>", sp.body());
            return null;
        }

        @Override
        public Void visitTest(Stmt.Test t) {
            detachedBody(t, t.name() == null ? "<test>" : t.name(), t.body());
            return null;
        }

        @Override
        public Void visitBreak(Stmt.Break b) {
            if (fn.loopDepth == 0) {
                bindingError(b, "break can only be used inside a loop");
            }
            return null;
        }

        @Override
        public Void visitContinue(Stmt.Continue c) {
            if (fn.loopDepth == 0) {
                bindingError(c, "continue can only be used inside a loop");
            }
            return null;
        }
    };

    private void statements(List<Stmt> statements) {
        for (Stmt s : statements) {
            stmt(s);
        }
    }

    private void block(Block b) {
        pushScope();
        statements(b.statements());
        popScope(b);
    }

    private void loopBody(Block body) {
        fn.loopDepth++;
        block(body);
        fn.loopDepth--;
    }

    private void forLoop(Stmt.For f) {
        expr(f.iterable());
        fn.loopDepth++;
        // The loop variable lives in the body's per-iteration scope.
        pushScope();
        declare(f.variable(), BindingKind.MUT, f, null);
        statements(f.body().statements());
        popScope(f.body());
        fn.loopDepth--;
    }

    private void match(Stmt.Match m) {
        expr(m.subject());
        // Case bodies open no scope: their bindings land in the enclosing scope (LANGUAGE.md §3.5).
        for (MatchCase c : m.cases()) {
            if (c.binding() != null) {
                declareOrReuse(c.binding(), c);
            }
            statements(c.body().statements());
        }
        if (m.defaultBody() != null) {
            statements(m.defaultBody().statements());
        }
    }

    private void assign(Stmt.Assign a) {
        expr(a.value());
        Expr target = a.target();
        if (target instanceof Expr.Ident id) {
            assignName(a, id);
        } else if (target instanceof Expr.Field f) {
            expr(f.object());
            checkMutation(a, f.object());
        } else if (target instanceof Expr.Index ix) {
            expr(ix.object());
            expr(ix.index());
            checkMutation(a, ix.object());
        } else {
            expr(target);
            bindingError(a, "Invalid assignment target");
        }
    }

    private void assignName(Stmt.Assign a, Expr.Ident id) {
        VarRef ref = lookup(id.name());
        if (ref instanceof VarRef.Global && !currentScope().global
                && !(atModuleLevel() && knownGlobals.contains(id.name()))) {
            // Not bound in any enclosing function scope: a global if one exists when this runs, else a new local.
            LocalVar v = newDynamicLocal(id.name());
            currentScope().vars.put(id.name(), v);
            ref = new VarRef.Local(v);
        }
        refs.put(id, ref);
        BindingKind kind = kindOf(ref);
        if (kind == BindingKind.LET) {
            bindingError(a, "Cannot reassign immutable let binding: " + id.name());
        } else if (kind == BindingKind.CONST) {
            bindingError(a, "Cannot reassign const binding: " + id.name());
        }
        // x := x + e (or x := x + e1 + ... + en) on one variable: a candidate for in-place string building
        // (StringAccumulator), whatever kind of variable x is; x := x + 1 is a counter and keeps its fused int
        // instructions, and a longer chain is taken only when a term is text (x := x + a + b on ints stays
        // plain arithmetic).
        List<Expr.Binary> links = Resolution.appendLinks(a.value());
        if (kind != BindingKind.LET && kind != BindingKind.CONST && !links.isEmpty()
                && links.get(0).left() instanceof Expr.Ident left && left.name().equals(id.name())
                && buildsText(links)) {
            // Same name on both sides; the refs may still differ (a global read, then a new dynamic local),
            // which the in-place path handles, as an accumulator is an immutable view (StringAccumulator).
            if (ref instanceof VarRef.Local l && sameVariable(refs.get(left), ref)) {
                l.var().markAppended();
                appends.put(a, l.var());
            }
            appendStatements.add(a);
        }
    }

    /** Whether the additions of an append chain may build a string (see visitAssign's append rule). */
    private static boolean buildsText(List<Expr.Binary> links) {
        if (links.size() == 1) {
            Expr term = links.get(0).right();
            return !(term instanceof Expr.IntLit) && !(term instanceof Expr.FloatLit);
        }
        return links.stream().map(Expr.Binary::right)
                .anyMatch(t -> t instanceof Expr.StringLit || t instanceof Expr.Interpolated);
    }

    private static boolean sameVariable(VarRef a, VarRef b) {
        if (a instanceof VarRef.Local x && b instanceof VarRef.Local y) {
            return x.var() == y.var();
        }
        if (a instanceof VarRef.Upvalue x && b instanceof VarRef.Upvalue y) {
            return x.index() == y.index();
        }
        return a instanceof VarRef.Global x && b instanceof VarRef.Global y && x.name().equals(y.name());
    }

    /** {@code x.f := v} / {@code x[i] := v} through a {@code let}/{@code const} binding is an error. */
    private void checkMutation(Stmt.Assign a, Expr container) {
        Expr root = container;
        while (true) {
            if (root instanceof Expr.Field f) {
                root = f.object();
            } else if (root instanceof Expr.Index ix) {
                root = ix.object();
            } else {
                break;
            }
        }
        if (root instanceof Expr.Ident id) {
            BindingKind kind = kindOf(refs.get(id));
            if (kind == BindingKind.LET) {
                bindingError(a, "Cannot mutate immutable let binding: " + id.name());
            } else if (kind == BindingKind.CONST) {
                bindingError(a, "Cannot mutate const binding: " + id.name());
            }
        }
    }

    private void structDecl(Stmt.StructDecl sd) {
        for (StructField f : sd.fields()) {
            if (f.defaultValue() != null) {
                expr(f.defaultValue());
            }
        }
        declare(sd.name(), BindingKind.MUT, sd, null);
        List<String> fieldNames = sd.fields().stream().map(StructField::name).toList();
        for (FunctionNode m : sd.methods()) {
            function(m, sd.name() + "." + m.name(), m.hasSelfParam() ? null : fieldNames);
        }
    }

    /** Spawn and test bodies run later, apart from the statement that declares them: resolve as functions. */
    private void detachedBody(Node owner, String name, Block body) {
        FunctionScope outer = fn;
        fn = new FunctionScope(outer, name);
        fn.scopes.push(new Scope(false, 0));
        statements(body.statements());
        Scope top = fn.scopes.pop();
        blocks.put(body, new BlockInfo(0, top.peak));
        functions.put(owner, new FunctionInfo(name, fn.maxSlot, List.of(), List.copyOf(fn.upvalues), Map.of()));
        fn = outer;
    }

    // ------------------------------------------------------------------ functions

    private void function(FunctionNode f, String name, List<String> legacyFields) {
        FunctionScope outer = fn;
        fn = new FunctionScope(outer, name == null ? "<lambda>" : name);
        Scope top = new Scope(false, 0);
        fn.scopes.push(top);
        for (Param p : f.params()) {
            LocalVar v = declare(p.name(), BindingKind.MUT, p, null);
            fn.params.add(v);
        }
        if (legacyFields != null) {
            for (String field : legacyFields) {
                if (!top.vars.containsKey(field)) {
                    LocalVar v = newLocal(field, BindingKind.MUT, false);
                    top.vars.put(field, v);
                    fn.fieldLocals.put(field, v);
                }
            }
        }
        statements(f.body().statements());
        fn.scopes.pop();
        blocks.put(f.body(), new BlockInfo(0, top.peak));
        functions.put(f, new FunctionInfo(fn.name, fn.maxSlot, List.copyOf(fn.params),
                List.copyOf(fn.upvalues), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fn.fieldLocals))));
        fn = outer;
    }

    // ------------------------------------------------------------------ expressions

    private void expr(Expr e) {
        e.accept(expressionPass);
    }

    /** Resolves the names inside expressions; literals have none. */
    private final Expr.Visitor<Void> expressionPass = new Expr.Visitor<>() {
        @Override
        public Void visitIntLit(Expr.IntLit node) {
            return null;
        }

        @Override
        public Void visitFloatLit(Expr.FloatLit node) {
            return null;
        }

        @Override
        public Void visitStringLit(Expr.StringLit node) {
            return null;
        }

        @Override
        public Void visitBoolLit(Expr.BoolLit node) {
            return null;
        }

        @Override
        public Void visitNullLit(Expr.NullLit node) {
            return null;
        }

        @Override
        public Void visitInterpolated(Expr.Interpolated node) {
            node.parts().forEach(Resolver.this::expr);
            return null;
        }

        @Override
        public Void visitIdent(Expr.Ident node) {
            refs.put(node, lookup(node.name()));
            return null;
        }

        @Override
        public Void visitSpread(Expr.Spread node) {
            expr(node.value());
            return null;
        }

        @Override
        public Void visitArrayLit(Expr.ArrayLit node) {
            node.elements().forEach(Resolver.this::expr);
            return null;
        }

        @Override
        public Void visitDictLit(Expr.DictLit node) {
            for (Expr.DictEntry en : node.entries()) {
                if (en.key() != null) {
                    expr(en.key());
                }
                expr(en.value());
            }
            return null;
        }

        @Override
        public Void visitBinary(Expr.Binary node) {
            expr(node.left());
            expr(node.right());
            return null;
        }

        @Override
        public Void visitLogical(Expr.Logical node) {
            expr(node.left());
            expr(node.right());
            return null;
        }

        @Override
        public Void visitUnary(Expr.Unary node) {
            expr(node.operand());
            return null;
        }

        @Override
        public Void visitCall(Expr.Call node) {
            expr(node.callee());
            node.args().forEach(Resolver.this::expr);
            return null;
        }

        @Override
        public Void visitMethodCall(Expr.MethodCall node) {
            expr(node.receiver());
            node.args().forEach(Resolver.this::expr);
            return null;
        }

        @Override
        public Void visitField(Expr.Field node) {
            expr(node.object());
            return null;
        }

        @Override
        public Void visitIndex(Expr.Index node) {
            expr(node.object());
            expr(node.index());
            return null;
        }

        @Override
        public Void visitTry(Expr.Try node) {
            expr(node.operand());
            return null;
        }

        @Override
        public Void visitStructLit(Expr.StructLit node) {
            refs.put(node, lookup(node.name()));
            node.fields().forEach(fi -> expr(fi.value()));
            return null;
        }

        @Override
        public Void visitEnumTag(Expr.EnumTag node) {
            node.args().forEach(Resolver.this::expr);
            return null;
        }

        @Override
        public Void visitWrap(Expr.Wrap node) {
            expr(node.value());
            return null;
        }

        @Override
        public Void visitNoneLit(Expr.NoneLit node) {
            return null;
        }

        @Override
        public Void visitFuncExpr(Expr.FuncExpr node) {
            function(node.function(), node.function().name(), null);
            return null;
        }

        @Override
        public Void visitAwait(Expr.Await node) {
            expr(node.operand());
            return null;
        }

        @Override
        public Void visitYield(Expr.Yield node) {
            if (node.value() != null) {
                expr(node.value());
            }
            return null;
        }

        @Override
        public Void visitThrow(Expr.Throw node) {
            node.args().forEach(Resolver.this::expr);
            return null;
        }
    };

    // ------------------------------------------------------------------ scopes and names

    private Scope currentScope() {
        return fn.scopes.peek();
    }

    private void pushScope() {
        fn.scopes.push(new Scope(false, fn.nextSlot));
    }

    private void popScope(Block b) {
        Scope s = fn.scopes.pop();
        blocks.put(b, new BlockInfo(s.firstSlot, s.peak));
        fn.nextSlot = s.firstSlot;
        Scope parent = fn.scopes.peek();
        if (parent != null && parent.peak < s.peak) {
            parent.peak = s.peak;
        }
    }

    /**
     * A local made by plain {@code x := v} that may turn out to mean a global: the backends tell by its
     * slot being unset, so it gets a slot no earlier variable of this function used (a reused slot could
     * still hold a finished block's value and make the global update land in the local).
     */
    private LocalVar newDynamicLocal(String name) {
        fn.nextSlot = Math.max(fn.nextSlot, fn.maxSlot);
        return newLocal(name, BindingKind.MUT, true);
    }

    private LocalVar newLocal(String name, BindingKind kind, boolean dynamic) {
        LocalVar v = new LocalVar(name, fn.nextSlot++, kind, dynamic);
        fn.maxSlot = Math.max(fn.maxSlot, fn.nextSlot);
        Scope s = currentScope();
        s.peak = Math.max(s.peak, fn.nextSlot);
        return v;
    }

    /**
     * Declares {@code name} in the current scope and records the ref at {@code node}. In the global
     * scope declarations are globals (duplicates are found when they run). Returns the local, or null.
     */
    private LocalVar declare(String name, BindingKind kind, Node node, Node statement) {
        Scope scope = currentScope();
        if (scope.global) {
            refs.put(node, new VarRef.Global(name));
            if (statement != null) {
                if (knownGlobals.contains(name)) {
                    // An earlier top-level statement bound it: this declaration fails when it runs.
                    bindingError(statement, "Duplicate declaration in the same scope: " + name);
                }
                topLevelKinds.putIfAbsent(name, kind);
            }
            return null;
        }
        if (statement != null && scope.vars.containsKey(name)) {
            bindingError(statement, "Duplicate declaration in the same scope: " + name);
        }
        LocalVar v = newLocal(name, kind, false);
        scope.vars.put(name, v);
        refs.put(node, new VarRef.Local(v));
        return v;
    }

    /** Match bindings rebind an existing variable of the same scope rather than clash with it. */
    private void declareOrReuse(String name, Node node) {
        Scope scope = currentScope();
        LocalVar existing = scope.global ? null : scope.vars.get(name);
        if (existing != null && existing.kind() == BindingKind.MUT) {
            refs.put(node, new VarRef.Local(existing));
        } else {
            declare(name, BindingKind.MUT, node, null);
        }
    }

    private void declarePattern(Pattern p, BindingKind kind, Stmt.Let statement) {
        if (p instanceof Pattern.Name n) {
            declare(n.name(), kind, n, statement);
        } else if (p instanceof Pattern.Rest r) {
            declare(r.name(), kind, r, statement);
        } else if (p instanceof Pattern.ArrayPat a) {
            a.elements().forEach(el -> declarePattern(el, kind, statement));
        } else if (p instanceof Pattern.DictPat d) {
            d.keys().forEach(k -> declare(k.name(), kind, k, statement));
            if (d.rest() != null) {
                declare(d.rest().name(), kind, d.rest(), statement);
            }
        }
    }

    private VarRef lookup(String name) {
        for (Scope s : fn.scopes) {
            if (s.global) {
                return new VarRef.Global(name);
            }
            LocalVar v = s.vars.get(name);
            if (v != null) {
                return new VarRef.Local(v);
            }
        }
        LocalVar origin = findInEnclosing(fn.enclosing, name);
        if (origin == null) {
            return new VarRef.Global(name);
        }
        int index = upvalue(fn, origin);
        return new VarRef.Upvalue(index, name, origin.kind(), origin.dynamic());
    }

    /** The variable {@code name} of some enclosing function (not the global scope), or null. */
    private static LocalVar findInEnclosing(FunctionScope f, String name) {
        for (FunctionScope cur = f; cur != null; cur = cur.enclosing) {
            for (Scope s : cur.scopes) {
                if (s.global) {
                    return null;
                }
                LocalVar v = s.vars.get(name);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    /** Index of {@code origin} among {@code f}'s upvalues, threading it through every function between. */
    private int upvalue(FunctionScope f, LocalVar origin) {
        Integer existing = f.upvalueIndex.get(origin);
        if (existing != null) {
            return existing;
        }
        FunctionScope parent = f.enclosing;
        boolean parentOwnsIt = false;
        for (Scope s : parent.scopes) {
            if (!s.global && s.vars.containsValue(origin)) {
                parentOwnsIt = true;
                break;
            }
        }
        UpvalueDesc desc;
        if (parentOwnsIt) {
            origin.markCaptured();
            desc = new UpvalueDesc(true, origin.slot(), origin.name());
        } else {
            desc = new UpvalueDesc(false, upvalue(parent, origin), origin.name());
        }
        f.upvalues.add(desc);
        int index = f.upvalues.size() - 1;
        f.upvalueIndex.put(origin, index);
        return index;
    }


    private BindingKind kindOf(VarRef ref) {
        if (ref instanceof VarRef.Global g && (currentScope().global
                || atModuleLevel() && knownGlobals.contains(g.name()))) {
            // Only sequential top-level code is certain to run after the declaration it sees.
            return topLevelKinds.get(g.name());
        }
        if (ref instanceof VarRef.Local l) {
            return l.var().kind();
        }
        if (ref instanceof VarRef.Upvalue u) {
            return u.kind();
        }
        return null;
    }

    private void bindingError(Node statement, String message) {
        if (!bindingErrors.containsKey(statement)) {
            bindingErrors.put(statement, message);
            diagnostics.add(new Diagnostic("RUFRES001", "resolver", message, statement.pos(), HELP));
        }
    }
}
