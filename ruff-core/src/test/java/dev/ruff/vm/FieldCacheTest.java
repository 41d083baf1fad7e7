package dev.ruff.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.BackendType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Field reads and writes cache a field's index per struct shape; one instruction meeting several
 * layouts, shared instances and added fields must still behave as plain by-name access.
 */
class FieldCacheTest {

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void oneReadSiteSeesManyLayouts(BackendType backend) {
        assertEquals("1\n2\n3\n4\nnull\n!! Field not found: x @ test.ruff:4:12", Runs.run(backend, """
                struct A { x, y }
                struct B { y, x }
                func getx(v) {
                    return v.x
                }
                func run() {
                    for v in [A { x: 1, y: 0 }, B { y: 0, x: 2 }, Anon { x: 3 }, {"x": 4}, {"y": 5}, A { y: 6 }] {
                        print(getx(v))
                    }
                }
                run()
                """).describe());
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void writesThroughACachedIndexRespectCopyOnWrite(BackendType backend) {
        assertEquals("A { x: 0, y: 0 }\nA { x: 3, y: 0 }\nB { x: 0, y: 0 }\nB { x: 3, y: 0 }\n"
                + "A { x: 0, y: 0, z: 9 }\n",
                Runs.run(backend, """
                struct A { x, y }
                struct B { y, x }
                func run() {
                    mut a := A { x: 0, y: 0 }
                    for v in [A { x: 0, y: 0 }, B { y: 0, x: 0 }] {
                        mut p := v
                        kept := p
                        for i in range(3) {
                            p.x := p.x + 1
                        }
                        print(kept)
                        print(p)
                    }
                    a.z := 9
                    print(a)
                }
                run()
                """).describe());
    }

    @Test
    void fieldInstructionsCarryACache() {
        String text = Runs.disassemble("""
                func f(p) {
                    p.x := p.y
                    return p
                }
                """);
        assertTrue(text.contains("GET_FIELD       1 'y' #1"), text);
        assertTrue(text.contains("SET_PATH        2 <path p.x> #2"), text);
    }
}
