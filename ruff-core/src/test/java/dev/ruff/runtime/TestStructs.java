package dev.ruff.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Structs with Java-implemented methods and an invoker that runs them, for operator tests. */
final class TestStructs {
    private TestStructs() {
    }

    /** A method whose body is a Java function of (receiver, args). */
    record JavaMethod(String name, BiFunction<StructInstance, Object[], Object> body) implements RuffCallable {
    }

    static final Invoker INVOKER = new Invoker() {
        @Override
        public Object call(Object callee, Object... args) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object callMethod(StructInstance receiver, RuffCallable method, Object... args) {
            return ((JavaMethod) method).body().apply(receiver, args);
        }
    };

    static StructDef def(String name, JavaMethod... methods) {
        Map<String, RuffCallable> m = new LinkedHashMap<>();
        for (JavaMethod jm : methods) {
            m.put(jm.name(), jm);
        }
        return new StructDef(name, List.of("x"), Map.of(), m);
    }

    static StructInstance instance(StructDef def, Object x) {
        StructInstance s = new StructInstance(def.name(), def);
        s.setInPlace("x", x);
        return s;
    }
}
