package dev.ruff.lang;

/** How a name was declared: {@code let}, {@code mut} or {@code const}; plain {@code x := v} makes a {@code MUT} binding. */
public enum BindingKind { LET, MUT, CONST }
