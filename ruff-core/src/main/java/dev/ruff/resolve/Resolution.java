package dev.ruff.resolve;

import dev.ruff.ast.Block;
import dev.ruff.ast.Expr;
import dev.ruff.ast.Node;
import dev.ruff.ast.Program;
import dev.ruff.ast.Stmt;
import dev.ruff.diag.Diagnostic;
import dev.ruff.lang.BinaryOp;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resolver's answers for one program, keyed by node identity. Immutable once built.
 * Which nodes carry a {@link VarRef}: {@code Expr.Ident}, {@code Pattern.Name}, {@code Pattern.Rest},
 * {@code Param}, {@code Stmt.For} (its variable), {@code Stmt.TryExcept} (its error variable),
 * {@code MatchCase} (its binding), {@code Stmt.FuncDecl}, {@code Stmt.StructDecl}, {@code Stmt.EnumDecl}.
 */
public final class Resolution {
    private final Program program;
    private final FunctionInfo main;
    private final Map<Node, VarRef> refs;
    private final Map<Node, FunctionInfo> functions;
    private final Map<Block, BlockInfo> blocks;
    private final Map<Node, String> bindingErrors;
    private final Map<Node, LocalVar> appends;
    private final Set<Node> appendStatements;
    private final List<Diagnostic> diagnostics;

    Resolution(Program program, FunctionInfo main, IdentityHashMap<Node, VarRef> refs,
               IdentityHashMap<Node, FunctionInfo> functions, IdentityHashMap<Block, BlockInfo> blocks,
               IdentityHashMap<Node, String> bindingErrors, IdentityHashMap<Node, LocalVar> appends,
               Set<Node> appendStatements, List<Diagnostic> diagnostics) {
        this.appendStatements = appendStatements;
        this.program = program;
        this.main = main;
        this.refs = refs;
        this.functions = functions;
        this.blocks = blocks;
        this.bindingErrors = bindingErrors;
        this.appends = appends;
        this.diagnostics = List.copyOf(diagnostics);
    }

    public Program program() {
        return program;
    }

    /** Layout of the module body's frame (slots of block-scoped variables at top level). */
    public FunctionInfo main() {
        return main;
    }

    /** The meaning of the name at {@code node}; never {@code null} for the node kinds listed above. */
    public VarRef ref(Node node) {
        VarRef r = refs.get(node);
        if (r == null) {
            throw new IllegalStateException("unresolved node at " + node.pos());
        }
        return r;
    }

    /**
     * For {@code x := x + e} where {@code x} is a local that {@linkplain LocalVar#accumulates() accumulates}:
     * that local; else {@code null}. The right operand is {@code ((Expr.Binary) assign.value()).right()}.
     */
    public LocalVar appendTarget(Stmt.Assign assign) {
        LocalVar v = appends.get(assign);
        return v != null && v.accumulates() ? v : null;
    }

    /**
     * The additions of {@code value} read as {@code x + e1 + ... + en} ({@code ((x + e1) + e2) ...}): the
     * {@code +} nodes of its left spine, innermost first (link i adds {@code links.get(i).right()}; the first
     * link's left operand is the innermost left leaf). Empty when {@code value} is not a {@code +}. For an
     * append statement ({@link #appendTarget}, {@link #appendsInPlace}) backends add the terms one at a time
     * to {@code x}'s unrevealed content and assign once at the end: every term still sees {@code x} unchanged,
     * a failing term leaves it so, and a string grows in place however many pieces a statement adds.
     */
    public static List<Expr.Binary> appendLinks(Expr value) {
        java.util.ArrayDeque<Expr.Binary> links = new java.util.ArrayDeque<>();
        Expr e = value;
        while (e instanceof Expr.Binary b && b.op() == BinaryOp.ADD) {
            links.addFirst(b);
            e = b.left();
        }
        return List.copyOf(links);
    }

    /**
     * True for {@code x := x + e} on one variable that is not an {@linkplain #appendTarget accumulating local}
     * (a global, a captured or dynamic local, an upvalue): backends read {@code x} unrevealed, add with
     * {@code StringAccumulator.add} and assign the result, so string building stays
     * amortised linear there too.
     */
    public boolean appendsInPlace(Stmt.Assign assign) {
        return appendStatements.contains(assign) && appendTarget(assign) == null;
    }

    /** Layout of a {@code FunctionNode}'s frame. */
    public FunctionInfo function(Node functionNode) {
        return functions.get(functionNode);
    }

    public BlockInfo block(Block block) {
        BlockInfo b = blocks.get(block);
        return b == null ? new BlockInfo(0, 0) : b;
    }

    /**
     * The error a statement raises when it runs instead of doing its work (reassigning a {@code let},
     * a duplicate declaration, {@code break} outside a loop …), or {@code null}.
     */
    public String bindingError(Node statement) {
        return bindingErrors.get(statement);
    }

    /** The same findings as diagnostics, for {@code ruff check}. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
