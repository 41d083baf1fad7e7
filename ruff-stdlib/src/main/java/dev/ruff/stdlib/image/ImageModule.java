package dev.ruff.stdlib.image;

import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;

/**
 * {@code load_image} (javax.imageio: PNG, JPEG, GIF, BMP, WBMP) with the Image methods, and
 * {@code gif_to_webp}, which like upstream runs the external {@code gif2webp} tool. ImageIO and its
 * codecs load on the first call.
 */
public final class ImageModule implements RuffModule {

    @Override
    public String name() {
        return "image";
    }

    @Override
    public void register(NativeRegistry r) {
        r.function("load_image(path)", Arity.exact(1), Capability.FS_READ,
                "Loads an image file; returns an Image with .width, .height, .format and methods.",
                ImageNatives::load);
        r.function("gif_to_webp(in, out, quality?, method?, lossless?)", Arity.range(2, 5), Capability.FS_WRITE,
                "Converts a GIF to WebP with the gif2webp tool: (in, out, quality?=85, method?=4, lossless?=false).",
                GifToWebp::convert);
    }
}
