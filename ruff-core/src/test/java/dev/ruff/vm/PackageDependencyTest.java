package dev.ruff.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.vm.bytecode.Chunk;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The VM's packages depend one way: {@code vm.jit} (the compile tier) on {@code vm} and {@code vm.bytecode},
 * {@code vm} on {@code vm.bytecode}, and {@code vm.bytecode} on neither. The compiled class files are read, not
 * the sources, so a dependency written as a fully qualified name or only in a descriptor is found too: every
 * class a class file refers to (as a class, in a descriptor or a signature) is named in a CONSTANT_Utf8 entry.
 */
class PackageDependencyTest {
    private static final String JIT = "dev/ruff/vm/jit/";
    private static final String VM = "dev/ruff/vm/";

    @Test
    void vmPackageDoesNotDependOnJit() throws Exception {
        List<String> found = references(VirtualMachine.class, name -> name.contains(JIT));
        assertEquals(List.of(), found, "dev.ruff.vm must not refer to dev.ruff.vm.jit (jit depends on vm)");
    }

    @Test
    void bytecodePackageDependsOnNeitherVmNorJit() throws Exception {
        List<String> found = references(Chunk.class, PackageDependencyTest::namesVmOrJit);
        assertEquals(List.of(), found, "dev.ruff.vm.bytecode must not refer to dev.ruff.vm or dev.ruff.vm.jit");
    }

    /** Whether {@code utf8} names a class of {@code dev.ruff.vm} or one of its subpackages other than bytecode. */
    private static boolean namesVmOrJit(String utf8) {
        for (int at = utf8.indexOf(VM); at >= 0; at = utf8.indexOf(VM, at + 1)) {
            if (!utf8.startsWith("bytecode/", at + VM.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code "Class.class: constant"} for each constant-pool string matching {@code bad} in the class files of
     * {@code member}'s package (that directory only, not subpackages).
     */
    private static List<String> references(Class<?> member, Predicate<String> bad) throws Exception {
        Path root = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = root.resolve(member.getPackageName().replace('.', '/'));
        assertTrue(Files.isRegularFile(dir.resolve(member.getSimpleName() + ".class")),
                "class files of " + member.getPackageName() + " not found under " + root);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                for (String utf8 : utf8Constants(Files.readAllBytes(file))) {
                    if (bad.test(utf8)) {
                        found.add(file.getFileName() + ": " + utf8);
                    }
                }
            }
        }
        return found;
    }

    /** The CONSTANT_Utf8 entries of a class file's constant pool (JVMS 4.4). */
    static List<String> utf8Constants(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.skipBytes(4); // minor and major version
        int count = in.readUnsignedShort();
        List<String> strings = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> strings.add(in.readUTF()); // u2 length, then modified UTF-8, as readUTF expects
                case 7, 8, 16, 19, 20 -> in.skipBytes(2); // Class, String, MethodType, Module, Package
                case 15 -> in.skipBytes(3); // MethodHandle
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++; // a Long or Double takes two entries
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        return strings;
    }
}
