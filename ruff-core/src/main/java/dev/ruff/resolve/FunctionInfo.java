package dev.ruff.resolve;

import java.util.List;
import java.util.Map;

/**
 * Frame layout of one function (or of the module body).
 *
 * @param name        name for stack traces and arity errors
 * @param slotCount   frame slots needed
 * @param params      parameter variables in order ({@code self} first for explicit-self methods)
 * @param upvalues    captured variables of enclosing functions
 * @param fieldLocals for legacy methods (no {@code self} parameter): declared field name → its local
 */
public record FunctionInfo(String name, int slotCount, List<LocalVar> params, List<UpvalueDesc> upvalues,
                           Map<String, LocalVar> fieldLocals) {
}
