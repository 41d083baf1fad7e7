package dev.ruff;

/** Which execution backend an engine uses. */
public enum BackendType {
    /** The tree-walking interpreter: simple, the reference for semantics. */
    INTERPRETER,
    /** The bytecode compiler and virtual machine: the default. */
    VM
}
