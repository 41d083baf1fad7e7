package dev.ruff.vm.compile;

import dev.ruff.vm.bytecode.OpCode;
import dev.ruff.vm.bytecode.Chunk;
import dev.ruff.vm.bytecode.ChunkBuilder;
import dev.ruff.vm.bytecode.FunctionProto;
import dev.ruff.ast.FunctionNode;
import dev.ruff.ast.Stmt;
import dev.ruff.exec.CompiledUnit;
import dev.ruff.resolve.FunctionInfo;
import dev.ruff.resolve.LocalVar;
import dev.ruff.resolve.Resolution;
import dev.ruff.resolve.UpvalueDesc;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a resolved program to bytecode: one {@link Chunk} for the module body and one
 * {@link FunctionProto} per function, method and function expression. Scoping was decided by the
 * resolver; this class only lays out the code, in the interpreter's order of evaluation.
 */
public final class Compiler {
    private final Resolution resolution;
    private final String file;
    /** Top-level function declarations, defined before the module body runs. */
    private final Set<Stmt> hoisted = Collections.newSetFromMap(new IdentityHashMap<>());

    private Compiler(CompiledUnit unit) {
        this.resolution = unit.resolution();
        this.file = unit.file();
    }

    /** The module body of {@code unit}, with every function in it compiled too. */
    public static FunctionProto compile(CompiledUnit unit) {
        return new Compiler(unit).module(unit);
    }

    private FunctionProto module(CompiledUnit unit) {
        ChunkBuilder b = new ChunkBuilder();
        StatementCompiler sc = new StatementCompiler(this, b, true);
        List<Stmt> statements = unit.program().statements();
        for (Stmt s : statements) {
            Stmt decl = s instanceof Stmt.Export e ? e.declaration() : s;
            if (decl instanceof Stmt.FuncDecl f) {
                b.statementPos = f.pos();
                b.emit(OpCode.CLOSURE, b.constant(function(f.function())));
                b.emit(OpCode.DEFINE_GLOBAL, b.constant(f.name()), 1, 0);
                hoisted.add(f);
            }
        }
        sc.statements(statements);
        b.statementPos = null;
        b.emit(OpCode.NULL);
        b.emit(OpCode.RETURN);
        FunctionInfo main = resolution.main();
        Chunk chunk = b.build(main.name(), file, main.slotCount());
        return FunctionProto.moduleBody(main.name(), chunk);
    }

    /** Compiles a function, method or function expression. */
    FunctionProto function(FunctionNode node) {
        FunctionInfo info = resolution.function(node);
        ChunkBuilder b = new ChunkBuilder();
        b.statementPos = node.pos();
        StatementCompiler sc = new StatementCompiler(this, b, false);
        sc.statements(node.body().statements());
        b.statementPos = node.pos();
        b.emit(OpCode.NULL);
        b.emit(OpCode.RETURN);
        Chunk chunk = b.build(info.name(), file, info.slotCount());

        List<LocalVar> params = info.params();
        boolean hasSelf = node.hasSelfParam();
        int first = hasSelf ? 1 : 0;
        int arity = params.size() - first;
        int[] paramSlots = new int[arity];
        boolean[] paramCaptured = new boolean[arity];
        for (int i = 0; i < arity; i++) {
            paramSlots[i] = params.get(first + i).slot();
            paramCaptured[i] = params.get(first + i).captured();
        }
        Map<String, LocalVar> fields = info.fieldLocals();
        String[] fieldNames = new String[fields.size()];
        int[] fieldSlots = new int[fields.size()];
        boolean[] fieldCaptured = new boolean[fields.size()];
        int i = 0;
        for (Map.Entry<String, LocalVar> f : fields.entrySet()) {
            fieldNames[i] = f.getKey();
            fieldSlots[i] = f.getValue().slot();
            fieldCaptured[i] = f.getValue().captured();
            i++;
        }
        return new FunctionProto(info.name(), chunk, arity, node.isAsync(), node.isGenerator(),
                hasSelf ? params.get(0).slot() : -1, hasSelf && params.get(0).captured(), paramSlots, paramCaptured,
                fieldNames, fieldSlots, fieldCaptured, upvalueFromLocal(info), upvalueIndex(info));
    }

    /** A spawn block as a function of no parameters (the resolver resolved it as one). */
    FunctionProto spawnBody(Stmt.Spawn node) {
        FunctionInfo info = resolution.function(node);
        ChunkBuilder b = new ChunkBuilder();
        b.statementPos = node.pos();
        StatementCompiler sc = new StatementCompiler(this, b, false);
        sc.statements(node.body().statements());
        b.statementPos = node.pos();
        b.emit(OpCode.NULL);
        b.emit(OpCode.RETURN);
        Chunk chunk = b.build(info.name(), file, info.slotCount());
        return new FunctionProto(info.name(), chunk, 0, false, false, -1, false, new int[0], new boolean[0],
                new String[0], new int[0], new boolean[0], upvalueFromLocal(info), upvalueIndex(info));
    }

    private static boolean[] upvalueFromLocal(FunctionInfo info) {
        List<UpvalueDesc> ups = info.upvalues();
        boolean[] fromLocal = new boolean[ups.size()];
        for (int u = 0; u < ups.size(); u++) {
            fromLocal[u] = ups.get(u).fromParentLocal();
        }
        return fromLocal;
    }

    private static int[] upvalueIndex(FunctionInfo info) {
        List<UpvalueDesc> ups = info.upvalues();
        int[] index = new int[ups.size()];
        for (int u = 0; u < ups.size(); u++) {
            index[u] = ups.get(u).index();
        }
        return index;
    }

    Resolution resolution() {
        return resolution;
    }

    boolean isHoisted(Stmt s) {
        return hoisted.contains(s);
    }
}
