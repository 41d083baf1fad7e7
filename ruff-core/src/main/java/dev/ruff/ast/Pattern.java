package dev.ruff.ast;

import dev.ruff.diag.SourcePos;
import java.util.List;

/** Binding patterns of {@code let}/{@code mut} and destructuring statements. */
public sealed interface Pattern extends Node {

    /** One method per node kind; a pass over binding patterns implements it. */
    interface Visitor<R> {
        R visitName(Name node);

        R visitWildcard(Wildcard node);

        R visitRest(Rest node);

        R visitArrayPat(ArrayPat node);

        R visitDictPat(DictPat node);
    }

    /** Double dispatch to {@code v}. */
    <R> R accept(Visitor<R> v);

    record Name(SourcePos pos, String name) implements Pattern {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitName(this);
        }
    }

    /** {@code _}: matches anything, binds nothing. */
    record Wildcard(SourcePos pos) implements Pattern {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitWildcard(this);
        }
    }

    /** {@code ...name} inside an array pattern: the remaining elements. */
    record Rest(SourcePos pos, String name) implements Pattern {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitRest(this);
        }
    }

    /** {@code [a, [b, c], ...rest]}. */
    record ArrayPat(SourcePos pos, List<Pattern> elements) implements Pattern {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitArrayPat(this);
        }

        public ArrayPat {
            elements = List.copyOf(elements);
        }
    }

    /** {@code {name, age, ...rest}}: keys bind variables of the same name; {@code rest} may be {@code null}. */
    record DictPat(SourcePos pos, List<Name> keys, Name rest) implements Pattern {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitDictPat(this);
        }

        public DictPat {
            keys = List.copyOf(keys);
        }
    }
}
