package dev.ruff.stdlib.image;

import dev.ruff.spi.NativeCall;
import dev.ruff.stdlib.io.WorkingDirectory;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code gif_to_webp}: no maintained Java library writes animated WebP, so, as upstream does, this runs
 * the {@code gif2webp} tool from libwebp (Debian package {@code webp}) when it is on the PATH.
 */
final class GifToWebp {
    private static final long TIMEOUT_SECONDS = 120;

    private GifToWebp() {
    }

    static Object convert(NativeCall call) {
        if (!(call.arg(0) instanceof String in) || !(call.arg(1) instanceof String out)) {
            throw call.error("gif_to_webp requires (input_path: string, output_path: string) arguments");
        }
        long quality = 85;
        long method = 4;
        boolean lossless = false;
        if (call.count() > 2) {
            if (!(call.arg(2) instanceof Long q)) {
                throw call.error("gif_to_webp quality must be an integer");
            }
            quality = q;
        }
        if (call.count() > 3) {
            if (!(call.arg(3) instanceof Long m)) {
                throw call.error("gif_to_webp method must be an integer");
            }
            method = m;
        }
        if (call.count() > 4) {
            if (!(call.arg(4) instanceof Boolean l)) {
                throw call.error("gif_to_webp lossless must be a boolean");
            }
            lossless = l;
        }
        if (quality < 0 || quality > 100) {
            throw call.error("gif_to_webp quality must be in range 0-100");
        }
        if (method < 0 || method > 6) {
            throw call.error("gif_to_webp method must be in range 0-6");
        }
        Path input = WorkingDirectory.readable(call, in);
        if (!Files.isRegularFile(input)) {
            throw call.error("gif_to_webp input file does not exist: " + in);
        }
        Path tool = findTool();
        if (tool == null) {
            throw call.error("gif_to_webp requires the 'gif2webp' CLI tool to be installed and available in PATH");
        }
        List<String> command = new ArrayList<>(List.of(tool.toString(), "-q", Long.toString(quality), "-m",
                Long.toString(method)));
        if (lossless) {
            command.add("-lossless");
        }
        command.addAll(List.of(input.toString(), "-o", WorkingDirectory.writable(call, out).toString()));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] output = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw call.error("gif_to_webp timed out after " + TIMEOUT_SECONDS + "s");
            }
            if (p.exitValue() != 0) {
                throw call.error("gif_to_webp failed: " + new String(output, StandardCharsets.UTF_8).trim());
            }
        } catch (IOException e) {
            throw call.error("gif_to_webp failed to run gif2webp: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw call.error("gif_to_webp was interrupted");
        }
        return true;
    }

    private static Path findTool() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, "gif2webp");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
