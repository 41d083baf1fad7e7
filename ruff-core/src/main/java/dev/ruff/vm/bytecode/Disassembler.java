package dev.ruff.vm.bytecode;

import dev.ruff.diag.SourcePos;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders bytecode as text, one instruction per line, with the source line it reports errors at:
 *
 * <pre>
 * == add (slots 2, stack 3) ==
 * 0000    1  LOAD_LOCAL      0 'a'
 * 0004    |  LOAD_LOCAL      1 'b'
 * 0008    |  ADD
 * 0009    |  RETURN
 * </pre>
 *
 * Nested functions follow their enclosing chunk. Used by tests and {@code ruff run --disassemble}.
 */
public final class Disassembler {
    private Disassembler() {
    }

    /** The module body of a compiled unit and every function in it. */
    public static String disassemble(FunctionProto main) {
        StringBuilder sb = new StringBuilder();
        List<FunctionProto> pending = new ArrayList<>();
        pending.add(main);
        for (int i = 0; i < pending.size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            Chunk chunk = pending.get(i).chunk();
            chunk(sb, chunk);
            for (Object c : chunk.constants()) {
                if (c instanceof FunctionProto p) {
                    pending.add(p);
                }
            }
        }
        return sb.toString();
    }

    /** One chunk without its nested functions. */
    public static String disassemble(Chunk chunk) {
        StringBuilder sb = new StringBuilder();
        chunk(sb, chunk);
        return sb.toString();
    }

    private static void chunk(StringBuilder sb, Chunk chunk) {
        sb.append("== ").append(chunk.name()).append(" (slots ").append(chunk.slotCount())
                .append(", stack ").append(chunk.maxStack()).append(") ==\n");
        int[] code = chunk.code();
        int lastLine = -1;
        for (int pc = 0; pc < code.length; pc += OpCode.width(code[pc])) {
            SourcePos pos = chunk.positionAt(pc);
            int line = pos == null ? 0 : pos.line();
            sb.append(String.format("%04d ", pc));
            sb.append(line == lastLine ? "   |  " : String.format("%4d  ", line));
            lastLine = line;
            instruction(sb, chunk, pc);
            sb.append('\n');
        }
    }

    private static void instruction(StringBuilder sb, Chunk chunk, int pc) {
        int[] code = chunk.code();
        int op = code[pc];
        String kinds = OpCode.operandKinds(op);
        StringBuilder line = new StringBuilder(OpCode.name(op));
        if (!kinds.isEmpty()) {
            while (line.length() < 16) {
                line.append(' ');
            }
        }
        for (int i = 0; i < kinds.length(); i++) {
            int operand = code[pc + 1 + i];
            if (i > 0) {
                line.append(' ');
            }
            switch (kinds.charAt(i)) {
                case 'K':
                    line.append(operand).append(' ').append(constant(chunk.constants()[operand]));
                    break;
                case 'T':
                    line.append("-> ").append(String.format("%04d", operand));
                    break;
                case 'C':
                    line.append("#").append(operand);
                    break;
                default:
                    line.append(operand);
                    break;
            }
        }
        sb.append(line.toString().stripTrailing());
    }

    private static String constant(Object c) {
        if (c instanceof String s) {
            return "'" + s.replace("\n", "\\n") + "'";
        }
        if (c instanceof FunctionProto p) {
            return "<fn " + p.name() + ">";
        }
        if (c instanceof Shapes.StructLiteral s) {
            return "<struct " + s.name() + " " + String.join(",", s.fields()) + ">";
        }
        if (c instanceof Shapes.StructDecl s) {
            return "<structdef " + s.name() + ">";
        }
        if (c instanceof Shapes.Path p) {
            StringBuilder sb = new StringBuilder("<path ").append(p.rootName());
            for (String f : p.fields()) {
                sb.append(f == null ? "[]" : "." + f);
            }
            return sb.append('>').toString();
        }
        if (c instanceof Shapes.FromImport i) {
            return "<from " + String.join(".", i.modulePath()) + " import " + String.join(",", i.names()) + ">";
        }
        if (c instanceof Shapes.DictRest r) {
            return "<rest without " + r.taken() + ">";
        }
        return String.valueOf(c);
    }
}
