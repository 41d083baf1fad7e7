package dev.ruff.ast;

import dev.ruff.diag.SourcePos;
import java.util.List;

/** Binding patterns of {@code let}/{@code mut} and destructuring statements. */
public sealed interface Pattern extends Node {

    record Name(SourcePos pos, String name) implements Pattern {}

    /** {@code _}: matches anything, binds nothing. */
    record Wildcard(SourcePos pos) implements Pattern {}

    /** {@code ...name} inside an array pattern: the remaining elements. */
    record Rest(SourcePos pos, String name) implements Pattern {}

    /** {@code [a, [b, c], ...rest]}. */
    record ArrayPat(SourcePos pos, List<Pattern> elements) implements Pattern {
        public ArrayPat {
            elements = List.copyOf(elements);
        }
    }

    /** {@code {name, age, ...rest}}: keys bind variables of the same name; {@code rest} may be {@code null}. */
    record DictPat(SourcePos pos, List<Name> keys, Name rest) implements Pattern {
        public DictPat {
            keys = List.copyOf(keys);
        }
    }
}
