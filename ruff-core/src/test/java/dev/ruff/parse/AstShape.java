package dev.ruff.parse;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a syntax tree as a compact S-expression without positions, so tests can assert whole shapes:
 * {@code -2 * 3} becomes {@code (Binary MUL (Unary NEG (IntLit 2)) (IntLit 3))}.
 */
final class AstShape {
    private AstShape() {
    }

    static String of(Object node) {
        if (node == null) {
            return "null";
        }
        if (node instanceof String) {
            return "\"" + node + "\"";
        }
        if (node instanceof List) {
            return ((List<?>) node).stream().map(AstShape::of).collect(Collectors.joining(" ", "[", "]"));
        }
        Class<?> type = node.getClass();
        if (!type.isRecord()) {
            return String.valueOf(node);
        }
        StringBuilder sb = new StringBuilder("(").append(type.getSimpleName());
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals("pos")) {
                continue;
            }
            try {
                sb.append(' ').append(of(c.getAccessor().invoke(node)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return sb.append(')').toString();
    }
}
