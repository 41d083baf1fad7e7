package dev.ruff.stdlib.ssg;

import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;

/**
 * Upstream's static-site benchmark helpers ({@code ssg_*}): render posts into a fixed HTML template,
 * build output paths, and render-and-write (optionally read-render-and-write) with bounded
 * concurrency on the engine's executor, as promises.
 */
public final class SsgModule implements RuffModule {

    @Override
    public String name() {
        return "ssg";
    }

    @Override
    public void register(NativeRegistry r) {
        r.function("ssg_render_pages(pages)", Arity.exact(1), Capability.NONE,
                "Renders page bodies into HTML posts; returns {pages, checksum} (checksum = total UTF-8 bytes).",
                SsgNatives::renderPages);
        r.function("ssg_build_output_paths(dir, count, ext?)", Arity.range(2, 3), Capability.NONE,
                "The paths {dir}/post_{i}{ext} for i in 0..count (ext defaults to .html).",
                SsgNatives::buildOutputPaths);
        r.function("ssg_render_and_write_pages(pages, dir, limit?)", Arity.unchecked(), Capability.FS_WRITE,
                "Promise: renders pages and writes {dir}/post_{i}.html, at most limit at once; fulfils {checksum, files}.",
                SsgNatives::renderAndWrite);
        r.function("ssg_read_render_and_write_pages(paths, dir, limit?)", Arity.unchecked(), Capability.FS_WRITE,
                "Promise: reads source files, renders and writes them; fulfils {checksum, files, read_ms, render_write_ms}.",
                SsgNatives::readRenderAndWrite);
    }
}
