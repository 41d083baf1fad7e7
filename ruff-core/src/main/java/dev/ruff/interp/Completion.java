package dev.ruff.interp;

/** How a statement finished; loops and calls consume the non-normal ones. */
enum Completion {
    NORMAL, BREAK, CONTINUE, RETURN
}
