package dev.ruff.stdlib.regex;

import static dev.ruff.stdlib.Natives.list;
import static dev.ruff.stdlib.Natives.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ruff.stdlib.Natives;
import org.junit.jupiter.api.Test;

class RegexModuleTest {
    private final Natives n = new Natives(new RegexModule());

    @Test
    void goldenFixtureCases() {
        String email = "^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$";
        assertEquals(true, n.call("regex_match", "user@example.com", email));
        assertEquals(false, n.call("regex_match", "invalid.email", email));
        assertEquals(true, n.call("regex_match", "555-1234", "^\\d{3}-\\d{4}$"));
        assertEquals(list("555-1234", "555-5678"), plain(n.call("regex_find_all", "Call me at 555-1234 or 555-5678", "\\d{3}-\\d{4}")));
        assertEquals(5, ((java.util.List<?>) plain(n.call("regex_find_all", "The quick brown fox jumps", "\\w+"))).size());
        assertEquals("Call me at XXX-XXXX or XXX-XXXX", n.call("regex_replace", "Call me at 555-1234 or 555-5678", "\\d{3}-\\d{4}", "XXX-XXXX"));
        assertEquals("Too many spaces", n.call("regex_replace", "Too    many     spaces", " +", " "));
        assertEquals("abcdef", n.call("regex_replace", "abc123def456", "\\d", ""));
        assertEquals(list("one", "two", "three"), plain(n.call("regex_split", "one123two456three", "\\d+")));
    }

    @Test
    void rustFlavour() {
        assertEquals(true, n.call("regex_match", "٣", "^\\d$"));
        assertEquals("b-a", n.call("regex_replace", "a-b", "(\\w)-(\\w)", "$2-$1"));
        assertEquals("[b]", n.call("regex_replace", "b", "(?P<x>b)", "[${x}]"));
        assertEquals("", n.call("regex_replace", "ab", "(a)(b)", "$1a"));
        assertEquals("$", n.call("regex_replace", "a", "a", "$$"));
        assertEquals(list("", "aaa"), plain(n.call("regex_find_all", "baaa", "a*")));
        assertEquals(list("a", "b", ""), plain(n.call("regex_split", "a,b,", ",")));
        assertEquals(list("", "a", "b", "c", ""), plain(n.call("regex_split", "abc", "")));
    }

    @Test
    void invalidPatternsGiveNeutralValues() {
        assertEquals(false, n.call("regex_match", "abc", "("));
        assertEquals(list(), plain(n.call("regex_find_all", "abc", "[")));
        assertEquals("abc", n.call("regex_replace", "abc", "(", "x"));
        assertEquals(list("abc"), plain(n.call("regex_split", "abc", "*")));
    }

    @Test
    void wrongArguments() {
        assertEquals("regex_match requires two string arguments (text, pattern)", n.error("regex_match", "a", 1L));
        assertEquals("regex_find_all requires two string arguments (text, pattern)", n.error("regex_find_all", "a"));
        assertEquals("regex_split requires two string arguments (text, pattern)", n.error("regex_split", 1L, "a"));
        assertEquals("regex_replace requires three string arguments (text, pattern, replacement)",
                n.error("regex_replace", "a", "b"));
    }
}
