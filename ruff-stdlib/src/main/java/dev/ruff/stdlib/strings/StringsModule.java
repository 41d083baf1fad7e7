package dev.ruff.stdlib.strings;

import dev.ruff.runtime.Display;
import dev.ruff.runtime.Equality;
import dev.ruff.runtime.RuffArray;
import dev.ruff.runtime.RuffDict;
import dev.ruff.runtime.Types;
import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeCall;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;
import dev.ruff.stdlib.NumberArgs;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The string natives (call form only: {@code to_upper(s)}). Indices and counts are in code points;
 * numeric arguments accept ints and floats, truncated, negatives saturating to 0.
 */
public final class StringsModule implements RuffModule {

    @Override
    public String name() {
        return "strings";
    }

    @Override
    public void register(NativeRegistry r) {
        registerCase(r);
        registerSearch(r);
        registerShape(r);
        registerSingleString(r);
        r.function("format(template, ...args)", Arity.unchecked(), Capability.NONE,
                "printf-style formatting with %s, %d, %f and %%.", PrintfFormat::format);
    }

    private void registerCase(NativeRegistry r) {
        for (String name : new String[] {"to_upper", "upper"}) {
            r.function(name + "(s)", Arity.exact(1), Capability.NONE, "Upper-cases a string (full Unicode mapping).",
                    c -> oneString(c, name, s -> s.toUpperCase(Locale.ROOT)));
        }
        for (String name : new String[] {"to_lower", "lower"}) {
            r.function(name + "(s)", Arity.exact(1), Capability.NONE, "Lower-cases a string (full Unicode mapping).",
                    c -> oneString(c, name, s -> s.toLowerCase(Locale.ROOT)));
        }
        r.function("capitalize(s)", Arity.exact(1), Capability.NONE,
                "Upper-cases the first character and lower-cases the rest.",
                c -> oneString(c, "capitalize", CaseStyles::capitalize));
        r.function("trim(s)", Arity.exact(1), Capability.NONE, "Strips Unicode whitespace from both ends.",
                c -> oneString(c, "trim", s -> UnicodeText.trimEnd(UnicodeText.trimStart(s))));
        r.function("trim_start(s)", Arity.exact(1), Capability.NONE, "Strips leading Unicode whitespace.",
                c -> oneString(c, "trim_start", UnicodeText::trimStart));
        r.function("trim_end(s)", Arity.exact(1), Capability.NONE, "Strips trailing Unicode whitespace.",
                c -> oneString(c, "trim_end", UnicodeText::trimEnd));
    }

    private void registerSingleString(NativeRegistry r) {
        r.function("str_reverse(s)", Arity.unchecked(), Capability.NONE, "Reverses a string by code point.",
                c -> oneString(c, "str_reverse", UnicodeText::reverse));
        r.function("slugify(s)", Arity.unchecked(), Capability.NONE,
                "Turns text into a lower-case, hyphen-separated URL slug.",
                c -> oneString(c, "slugify", CaseStyles::slugify));
        r.function("to_camel_case(s)", Arity.unchecked(), Capability.NONE, "Converts text to camelCase.",
                c -> oneString(c, "to_camel_case", CaseStyles::camel));
        r.function("to_snake_case(s)", Arity.unchecked(), Capability.NONE, "Converts text to snake_case.",
                c -> oneString(c, "to_snake_case", CaseStyles::snake));
        r.function("to_kebab_case(s)", Arity.unchecked(), Capability.NONE, "Converts text to kebab-case.",
                c -> oneString(c, "to_kebab_case", CaseStyles::kebab));
        r.function("lines(s)", Arity.unchecked(), Capability.NONE,
                "Splits on line breaks (\\n or \\r\\n); no trailing empty line.",
                c -> RuffArray.ofList(Lines.of(requireOneString(c, "lines"))));
        r.function("words(s)", Arity.unchecked(), Capability.NONE, "Splits on runs of Unicode whitespace.",
                c -> RuffArray.ofList(UnicodeText.words(requireOneString(c, "words"))));
        r.function("is_empty(s)", Arity.unchecked(), Capability.NONE, "True when the string has no characters.",
                c -> requireOneString(c, "is_empty").isEmpty());
        r.function("count_chars(s)", Arity.unchecked(), Capability.NONE, "Number of Unicode scalar values.",
                c -> (long) UnicodeText.length(requireOneString(c, "count_chars")));
    }

    private void registerSearch(NativeRegistry r) {
        r.function("contains(haystack, needle)", Arity.exact(2), Capability.NONE,
                "Substring test (int 1/0), array membership (bool) or dict key presence (bool).",
                this::contains);
        r.function("index_of(haystack, needle)", Arity.exact(2), Capability.NONE,
                "Index of the first occurrence in a string or array, or -1.", this::indexOf);
        r.function("starts_with(s, prefix)", Arity.exact(2), Capability.NONE, "True when the string starts with the prefix.",
                c -> twoStrings(c, "starts_with() requires string and prefix string arguments")[0]
                        .startsWith(((String) c.arg(1))));
        r.function("ends_with(s, suffix)", Arity.exact(2), Capability.NONE, "True when the string ends with the suffix.",
                c -> twoStrings(c, "ends_with() requires string and suffix string arguments")[0]
                        .endsWith(((String) c.arg(1))));
        r.function("replace_str(s, from, to)", Arity.unchecked(), Capability.NONE,
                "Replaces every literal occurrence of a substring.", this::replace);
        r.function("replace(s, from, to)", Arity.exact(3), Capability.NONE,
                "Replaces every literal occurrence of a substring.", this::replace);
        r.function("split(s, delimiter)", Arity.exact(2), Capability.NONE,
                "Splits on a literal delimiter, keeping empty pieces.",
                c -> {
                    String[] s = twoStrings(c, "split() requires string and delimiter string arguments");
                    return RuffArray.ofList(UnicodeText.split(s[0], s[1]));
                });
        r.function("join(values, separator)", Arity.exact(2), Capability.NONE,
                "Joins array elements with a separator.", this::join);
    }

    private void registerShape(NativeRegistry r) {
        r.function("substring(s, start, end)", Arity.exact(3), Capability.NONE,
                "Characters from start (inclusive) to end (exclusive).", this::substring);
        r.alias("substr", "substring");
        r.function("repeat(s, count)", Arity.exact(2), Capability.NONE, "Concatenates count copies of a string.",
                this::repeat);
        r.function("char_at(s, index)", Arity.unchecked(), Capability.NONE,
                "The character at an index, or \"\" past the end.", this::charAt);
        r.function("pad_left(s, width, pad_char)", Arity.exact(3), Capability.NONE,
                "Pads on the left with a character up to a width.", c -> pad(c, "pad_left", true));
        r.function("pad_right(s, width, pad_char)", Arity.exact(3), Capability.NONE,
                "Pads on the right with a character up to a width.", c -> pad(c, "pad_right", false));
        r.alias("pad_start", "pad_left");
        r.alias("pad_end", "pad_right");
        r.function("truncate(s, max_len, suffix)", Arity.unchecked(), Capability.NONE,
                "Shortens a string to a maximum length, ending with a suffix.", this::truncate);
    }

    // ---- helpers shared by the single-string natives

    private static String requireOneString(NativeCall c, String name) {
        if (c.count() != 1 || !(c.arg(0) instanceof String s)) {
            throw c.error(name + "() requires a string argument");
        }
        return s;
    }

    private static Object oneString(NativeCall c, String name, UnaryOperator<String> op) {
        return op.apply(requireOneString(c, name));
    }

    private static String[] twoStrings(NativeCall c, String message) {
        if (c.count() != 2 || !(c.arg(0) instanceof String a) || !(c.arg(1) instanceof String b)) {
            throw c.error(message);
        }
        return new String[] {a, b};
    }

    // ---- polymorphic search

    private Object contains(NativeCall c) {
        Object haystack = c.arg(0);
        Object needle = c.arg(1);
        if (haystack instanceof String s) {
            if (!(needle instanceof String sub)) {
                throw c.error("contains() requires two arguments: string/array and substring/item");
            }
            return s.contains(sub) ? 1L : 0L;
        }
        if (haystack instanceof RuffArray a) {
            for (Object item : a) {
                if (Equality.primitiveEqual(item, needle)) {
                    return true;
                }
            }
            return false;
        }
        if (haystack instanceof RuffDict d) {
            if (needle instanceof String key) {
                return d.containsKey(key);
            }
            if (needle instanceof Long key) {
                return d.containsKey(key.longValue());
            }
            throw c.error("contains() requires two arguments: string/array and substring/item");
        }
        throw c.error("contains() first argument must be a string, array, or dictionary");
    }

    private Object indexOf(NativeCall c) {
        Object haystack = c.arg(0);
        Object needle = c.arg(1);
        if (haystack instanceof String s) {
            if (!(needle instanceof String sub)) {
                throw c.error("index_of() requires two arguments: string/array and substring/item");
            }
            return UnicodeText.indexOf(s, sub);
        }
        if (haystack instanceof RuffArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (Equality.primitiveEqual(a.get(i), needle)) {
                    return (long) i;
                }
            }
            return -1L;
        }
        throw c.error("index_of() first argument must be a string or array");
    }

    private Object replace(NativeCall c) {
        if (c.count() != 3 || !(c.arg(0) instanceof String s) || !(c.arg(1) instanceof String from)
                || !(c.arg(2) instanceof String to)) {
            throw c.error("replace() requires string, from-string, and to-string arguments");
        }
        return UnicodeText.replaceAll(s, from, to);
    }

    private Object join(NativeCall c) {
        if (!(c.arg(0) instanceof RuffArray items) || !(c.arg(1) instanceof String separator)) {
            throw c.error("join() requires array and separator string arguments");
        }
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (Object item : items) {
            if (!first) {
                out.append(separator);
            }
            first = false;
            boolean plain = item instanceof String || item instanceof Long || item instanceof Double
                    || item instanceof Boolean;
            out.append(plain ? Display.display(item) : Display.debug(item));
        }
        return out.toString();
    }

    // ---- shaping

    private Object substring(NativeCall c) {
        if (!(c.arg(0) instanceof String s)) {
            throw c.error("substring() requires a string argument for value");
        }
        if (!Types.isNumber(c.arg(1)) || !Types.isNumber(c.arg(2))) {
            throw c.error("substring() start and end must be a number");
        }
        int length = UnicodeText.length(s);
        long start = NumberArgs.toCount(c.arg(1));
        long end = Math.min(NumberArgs.toCount(c.arg(2)), length);
        // upstream panics when end < start; an empty string is the kinder answer
        if (start >= length || end <= start) {
            return "";
        }
        return UnicodeText.slice(s, (int) start, (int) end);
    }

    private Object repeat(NativeCall c) {
        if (!(c.arg(0) instanceof String s)) {
            throw c.error("repeat() requires a string argument for value");
        }
        if (!Types.isNumber(c.arg(1))) {
            throw c.error("repeat() count must be a number");
        }
        long count = NumberArgs.toCount(c.arg(1));
        if (!s.isEmpty() && count > Integer.MAX_VALUE / s.length()) {
            throw c.error("repeat() result is too large");
        }
        dev.ruff.runtime.RunGuard.checkStringLength(count * s.length());
        return s.repeat((int) (s.isEmpty() ? 0 : count));
    }

    private Object charAt(NativeCall c) {
        if (c.count() < 1 || !(c.arg(0) instanceof String s)) {
            throw c.error("char_at() requires a string argument for value");
        }
        if (c.count() != 2 || !Types.isNumber(c.arg(1))) {
            throw c.error("char_at() index must be a number");
        }
        long index = NumberArgs.toCount(c.arg(1));
        if (index >= UnicodeText.length(s)) {
            return "";
        }
        return UnicodeText.slice(s, (int) index, (int) index + 1);
    }

    private Object pad(NativeCall c, String name, boolean left) {
        if (!(c.arg(0) instanceof String s) || !(c.arg(2) instanceof String padText)) {
            throw c.error(name + "() requires 3 arguments: string, width, char");
        }
        if (!Types.isNumber(c.arg(1))) {
            throw c.error(name + "() width must be a number");
        }
        long width = NumberArgs.toCount(c.arg(1));
        int length = UnicodeText.length(s);
        if (length >= width) {
            return s;
        }
        if (width > Integer.MAX_VALUE / 2) {
            throw c.error(name + "() width is too large");
        }
        String padChar = padText.isEmpty() ? " " : new String(Character.toChars(padText.codePointAt(0)));
        String padding = padChar.repeat((int) (width - length));
        return left ? padding + s : s + padding;
    }

    private Object truncate(NativeCall c) {
        if (c.count() != 3 || !(c.arg(0) instanceof String s) || !(c.arg(2) instanceof String suffix)) {
            throw c.error("truncate() requires 3 arguments: string, length, suffix");
        }
        if (!Types.isNumber(c.arg(1))) {
            throw c.error("truncate() length must be a number");
        }
        long max = NumberArgs.toCount(c.arg(1));
        int length = UnicodeText.length(s);
        if (length <= max) {
            return s;
        }
        long keep = Math.max(0, max - UnicodeText.length(suffix));
        return UnicodeText.slice(s, 0, (int) keep) + suffix;
    }
}
