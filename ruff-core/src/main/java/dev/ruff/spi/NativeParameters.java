package dev.ruff.spi;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameter names of a native, as documentation shows them (the form STDLIB.md uses):
 * {@code path} a required parameter, {@code overwrite?} an optional one (optional parameters follow
 * the required ones), {@code ...values} any number of further arguments (last). A module gives them
 * with the name it registers: {@code registry.function("write_file(path, content, overwrite?)", …)}.
 *
 * @param names the parameters with their markers, in order
 */
public record NativeParameters(List<String> names) {
    private static final String REST = "...";

    public NativeParameters {
        names = List.copyOf(names);
        boolean optionalSeen = false;
        for (int i = 0; i < names.size(); i++) {
            String p = names.get(i);
            boolean rest = p.startsWith(REST);
            boolean optional = p.endsWith("?");
            String bare = bare(p);
            if (bare.isEmpty() || !isIdentifier(bare) || (rest && optional)) {
                throw new IllegalArgumentException("bad parameter '" + p + "' in (" + String.join(", ", names) + ")");
            }
            if (rest && i != names.size() - 1) {
                throw new IllegalArgumentException("'" + p + "' must be the last parameter");
            }
            if (!rest && !optional && optionalSeen) {
                throw new IllegalArgumentException("required parameter '" + p + "' follows an optional one");
            }
            optionalSeen |= optional;
        }
    }

    /**
     * Parses the text between the parentheses of a signature, e.g. {@code "path, overwrite?"} ({@code ""}
     * for none).
     *
     * @throws IllegalArgumentException when a name is not an identifier or the markers are misplaced
     */
    public static NativeParameters parse(String list) {
        List<String> names = new ArrayList<>();
        if (!list.isBlank()) {
            for (String part : list.split(",", -1)) {
                names.add(part.strip());
            }
        }
        return new NativeParameters(names);
    }

    /** Parameters every call must give. */
    public int required() {
        // loops, not streams: natives are registered while the first engine is built, where each stream
        // pipeline and lambda costs class loading
        int n = 0;
        for (String p : names) {
            if (!p.endsWith("?") && !p.startsWith(REST)) {
                n++;
            }
        }
        return n;
    }

    /** Parameters a call may leave out ({@code x?}). */
    public int optional() {
        int n = 0;
        for (String p : names) {
            if (p.endsWith("?")) {
                n++;
            }
        }
        return n;
    }

    /** Whether the last parameter takes any number of further arguments ({@code ...xs}). */
    public boolean variadic() {
        return !names.isEmpty() && names.get(names.size() - 1).startsWith(REST);
    }

    /**
     * Whether these names describe {@code arity}: an exact arity has that many required names, a range
     * its minimum required and the rest optional, an open arity its minimum required and a rest parameter.
     * Natives that check their own arguments ({@link Arity.Unchecked}) fit any list.
     */
    public boolean fits(Arity arity) {
        if (arity instanceof Arity.Exact e) {
            return required() == e.n() && optional() == 0 && !variadic();
        }
        if (arity instanceof Arity.Range r) {
            return required() == r.min() && required() + optional() == r.max() && !variadic();
        }
        if (arity instanceof Arity.AtLeast a) {
            return required() == a.min() && optional() == 0 && variadic();
        }
        return true;
    }

    /** The list as written between the parentheses: {@code path, overwrite?}. */
    @Override
    public String toString() {
        return String.join(", ", names);
    }

    private static String bare(String p) {
        String s = p.startsWith(REST) ? p.substring(REST.length()) : p;
        return s.endsWith("?") ? s.substring(0, s.length() - 1) : s;
    }

    private static boolean isIdentifier(String s) {
        if (!Character.isJavaIdentifierStart(s.charAt(0)) || s.charAt(0) == '$') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isJavaIdentifierPart(c) || c == '$') {
                return false;
            }
        }
        return true;
    }
}
