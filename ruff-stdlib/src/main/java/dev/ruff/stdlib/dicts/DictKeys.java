package dev.ruff.stdlib.dicts;

import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.Strings;
import java.util.ArrayList;
import java.util.List;

/** Dict key handling shared by the dict natives. */
public final class DictKeys {
    private DictKeys() {
    }

    /** The stored key for a Ruff key value: a string as is, an int as its decimal text, else Java {@code null}. */
    public static String of(Object key) {
        if (key instanceof String s) {
            return s;
        }
        if (key instanceof Long l) {
            return l.toString();
        }
        return null;
    }

    /** The dict's keys sorted by code point, the order Display also uses. */
    public static List<String> sorted(RuffDict d) {
        List<String> keys = new ArrayList<>(d.keys());
        keys.sort(Strings.CODE_POINT_ORDER);
        return keys;
    }
}
