package dev.ruff.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ruff.BackendType;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of concatenations, aliasing assignments, container stores, closure reads and
 * reads of string variables print exactly what a model with plain immutable strings predicts, on
 * both backends (which keep {@code s := s + piece} in a {@code StringAccumulator}).
 */
class StringAccumulationPropertyTest {
    private static final String[] PIECES = {"", "a", "bc", "q".repeat(40), "z".repeat(70)};
    private static final int VARS = 3; // s0 s1 plain locals, s2 captured by a closure

    /** One generated statement: a kind and three small operands. */
    record Step(int kind, int i, int j, int p) {
    }

    @Provide
    Arbitrary<List<Step>> programs() {
        Arbitrary<Step> step = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(0, VARS - 1), Arbitraries.integers().between(0, VARS - 1),
                Arbitraries.integers().between(0, PIECES.length - 1)).as(Step::new);
        return step.list().ofMaxSize(40);
    }

    @Property(tries = 300)
    void concatenationBehavesLikePlainStrings(@ForAll("programs") List<Step> steps) {
        StringBuilder src = new StringBuilder("""
                struct Box { v }
                func run() {
                    mut s0 := ""
                    mut s1 := "b"
                    mut s2 := ""
                    get2 := func() { return s2 }
                    mut kept := {}
                    mut box := Box { v: "" }
                """);
        String[] model = {"", "b", ""};
        List<String> kept = new ArrayList<>();
        String box = "";
        StringBuilder expected = new StringBuilder();
        for (Step st : steps) {
            String si = "s" + st.i();
            String sj = "s" + st.j();
            String piece = PIECES[st.p()];
            switch (st.kind()) {
                case 0, 1 -> {
                    src.append("    ").append(si).append(" := ").append(si).append(" + \"").append(piece).append("\"\n");
                    model[st.i()] = model[st.i()] + piece;
                }
                case 2 -> {
                    src.append("    ").append(si).append(" := ").append(si).append(" + ").append(sj).append('\n');
                    model[st.i()] = model[st.i()] + model[st.j()];
                }
                case 3 -> {
                    src.append("    ").append(sj).append(" := ").append(si).append('\n');
                    model[st.j()] = model[st.i()];
                }
                case 4 -> {
                    src.append("    print(").append(si).append(")\n");
                    expected.append(model[st.i()]).append('\n');
                }
                case 5 -> {
                    src.append("    print(len(").append(si).append("), ").append(si).append(" == ").append(sj)
                            .append(", ").append(si).append(" < ").append(sj).append(")\n");
                    expected.append(model[st.i()].length()).append(' ')
                            .append(model[st.i()].equals(model[st.j()])).append(' ')
                            .append(model[st.i()].compareTo(model[st.j()]) < 0).append('\n');
                }
                case 6 -> {
                    src.append("    kept[\"k").append(kept.size()).append("\"] := ").append(si).append('\n');
                    kept.add(model[st.i()]);
                }
                case 7 -> {
                    src.append("    box.v := ").append(si).append('\n');
                    box = model[st.i()];
                }
                case 8 -> {
                    src.append("    for n in range(").append(st.p() + 1).append(") {\n        ").append(si)
                            .append(" := ").append(si).append(" + \"").append(piece).append("\"\n    }\n");
                    model[st.i()] = model[st.i()] + piece.repeat(st.p() + 1);
                }
                case 9 -> {
                    src.append("    print(get2())\n");
                    expected.append(model[2]).append('\n');
                }
                default -> {
                    src.append("    ").append(si).append(" := \"").append(piece).append("\"\n");
                    model[st.i()] = piece;
                }
            }
        }
        src.append("    print(s0, s1, s2, box.v)\n");
        expected.append(model[0]).append(' ').append(model[1]).append(' ').append(model[2]).append(' ')
                .append(box).append('\n');
        for (int n = 0; n < kept.size(); n++) {
            src.append("    print(kept[\"k").append(n).append("\"])\n");
            expected.append(kept.get(n)).append('\n');
        }
        src.append("}\nrun()\n");
        String program = src.toString();
        for (BackendType backend : BackendType.values()) {
            assertEquals(expected.toString(), Runs.run(backend, program).describe(),
                    () -> backend + " program:\n" + program);
        }
    }
}
