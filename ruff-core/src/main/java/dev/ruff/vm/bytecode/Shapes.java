package dev.ruff.vm.bytecode;

import java.util.List;

/** The compound constants some instructions take from the constant pool. */
public final class Shapes {
    private Shapes() {
    }

    /** {@link OpCode#MAKE_STRUCT}: the literal's struct name and field names in source order. */
    public record StructLiteral(String name, String[] fields) {
    }

    /** {@link OpCode#STRUCT_DEF}: defaults and method functions are on the stack in these orders. */
    public record StructDecl(String name, List<String> fieldNames, List<String> defaultNames, List<String> methodNames) {
        public int operandCount() {
            return defaultNames.size() + methodNames.size();
        }
    }

    /**
     * {@link OpCode#SET_PATH}: the target {@code root.f[k]... := v}. {@code rootKind}: 0 local slot,
     * 1 upvalue, 2 global; {@code fields[i]} names step i's field, or is null for an index step whose key
     * comes from the stack.
     */
    public record Path(int rootKind, int rootIndex, String rootName, String[] fields, int keyCount) {
    }

    /** {@link OpCode#FROM_IMPORT}. */
    public record FromImport(List<String> modulePath, List<String> names) {
    }

    /** {@link OpCode#PATTERN_DICT_REST}: the keys bound by name, left out of the rest dict. */
    public record DictRest(List<String> taken) {
    }
}
