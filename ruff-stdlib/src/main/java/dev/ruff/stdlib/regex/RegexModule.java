package dev.ruff.stdlib.regex;

import dev.ruff.runtime.RuffArray;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import java.util.List;

/**
 * Regex natives; arguments are always (text, pattern, …). As upstream, an invalid pattern never
 * raises: each function answers a neutral value (false, [], the text unchanged, [text]).
 */
public final class RegexModule implements RuffModule {

    @Override
    public String name() {
        return "regex";
    }

    @Override
    public void register(NativeRegistry r) {
        r.function("regex_match(text, pattern)", Arity.unchecked(), Capability.NONE,
                "True when the pattern matches anywhere in the text.", c -> {
                    String[] a = strings(c, "regex_match", 2);
                    RustRegex re = RustRegex.compile(a[1]);
                    return re != null && re.matches(a[0]);
                });
        r.function("regex_find_all(text, pattern)", Arity.unchecked(), Capability.NONE,
                "All non-overlapping matches as strings.", c -> {
                    String[] a = strings(c, "regex_find_all", 2);
                    RustRegex re = RustRegex.compile(a[1]);
                    return RuffArray.ofList(re == null ? List.of() : re.findAll(a[0]));
                });
        r.function("regex_replace(text, pattern, replacement)", Arity.unchecked(), Capability.NONE,
                "Replaces every match; $1 and ${name} insert groups.", c -> {
                    String[] a = strings(c, "regex_replace", 3);
                    RustRegex re = RustRegex.compile(a[1]);
                    return re == null ? a[0] : re.replaceAll(a[0], a[2]);
                });
        r.function("regex_split(text, pattern)", Arity.unchecked(), Capability.NONE,
                "The pieces of the text between matches.", c -> {
                    String[] a = strings(c, "regex_split", 2);
                    RustRegex re = RustRegex.compile(a[1]);
                    return RuffArray.ofList(re == null ? List.of(a[0]) : re.split(a[0]));
                });
    }

    private static String[] strings(NativeCall c, String name, int n) {
        boolean ok = c.count() == n;
        for (int i = 0; ok && i < n; i++) {
            ok = c.arg(i) instanceof String;
        }
        if (!ok) {
            throw c.error(n == 2 ? name + " requires two string arguments (text, pattern)"
                    : name + " requires three string arguments (text, pattern, replacement)");
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = (String) c.arg(i);
        }
        return out;
    }
}
