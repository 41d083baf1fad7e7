package dev.ruff.cli;

import static dev.ruff.cli.CliOutcome.ruff;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void cleanScriptPrintsNothingAndExits0() throws IOException {
        Files.writeString(dir.resolve("ok.ruff"), "print(undefined_is_fine_until_run)\n");
        CliOutcome r = ruff(dir, "check", "ok.ruff");
        assertEquals(0, r.exitCode());
        assertEquals("", r.out());
        assertEquals("", r.err());
    }

    @Test
    void resolverFindingsAreReportedWithoutRunningAndExit1() throws IOException {
        Files.writeString(dir.resolve("w.ruff"), "print(\"ran\")\nbreak\n");
        CliOutcome r = ruff(dir, "check", "w.ruff");
        assertEquals(1, r.exitCode());
        assertEquals("", r.out());
        assertEquals("""
                [RUFRES001] [resolver] error: break can only be used inside a loop
                  --> w.ruff:2:1
                   |
                 2 | break
                   | ^
                  = help: Fix the binding error and rerun Ruff.
                """, r.err());
    }

    @Test
    void syntaxErrorsExit3() throws IOException {
        Files.writeString(dir.resolve("bad.ruff"), "let := 1\n");
        CliOutcome r = ruff(dir, "check", "bad.ruff");
        assertEquals(3, r.exitCode());
        assertEquals("", r.out());
        assertEquals(true, r.err().startsWith("[RUFPARSE"), r.err());
        assertEquals(true, r.err().contains("  --> bad.ruff:1:"), r.err());
    }

    @Test
    void missingFileExits5() {
        CliOutcome r = ruff(dir, "check", "nope.ruff");
        assertEquals(5, r.exitCode());
        assertEquals("Failed to read .ruff file 'nope.ruff': No such file or directory\n", r.err());
    }

    @Test
    void caretLinesUpUnderTabsAndEveryFileIsReported() throws IOException {
        Files.writeString(dir.resolve("tabs.ruff"), "func f() {\n\tbreak\n}\n");
        Files.writeString(dir.resolve("clean.ruff"), "print(1)\n");
        Files.writeString(dir.resolve("loop.ruff"), "continue\n");
        CliOutcome r = ruff(dir, "check", "tabs.ruff", "clean.ruff", "loop.ruff");
        assertEquals(1, r.exitCode());
        assertEquals("""
                [RUFRES001] [resolver] error: break can only be used inside a loop
                  --> tabs.ruff:2:2
                   |
                 2 | \tbreak
                   | \t^
                  = help: Fix the binding error and rerun Ruff.

                [RUFRES001] [resolver] error: continue can only be used inside a loop
                  --> loop.ruff:1:1
                   |
                 1 | continue
                   | ^
                  = help: Fix the binding error and rerun Ruff.
                """, r.err());
    }

    @Test
    void syntaxErrorWinsOverUnreadableFileWhichWinsOverFindings() throws IOException {
        Files.writeString(dir.resolve("bad.ruff"), "let := 1\n");
        Files.writeString(dir.resolve("w.ruff"), "break\n");
        assertEquals(3, ruff(dir, "check", "w.ruff", "missing.ruff", "bad.ruff").exitCode());
        assertEquals(5, ruff(dir, "check", "w.ruff", "missing.ruff").exitCode());
        assertEquals(1, ruff(dir, "check", "w.ruff").exitCode());
    }

    @Test
    void jsonListsEveryDiagnosticWithAStableShape() throws Exception {
        Files.writeString(dir.resolve("bad.ruff"), "print(\"a\"\n");
        Files.writeString(dir.resolve("w.ruff"), "print(1)\nbreak\n");
        CliOutcome r = ruff(dir, "check", "--json", "w.ruff", "bad.ruff", "gone.ruff");
        assertEquals(3, r.exitCode());
        assertEquals("", r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals(1, doc.get("version").asInt());
        JsonNode all = doc.get("diagnostics");
        assertEquals(3, all.size());
        assertEquals("{\"file\":\"w.ruff\",\"line\":2,\"column\":1,\"code\":\"RUFRES001\",\"subsystem\":\"resolver\","
                + "\"severity\":\"error\",\"message\":\"break can only be used inside a loop\","
                + "\"help\":\"Fix the binding error and rerun Ruff.\"}", all.get(0).toString());
        assertEquals("bad.ruff", all.get(1).get("file").asText());
        assertEquals("RUFPARSE001", all.get(1).get("code").asText());
        assertEquals(2, all.get(1).get("line").asInt());
        assertEquals("{\"file\":\"gone.ruff\",\"line\":0,\"column\":0,\"code\":\"RUFIO001\",\"subsystem\":\"io\","
                + "\"severity\":\"error\",\"message\":\"Failed to read .ruff file 'gone.ruff': No such file or "
                + "directory\",\"help\":null}", all.get(2).toString());
    }

    @Test
    void jsonOfACleanScriptIsAnEmptyListAndExits0() throws Exception {
        Files.writeString(dir.resolve("ok.ruff"), "print(1)\n");
        CliOutcome r = ruff(dir, "check", "--json", "ok.ruff");
        assertEquals(0, r.exitCode());
        assertEquals(0, new ObjectMapper().readTree(r.out()).get("diagnostics").size());
    }
}
