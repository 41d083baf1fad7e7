package dev.ruff.runtime;

/** Type names of Ruff values: what {@code type()} reports and the words used in operator errors. */
public final class Types {
    private Types() {
    }

    /** The name {@code type(v)} returns (§3.1): {@code int float string bool null array dict struct …}. */
    public static String typeName(Object v) {
        if (v instanceof Long) {
            return "int";
        }
        if (v instanceof Double) {
            return "float";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v == RuffNull.NULL) {
            return "null";
        }
        if (v instanceof RuffArray) {
            return "array";
        }
        if (v instanceof RuffDict) {
            return "dict";
        }
        if (v instanceof StructInstance) {
            return "struct";
        }
        if (v instanceof ResultValue) {
            return "result";
        }
        if (v instanceof OptionValue) {
            return "option";
        }
        if (v instanceof TaggedValue) {
            return "tagged";
        }
        if (v instanceof RuffHandle h) {
            return h.typeName();
        }
        if (v instanceof RuffCallable) {
            return "function";
        }
        if (v instanceof StructDef) {
            return "structdef";
        }
        return "unknown";
    }

    /**
     * The word for {@code v} in {@code Invalid binary operation: LT OP RT} (§5.1): one of
     * {@code int float bool string array dict struct function native_function null}, else {@code value}.
     */
    public static String operandWord(Object v) {
        if (v instanceof RuffCallable c) {
            return c.isNative() ? "native_function" : "function";
        }
        switch (typeName(v)) {
            case "int": case "float": case "string": case "bool": case "null": case "array": case "dict":
            case "struct":
                return typeName(v);
            default:
                return "value";
        }
    }

    /** True for int and float. */
    public static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof Double;
    }
}
