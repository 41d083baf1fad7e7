package dev.ruff.ast;

import dev.ruff.diag.SourcePos;
import java.util.List;

/**
 * A function body shared by declarations, expressions and struct methods.
 *
 * @param name        declared name, or {@code null} for an anonymous {@code func(...) {}}
 * @param params      parameters in order ({@code self} included when written)
 * @param returnType  the {@code -> type} annotation or {@code null}
 * @param isAsync     declared {@code async func}
 * @param isGenerator declared {@code func*}
 */
public record FunctionNode(SourcePos pos, String name, List<Param> params, TypeAnn returnType, Block body,
                           boolean isAsync, boolean isGenerator) implements Node {
    public FunctionNode {
        params = List.copyOf(params);
    }

    /** True when the first parameter is literally {@code self} (explicit-receiver method form). */
    public boolean hasSelfParam() {
        return !params.isEmpty() && params.get(0).name().equals("self");
    }
}
