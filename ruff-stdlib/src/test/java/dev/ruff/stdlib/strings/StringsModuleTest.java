package dev.ruff.stdlib.strings;

import static dev.ruff.stdlib.Natives.arr;
import static dev.ruff.stdlib.Natives.dict;
import static dev.ruff.stdlib.Natives.list;
import static dev.ruff.stdlib.Natives.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ruff.runtime.RuffNull;
import dev.ruff.stdlib.Natives;
import org.junit.jupiter.api.Test;

class StringsModuleTest {
    private final Natives n = new Natives(new StringsModule());

    @Test
    void caseConversion() {
        assertEquals("HELLO", n.call("to_upper", "hello"));
        assertEquals("STRASSE", n.call("upper", "straße"));
        assertEquals("world", n.call("to_lower", "WORLD"));
        assertEquals("abc", n.call("lower", "ABC"));
        assertEquals("Hello", n.call("capitalize", "hELLO"));
        assertEquals("", n.call("capitalize", ""));
        assertEquals("to_upper() requires a string argument", n.error("to_upper", 1L));
        assertEquals("upper() requires a string argument", n.error("upper", 1L));
        assertEquals("lower() requires a string argument", n.error("lower", RuffNull.NULL));
        assertEquals("to_upper expects 1 arguments, got 2", n.error("to_upper", "a", "b"));
        assertEquals("capitalize() requires a string argument", n.error("capitalize", 2L));
    }

    @Test
    void trimming() {
        assertEquals("test", n.call("trim", "  test  "));
        assertEquals("x", n.call("trim", "\u00a0\u3000x\t\n"));
        assertEquals("a  ", n.call("trim_start", "  a  "));
        assertEquals("  a", n.call("trim_end", "  a  "));
        assertEquals("trim() requires a string argument", n.error("trim", 1L));
        assertEquals("trim_start() requires a string argument", n.error("trim_start", 1L));
        assertEquals("trim_end() requires a string argument", n.error("trim_end", 1L));
        assertEquals("trim expects 1 arguments, got 0", n.error("trim"));
    }

    @Test
    void containsIsPolymorphicWithQuirkyResultTypes() {
        assertEquals(1L, n.call("contains", "hello", "ell"));
        assertEquals(0L, n.call("contains", "hello", "xyz"));
        assertEquals(true, n.call("contains", arr(1L, 2L), 2L));
        assertEquals(false, n.call("contains", arr(1L, 2L), 2.0));
        assertEquals(false, n.call("contains", arr(arr()), arr()));
        assertEquals(true, n.call("contains", dict("k", 1L), "k"));
        assertEquals(false, n.call("contains", dict("k", 1L), "z"));
        assertEquals(true, n.call("contains", dict("7", 1L), 7L));
        assertEquals(false, n.call("contains", dict("07", 1L), 7L));
        assertEquals("contains() first argument must be a string, array, or dictionary", n.error("contains", 1L, 1L));
        assertEquals("contains() requires two arguments: string/array and substring/item",
                n.error("contains", "abc", 1L));
        assertEquals("contains expects 2 arguments, got 1", n.error("contains", "abc"));
    }

    @Test
    void indexOfCountsCodePoints() {
        assertEquals(2L, n.call("index_of", "😀ab", "b"));
        assertEquals(-1L, n.call("index_of", "abc", "z"));
        assertEquals(1L, n.call("index_of", arr("a", "b"), "b"));
        assertEquals(-1L, n.call("index_of", arr(1L), 1.0));
        assertEquals("index_of() first argument must be a string or array", n.error("index_of", 1L, 1L));
        assertEquals("index_of() requires two arguments: string/array and substring/item",
                n.error("index_of", "a", 1L));
    }

    @Test
    void startsAndEndsWithReturnBool() {
        assertEquals(true, n.call("starts_with", "hello", "he"));
        assertEquals(false, n.call("ends_with", "hello", "he"));
        assertEquals(true, n.call("ends_with", "hello", "lo"));
        assertEquals("starts_with() requires string and prefix string arguments", n.error("starts_with", 1L, "a"));
        assertEquals("ends_with() requires string and suffix string arguments", n.error("ends_with", "a", 1L));
    }

    @Test
    void replaceAndSplitAndJoin() {
        assertEquals("a-b-c", n.call("replace", "a b c", " ", "-"));
        assertEquals("xaxbx", n.call("replace_str", "ab", "", "x"));
        assertEquals("replace() requires string, from-string, and to-string arguments", n.error("replace", "a", 1L, "b"));
        assertEquals("replace() requires string, from-string, and to-string arguments", n.error("replace_str", "a"));
        assertEquals("replace expects 3 arguments, got 1", n.error("replace", "a"));
        assertEquals(list("a", "", "b"), plain(n.call("split", "a,,b", ",")));
        assertEquals(list("", "a", "b", ""), plain(n.call("split", "ab", "")));
        assertEquals("split() requires string and delimiter string arguments", n.error("split", "a", 1L));
        assertEquals("1-2.5-true-x-Array[2]-Null", n.call("join", arr(1L, 2.5, true, "x", arr(1L, 2L), RuffNull.NULL), "-"));
        assertEquals("", n.call("join", arr(), ","));
        assertEquals("join() requires array and separator string arguments", n.error("join", "a", ","));
    }

    @Test
    void substringAndAlias() {
        assertEquals("ell", n.call("substring", "hello", 1L, 4L));
        assertEquals("llo", n.call("substr", "hello", 2.9, 100L));
        assertEquals("", n.call("substring", "hello", 9L, 10L));
        assertEquals("", n.call("substring", "hello", 3L, 1L));
        assertEquals("he", n.call("substring", "hello", -3L, 2L));
        assertEquals("substring() requires a string argument for value", n.error("substring", 1L, 0L, 1L));
        assertEquals("substring() start and end must be a number", n.error("substr", "a", "0", 1L));
        assertEquals("substring expects 3 arguments, got 2", n.error("substr", "a", 0L));
    }

    @Test
    void padding() {
        assertEquals("007", n.call("pad_left", "7", 3L, "0"));
        assertEquals("7  ", n.call("pad_right", "7", 3L, ""));
        assertEquals("**ab", n.call("pad_start", "ab", 4.5, "*#"));
        assertEquals("ab..", n.call("pad_end", "ab", 4L, "."));
        assertEquals("abcdef", n.call("pad_left", "abcdef", 3L, "0"));
        assertEquals("pad_left() width must be a number", n.error("pad_left", "a", "3", "0"));
        assertEquals("pad_left() requires 3 arguments: string, width, char", n.error("pad_start", 1L, 3L, "0"));
        assertEquals("pad_right() requires 3 arguments: string, width, char", n.error("pad_right", "a", 3L, 0L));
        assertEquals("pad_left expects 3 arguments, got 2", n.error("pad_left", "a", 3L));
    }

    @Test
    void linesWordsReverse() {
        assertEquals(list("a", "b", "", "c"), plain(n.call("lines", "a\r\nb\n\nc\n")));
        assertEquals(list(), plain(n.call("lines", "")));
        assertEquals(list("one", "two", "three"), plain(n.call("words", "  one\ttwo \n three ")));
        assertEquals("cba😀", n.call("str_reverse", "😀abc"));
        assertEquals("lines() requires a string argument", n.error("lines", 1L));
        assertEquals("words() requires a string argument", n.error("words"));
        assertEquals("str_reverse() requires a string argument", n.error("str_reverse", arr()));
    }

    @Test
    void identifierStyles() {
        assertEquals("hello-world", n.call("slugify", "Hello World!"));
        assertEquals("a-b-c", n.call("slugify", "  A_b -- c  "));
        assertEquals("helloWorld", n.call("to_camel_case", "hello_world"));
        assertEquals("helloworld", n.call("to_camel_case", "helloWorld"));
        assertEquals("hello_world", n.call("to_snake_case", "helloWorld"));
        assertEquals("httpserver", n.call("to_snake_case", "HTTPServer"));
        assertEquals("hello_big_world", n.call("to_snake_case", "Hello big-world"));
        assertEquals("hello-world", n.call("to_kebab_case", "helloWorld"));
        assertEquals("slugify() requires a string argument", n.error("slugify", 1L));
        assertEquals("to_camel_case() requires a string argument", n.error("to_camel_case", 1L));
        assertEquals("to_snake_case() requires a string argument", n.error("to_snake_case", 1L));
        assertEquals("to_kebab_case() requires a string argument", n.error("to_kebab_case", 1L));
    }

    @Test
    void truncateRepeatCharAt() {
        assertEquals("Hello...", n.call("truncate", "Hello World", 8L, "..."));
        assertEquals("Hi", n.call("truncate", "Hi", 8L, "..."));
        assertEquals("...", n.call("truncate", "Hello", 2L, "..."));
        assertEquals("truncate() length must be a number", n.error("truncate", "a", "1", ""));
        assertEquals("truncate() requires 3 arguments: string, length, suffix", n.error("truncate", "a", 1L));
        assertEquals("ababab", n.call("repeat", "ab", 3L));
        assertEquals("", n.call("repeat", "ab", -2L));
        assertEquals("repeat() requires a string argument for value", n.error("repeat", 1L, 2L));
        assertEquals("repeat() count must be a number", n.error("repeat", "a", "2"));
        assertEquals("😀", n.call("char_at", "a😀b", 1L));
        assertEquals("a", n.call("char_at", "ab", -5L));
        assertEquals("", n.call("char_at", "ab", 5L));
        assertEquals("char_at() requires a string argument for value", n.error("char_at", 1L, 0L));
        assertEquals("char_at() index must be a number", n.error("char_at", "a", "0"));
    }

    @Test
    void emptinessAndCounting() {
        assertEquals(true, n.call("is_empty", ""));
        assertEquals(false, n.call("is_empty", " "));
        assertEquals("is_empty() requires a string argument", n.error("is_empty", arr()));
        assertEquals(17L, n.call("count_chars", "Free Tools → Plan"));
        assertEquals("count_chars() requires a string argument", n.error("count_chars", 1L));
    }

    @Test
    void printfFormat() {
        assertEquals("x=5 y=2.5 s=hi n=null a=[Array] d={Dict} 100%",
                n.call("format", "x=%d y=%f s=%s n=%s a=%s d=%s 100%%", 5.9, 2.5, "hi", RuffNull.NULL, arr(), dict()));
        assertEquals("1 0 %q 3", n.call("format", "%d %d %q %f", true, false, 3L, "extra"));
        assertEquals("format() requires at least 1 argument (template)", n.error("format"));
        assertEquals("format() first argument must be a string", n.error("format", 1L));
        assertEquals("format() missing argument for placeholder %s", n.error("format", "%s"));
        assertEquals("format() %d requires numeric argument, got Str(\"x\")", n.error("format", "%d", "x"));
    }
}
