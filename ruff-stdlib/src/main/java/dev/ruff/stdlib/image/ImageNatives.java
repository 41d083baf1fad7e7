package dev.ruff.stdlib.image;

import dev.ruff.spi.NativeCall;
import dev.ruff.stdlib.io.OsErrorText;
import dev.ruff.stdlib.io.WorkingDirectory;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/** {@code load_image}. */
final class ImageNatives {
    private ImageNatives() {
    }

    static Object load(NativeCall call) {
        if (!(call.arg(0) instanceof String p)) {
            throw call.error("load_image requires a string path argument");
        }
        Path path = WorkingDirectory.resolve(call, p);
        BufferedImage image;
        try (InputStream in = Files.newInputStream(path)) {
            image = ImageIO.read(in);
        } catch (IOException e) {
            throw call.error("Cannot load image '" + p + "': " + OsErrorText.of(e));
        }
        if (image == null) {
            throw call.error("Cannot load image '" + p + "': The image format could not be determined");
        }
        return new ImageValue(image, formatOf(p), call.context(), WorkingDirectory.of(call));
    }

    /** The lower-case file extension, as upstream reports {@code .format}. */
    static String formatOf(String path) {
        String name = Path.of(path).getFileName() == null ? path : Path.of(path).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
