package dev.ruff.cli.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The conformance README's comparison rule, and the conformance runner's own self-test examples. */
class SnapshotTextTest {

    @Test
    void expectedTextIsNormalisedLikeTheRunnerSelfTest() {
        String golden = "\u00A0  a b \r\nCompiler optimization: folded 3\nstep (took ~12ms) done\n\n"
                + "  Compiler optimization: kept\nx (took ~1s)\n\t\n\u3000";
        assertEquals("a b \nstep done\n\n  Compiler optimization: kept\nx (took ~1s)", SnapshotText.expected(golden));
    }

    @Test
    void streamsAreTrimmedThenJoinedStdoutFirst() {
        assertEquals("out\nerr", SnapshotText.actual("\n\n out \n\n", "\n err\t\n"));
        assertEquals("err", SnapshotText.actual("", "\n err\t\n"));
        assertEquals("out", SnapshotText.actual("\n\n out \n\n", ""));
        assertEquals("", SnapshotText.actual(" \n", "\t"));
    }

    @Test
    void windowsLineEndingsBecomeNewlines() {
        assertEquals("a\nb", SnapshotText.expected("a\r\nb\r\n"));
    }

    @Test
    void onlyTheFirstTimingSpanOfALineIsRemoved() {
        assertEquals("a b (took ~2ms)", SnapshotText.normalize("a (took ~1ms) b (took ~2ms)"));
        assertEquals("unfinished (took ~5", SnapshotText.normalize("unfinished (took ~5"));
    }

    @Test
    void trailingSpacesAndInnerBlankLinesAreSignificant() {
        assertNotEquals(SnapshotText.expected("Testing -5: \nnext"), SnapshotText.actual("Testing -5:\nnext", ""));
        assertNotEquals(SnapshotText.expected("a\n\nb"), SnapshotText.actual("a\nb", ""));
        assertEquals(SnapshotText.expected("Testing -5: \nnext\n"), SnapshotText.actual("Testing -5: \nnext", ""));
    }

    @Test
    void trimUsesUnicodeWhiteSpaceNotJavaWhitespace() {
        assertEquals("x", SnapshotText.trim("\u0085\u00A0\u2007x\u202F\u205F"));
        // U+001F is Java whitespace but not Unicode White_Space, so Rust's trim keeps it
        assertEquals("\u001Fx", SnapshotText.trim("\u001Fx"));
    }

    @Test
    void firstDifferenceNamesTheLineAndBothTexts() {
        assertNull(SnapshotText.firstDifference("a\nb", "a\nb"));
        assertEquals("line 2: expected \"b\" got \"c\"", SnapshotText.firstDifference("a\nb", "a\nc"));
        assertEquals("line 2: expected \"b\" got <end of output>", SnapshotText.firstDifference("a\nb", "a"));
        assertEquals("line 1: expected \"a\" got <no output>", SnapshotText.firstDifference("a", ""));
        assertEquals("line 2: expected <end of expected output> got \"\\tz\"",
                SnapshotText.firstDifference("a", "a\n\tz"));
    }
}
