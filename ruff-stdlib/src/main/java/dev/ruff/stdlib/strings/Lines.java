package dev.ruff.stdlib.strings;

import java.util.ArrayList;
import java.util.List;

/** Rust {@code str::lines}: split on '\n', drop one '\r' before it, no trailing empty line. */
final class Lines {
    private Lines() {
    }

    static List<String> of(String s) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (from < s.length()) {
            int nl = s.indexOf('\n', from);
            int end = nl < 0 ? s.length() : nl;
            String line = s.substring(from, end);
            if (nl >= 0 && line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            out.add(line);
            from = nl < 0 ? s.length() : nl + 1;
        }
        return out;
    }
}
