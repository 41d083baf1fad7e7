package dev.ruff.stdlib.os;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PathTextPropertiesTest {

    @Provide
    Arbitrary<List<String>> components() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('.', '_', '-').ofMinLength(1).ofMaxLength(8)
                .filter(s -> !s.equals(".") && !s.equals(".."))
                .list().ofMinSize(1).ofMaxSize(6);
    }

    @Property
    void joinThenSplitGivesTheParts(@ForAll("components") List<String> parts) {
        String joined = parts.get(0);
        for (String p : parts.subList(1, parts.size())) {
            joined = PathText.push(joined, p);
        }
        assertEquals(String.join("/", parts), joined);
        assertEquals(parts.get(parts.size() - 1), PathText.fileName(joined));
        String parent = PathText.parent(joined);
        assertEquals(String.join("/", parts.subList(0, parts.size() - 1)), parent);
    }

    @Property
    void trailingSeparatorsDoNotChangeTheName(@ForAll("components") List<String> parts) {
        String p = "/" + String.join("/", parts);
        assertEquals(PathText.fileName(p), PathText.fileName(p + "/"));
        assertEquals(PathText.parent(p), PathText.parent(p + "//"));
    }

    @Property
    void absolutePartRestartsTheJoin(@ForAll("components") List<String> parts) {
        String abs = "/" + String.join("/", parts);
        assertEquals(abs, PathText.push("base/dir", abs));
    }
}
