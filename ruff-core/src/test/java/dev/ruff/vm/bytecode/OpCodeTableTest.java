package dev.ruff.vm.bytecode;

import dev.ruff.vm.VmBackend;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.ConformanceCorpus;
import dev.ruff.exec.CompiledUnit;
import dev.ruff.parse.RuffParser;
import dev.ruff.resolve.Resolver;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The opcode table describes every opcode once, and what it says about operands matches the code the compiler
 * emits: walking any compiled chunk by the table's widths visits exactly the instructions, and every operand
 * the table calls a target, constant, cache or slot is one.
 */
class OpCodeTableTest {

    @Test
    void everyOpcodeConstantHasTheTableEntryOfItsName() throws IllegalAccessException {
        Set<Integer> seen = new HashSet<>();
        for (Field f : OpCode.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != int.class || f.getName().equals("COUNT")) {
                continue;
            }
            int op = f.getInt(null);
            assertTrue(seen.add(op), "two constants share opcode " + op);
            OpInfo info = OpCode.info(op);
            assertNotNull(info, f.getName());
            assertEquals(f.getName(), info.name());
            assertEquals(op, info.code());
        }
        assertEquals(OpCode.COUNT, seen.size(), "every opcode below COUNT is a named constant");
    }

    @Test
    void controlFlowFlagsAgreeWithTheOperands() {
        for (int op = 0; op < OpCode.COUNT; op++) {
            OpInfo info = OpCode.info(op);
            int kinds = Integer.bitCount(info.flags() & (OpInfo.JUMPS | OpInfo.BRANCHES | OpInfo.HANDLER));
            assertEquals(info.targetOperand() >= 0 ? 1 : 0, kinds, info.name() + ": one kind of jump per target");
            assertTrue(info.operands().matches("[SKCTN]*"), info.name());
            assertFalse(info.is(OpInfo.TERMINATES) && info.targetOperand() >= 0, info.name());
        }
        assertFalse(OpCode.info(OpCode.JUMP).fallsThrough());
        assertFalse(OpCode.info(OpCode.RETURN).fallsThrough());
        assertTrue(OpCode.info(OpCode.JUMP_IF_FALSE).fallsThrough());
    }

    @Test
    void stackEffectsDependOnTheirCountOperands() {
        int[] call = {OpCode.CALL, 3};
        assertEquals(-3, OpCode.info(OpCode.CALL).effect(call, 0, new Object[0]), "callee and 3 arguments -- result");
        int[] array = {OpCode.BUILD_ARRAY, 4};
        assertEquals(-3, OpCode.info(OpCode.BUILD_ARRAY).effect(array, 0, new Object[0]));
        int[] range = {OpCode.RANGE_LOOP, 2, 9};
        assertEquals(0, OpCode.info(OpCode.RANGE_LOOP).effect(range, 0, new Object[0]), "falls through to the CALL");
        assertEquals(-2, OpCode.info(OpCode.RANGE_LOOP).takenEffect(range, 0, new Object[0]), "leaves the cursor");
    }

    @Test
    void theWalkLandsOnEveryInstructionOfAProgramUsingManyOpcodes() {
        String source = String.join("\n",
                "struct P { x: 0, func get(self) { return self.x } }",
                "func f(a, b) {",
                "  t := 0",
                "  i := 0",
                "  while i < 10 { t := t + a * i",
                "    i := i + 1 }",
                "  for j in range(3) { t := t + j }",
                "  d := {\"k\": [1, 2, ...[3]], ...{}}",
                "  s := \"v ${t}\"",
                "  p := P { x: t }",
                "  match Ok(p.get()) {",
                "    case Ok(v): { t := v }",
                "    default: { t := 0 }",
                "  }",
                "  try { throw(\"x\") } except err { t := t + 1 }",
                "  return t ?? b",
                "}",
                "print(f(1, 2))");
        checkUnit(source, "many.ruff");
    }

    @TestFactory
    Stream<DynamicTest> theWalkLandsOnEveryInstructionOfEveryConformanceCase() throws IOException {
        Path cases = ConformanceCorpus.casesFolder();
        Assumptions.assumeTrue(cases != null && Files.isDirectory(cases),
                "conformance corpus not found at ../shared/conformance/cases relative to the reactor root; skipping");
        List<Path> files;
        try (Stream<Path> list = Files.list(cases)) {
            files = list.filter(p -> p.toString().endsWith(".ruff")).sorted().collect(Collectors.toList());
        }
        assertFalse(files.isEmpty(), "no .ruff files in " + cases);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> checkUnit(Files.readString(file), file.getFileName().toString(), false)));
    }

    /** Compiles {@code source} and checks every chunk in it. */
    private static void checkUnit(String source, String file) {
        checkUnit(source, file, true);
    }

    /** As {@link #checkUnit(String, String)}; a case that does not parse or resolve is skipped unless it must compile. */
    private static void checkUnit(String source, String file, boolean mustCompile) {
        CompiledUnit unit;
        try {
            var program = RuffParser.parse(source, file);
            unit = new CompiledUnit(program, Resolver.resolve(program));
        } catch (RuntimeException e) {
            if (mustCompile) {
                throw e;
            }
            Assumptions.abort("does not compile: " + e.getMessage());
            return;
        }
        List<FunctionProto> pending = new ArrayList<>();
        pending.add(VmBackend.compiled(unit));
        for (int i = 0; i < pending.size(); i++) {
            Chunk chunk = pending.get(i).chunk();
            checkChunk(chunk);
            for (Object c : chunk.constants()) {
                if (c instanceof FunctionProto p) {
                    pending.add(p);
                }
            }
        }
        assertTrue(pending.size() >= 1);
    }

    private static void checkChunk(Chunk chunk) {
        int[] code = chunk.code();
        BitSet starts = new BitSet();
        int pc = 0;
        while (pc < code.length) {
            assertTrue(code[pc] >= 0 && code[pc] < OpCode.COUNT, chunk.name() + ": no opcode " + code[pc] + " at " + pc);
            starts.set(pc);
            pc += OpCode.width(code[pc]);
        }
        assertEquals(code.length, pc, chunk.name() + ": the last instruction ends the code");
        for (pc = starts.nextSetBit(0); pc >= 0; pc = starts.nextSetBit(pc + 1)) {
            OpInfo info = OpCode.info(code[pc]);
            String at = chunk.name() + " " + info.name() + " at " + pc;
            for (int i = 0; i < info.operands().length(); i++) {
                int operand = code[pc + 1 + i];
                switch (info.operands().charAt(i)) {
                    case 'T' -> assertTrue(operand == code.length || starts.get(operand), at + ": target " + operand);
                    case 'K' -> assertTrue(operand >= 0 && operand < chunk.constants().length, at + ": constant " + operand);
                    case 'C' -> assertTrue(operand >= 0 && operand < chunk.caches.length, at + ": cache " + operand);
                    case 'S' -> assertTrue(operand >= 0 && operand < chunk.slotCount(), at + ": slot " + operand);
                    default -> { }
                }
            }
        }
        // The stack depth walk follows the table's control flow over the whole chunk without underflow.
        int[] depths = ChunkBuilder.stackDepths(code, chunk.constants());
        assertTrue(depths[0] == 0, chunk.name());
    }
}
