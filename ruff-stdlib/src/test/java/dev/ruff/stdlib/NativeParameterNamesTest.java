package dev.ruff.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.RuffEngine;
import dev.ruff.spi.NativeFunction;
import dev.ruff.spi.NativeParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every native the engine ships (the core prelude and every stdlib module) carries parameter names, so
 * {@code ruff natives} never falls back to an arity; a new native registered without them fails here.
 */
class NativeParameterNamesTest {
    /**
     * Where our names deliberately differ from STDLIB.md's signature column, and why: the spec gives
     * alternative forms ({@code (stop) | (start, stop) | …}) that one list cannot spell, or marks the
     * optional value on one type test only although they all answer false without it.
     */
    private static final Map<String, String> DIFFERING_FROM_SPEC = Map.of(
            "range", "start_or_stop, stop?, step?",
            "http_request", "url_or_request, options?",
            "is_float", "v?", "is_string", "v?", "is_bool", "v?", "is_array", "v?", "is_dict", "v?",
            "is_null", "v?", "is_function", "v?");

    /** STDLIB.md's catalogue rows: | `name` | `(params) → result` | … */
    private static final Pattern SPEC_ROW = Pattern.compile("^\\| `([A-Za-z0-9_.]+)` \\| `\\((.*)");

    private static Map<String, NativeFunction> shippedNatives() {
        Map<String, NativeFunction> natives = new LinkedHashMap<>();
        try (RuffEngine engine = RuffEngine.builder().build()) {
            engine.natives().globals().forEach((name, value) -> {
                if (value instanceof NativeFunction fn) {
                    natives.put(name, fn);
                }
            });
        }
        return natives;
    }

    @Test
    void everyShippedNativeHasParameterNamesThatFitItsArity() {
        Map<String, NativeFunction> natives = shippedNatives();
        assertTrue(natives.size() > 300, "natives found: " + natives.size());
        List<String> without = new ArrayList<>();
        List<String> misfits = new ArrayList<>();
        natives.forEach((name, fn) -> {
            if (fn.parameters().isEmpty()) {
                without.add(name);
            } else if (!fn.parameters().get().fits(fn.arity())) {
                misfits.add(name + "(" + fn.parameters().get() + ") " + fn.arity().describe());
            }
        });
        assertEquals(List.of(), without, "register these with their parameter names, e.g. \"read_file(path)\"");
        assertEquals(List.of(), misfits, "parameter names that say another number of arguments than the arity");
    }

    @Test
    void namesMatchTheStdlibSpecWhereItNamesThem() throws IOException {
        Path spec = Path.of("").toAbsolutePath().getParent().resolve("../shared/spec/STDLIB.md").normalize();
        Assumptions.assumeTrue(Files.isRegularFile(spec), "no " + spec + " beside the reactor root; comparison skipped");
        Map<String, String> specified = new TreeMap<>();
        for (String line : Files.readAllLines(spec, StandardCharsets.UTF_8)) {
            Matcher m = SPEC_ROW.matcher(line);
            if (m.find()) {
                specified.put(m.group(1), specParameters(m.group(2).replace("\\|", "|")));
            }
        }
        assertTrue(specified.size() > 300, "signatures read from " + spec + ": " + specified.size());
        List<String> differences = new ArrayList<>();
        shippedNatives().forEach((name, fn) -> {
            String ours = fn.parameters().map(NativeParameters::toString).orElse("");
            String expected = DIFFERING_FROM_SPEC.getOrDefault(name, specified.get(name));
            if (expected != null && !expected.equals(ours)) {
                differences.add(name + ": ours (" + ours + "), STDLIB.md (" + expected + ")");
            }
        });
        assertEquals(List.of(), differences);
    }

    /**
     * The names of a spec signature without their types and defaults: {@code path: string, overwrite?: bool)
     * → true} gives {@code path, overwrite?}.
     */
    static String specParameters(String afterOpenParen) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : afterOpenParen.toCharArray()) {
            if (depth == 0 && (c == ',' || c == ')')) {
                names.add(current.toString().strip());
                current.setLength(0);
                if (c == ')') {
                    break;
                }
                continue;
            }
            depth += c == '(' || c == '<' || c == '[' ? 1 : c == ')' || c == '>' || c == ']' ? -1 : 0;
            current.append(c);
        }
        List<String> bare = new ArrayList<>();
        for (String p : names) {
            Matcher m = Pattern.compile("^(\\.\\.\\.)?([A-Za-z_][A-Za-z0-9_]*)\\s*(\\?)?").matcher(p);
            if (m.find()) {
                bare.add((m.group(1) == null ? "" : "...") + m.group(2) + (m.group(3) == null ? "" : "?"));
            }
        }
        return String.join(", ", bare);
    }
}
