package dev.ruff.stdlib.zip;

import dev.ruff.stdlib.io.AtomicFileWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Safe extraction: bounded entry count and sizes (counted while inflating, not trusted from headers)
 * and no entry may land outside the output directory.
 */
final class ZipExtractor {
    static final int MAX_ENTRIES = 1024;
    static final long MAX_ENTRY_BYTES = 16L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;

    /** A limit or safety rule was broken; the message is for the script. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    private ZipExtractor() {
    }

    /** Extracts {@code archive} into {@code outDir}; returns the entry names of the files written. */
    static List<String> extract(Path archive, Path outDir) throws IOException {
        List<String> written = new ArrayList<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new Refused("Zip archive has too many entries (" + zip.size() + " > " + MAX_ENTRIES + ")");
            }
            Files.createDirectories(outDir);
            Path root = outDir.toAbsolutePath().normalize();
            long[] total = {0};
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                Path dest = root.resolve(name).normalize();
                if (name.startsWith("/") || name.contains("\\") || !dest.startsWith(root) || dest.equals(root)) {
                    if (!(e.isDirectory() && dest.equals(root))) {
                        throw new Refused("Unsafe archive entry '" + name + "': extraction path escapes output directory");
                    }
                    continue;
                }
                if (e.isDirectory()) {
                    Files.createDirectories(dest);
                    continue;
                }
                Files.createDirectories(dest.getParent());
                try (InputStream in = zip.getInputStream(e)) {
                    AtomicFileWriter.write(dest, out -> copyBounded(in, out, name, total), true);
                }
                written.add(name);
            }
        }
        return written;
    }

    private static void copyBounded(InputStream in, java.io.OutputStream out, String name, long[] total)
            throws IOException {
        byte[] buf = new byte[8192];
        long entry = 0;
        for (int r; (r = in.read(buf)) > 0; ) {
            entry += r;
            total[0] += r;
            if (entry > MAX_ENTRY_BYTES) {
                throw new Refused("Zip entry '" + name + "' exceeds maximum size (" + MAX_ENTRY_BYTES + " bytes)");
            }
            if (total[0] > MAX_TOTAL_BYTES) {
                throw new Refused("Zip archive exceeds maximum total extracted size (" + MAX_TOTAL_BYTES + " bytes)");
            }
            out.write(buf, 0, r);
        }
    }
}
