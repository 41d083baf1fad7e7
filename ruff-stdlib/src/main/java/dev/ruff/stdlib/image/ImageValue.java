package dev.ruff.stdlib.image;

import dev.ruff.diag.RuffRuntimeError;
import dev.ruff.runtime.Invoker;
import dev.ruff.runtime.MethodHandleValue;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeContext;
import dev.ruff.stdlib.io.OsErrorText;
import dev.ruff.stdlib.io.WorkingDirectory;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * An image ({@code type()} is {@code image}): fields {@code width}, {@code height} (floats, as upstream)
 * and {@code format}; every method but {@code save} returns a new Image and leaves this one unchanged.
 */
final class ImageValue implements MethodHandleValue {
    private final BufferedImage image;
    private final String format;
    /** The run that loaded the image; {@code save} checks its {@code filesystem-write} grant. */
    private final NativeContext context;
    /** Where relative {@code save} paths resolve (the script's current directory at load time). */
    private final WorkingDirectory directory;

    ImageValue(BufferedImage image, String format, NativeContext context, WorkingDirectory directory) {
        this.image = image;
        this.format = format;
        this.context = context;
        this.directory = directory;
    }

    BufferedImage image() {
        return image;
    }

    @Override
    public Object field(String name) {
        return switch (name) {
            case "width" -> (double) image.getWidth();
            case "height" -> (double) image.getHeight();
            case "format" -> format;
            default -> null;
        };
    }

    @Override
    public Object callMethod(String name, Object[] args, Invoker invoker) {
        return switch (name) {
            case "resize" -> {
                if (args.length < 2 || args.length > 3) {
                    throw arity(name, "2 to 3", args.length);
                }
                int w = dimension(name, args[0]);
                int h = dimension(name, args[1]);
                boolean fit = args.length == 3 && "fit".equals(args[2]);
                yield with(ImageOps.resize(image, w, h, fit));
            }
            case "crop" -> {
                if (args.length != 4) {
                    throw arity(name, "4", args.length);
                }
                int x = integer(name, args[0]);
                int y = integer(name, args[1]);
                int w = dimension(name, args[2]);
                int h = dimension(name, args[3]);
                if (x < 0 || y < 0 || x + (long) w > image.getWidth() || y + (long) h > image.getHeight()) {
                    throw new RuffRuntimeError("Image.crop region " + x + "," + y + " " + w + "x" + h
                            + " lies outside the " + image.getWidth() + "x" + image.getHeight() + " image");
                }
                yield with(ImageOps.crop(image, x, y, w, h));
            }
            case "rotate" -> {
                if (args.length != 1) {
                    throw arity(name, "1", args.length);
                }
                int degrees = integer(name, args[0]);
                if (degrees != 90 && degrees != 180 && degrees != 270) {
                    throw new RuffRuntimeError("Image.rotate supports 90, 180 or 270 degrees, got " + degrees);
                }
                yield with(ImageOps.rotate(image, degrees));
            }
            case "flip" -> {
                if (args.length != 1) {
                    throw arity(name, "1", args.length);
                }
                if (!"horizontal".equals(args[0]) && !"vertical".equals(args[0])) {
                    throw new RuffRuntimeError("Image.flip direction must be 'horizontal' or 'vertical'");
                }
                yield with(ImageOps.flip(image, "horizontal".equals(args[0])));
            }
            case "to_grayscale" -> {
                if (args.length != 0) {
                    throw arity(name, "0", args.length);
                }
                yield with(ImageOps.grayscale(image));
            }
            case "blur" -> {
                if (args.length != 1) {
                    throw arity(name, "1", args.length);
                }
                double sigma = number(name, args[0]);
                if (sigma < 0 || sigma > 100) {
                    throw new RuffRuntimeError("Image.blur sigma must be between 0 and 100, got " + args[0]);
                }
                yield with(ImageOps.blur(image, sigma));
            }
            case "adjust_brightness" -> {
                if (args.length != 1) {
                    throw arity(name, "1", args.length);
                }
                yield with(ImageOps.brightness(image, number(name, args[0])));
            }
            case "adjust_contrast" -> {
                if (args.length != 1) {
                    throw arity(name, "1", args.length);
                }
                yield with(ImageOps.contrast(image, number(name, args[0])));
            }
            case "save" -> {
                if (args.length != 1 || !(args[0] instanceof String path)) {
                    throw new RuffRuntimeError("Image.save requires a string path argument");
                }
                yield save(path);
            }
            default -> throw new RuffRuntimeError("Image has no method '" + name + "'");
        };
    }

    private Object save(String pathText) {
        context.requireGranted(Capability.FS_WRITE, "Image.save");
        String target = ImageNatives.formatOf(pathText);
        String writer = switch (target) {
            case "jpg", "jpeg" -> "jpeg";
            case "png", "gif", "bmp", "wbmp" -> target;
            default -> null;
        };
        if (writer == null) {
            throw new RuffRuntimeError("Failed to save image '" + pathText + "': unsupported image format '"
                    + target + "' (supported: png, jpg, jpeg, gif, bmp)");
        }
        BufferedImage out = writer.equals("jpeg") || writer.equals("bmp") ? ImageOps.withoutAlpha(image) : image;
        Path path = directory.resolve(context, pathText, "Image.save", dev.ruff.spi.Capability.FS_WRITE);
        Path dir = path.toAbsolutePath().getParent();
        try {
            // written beside the target and moved into place, so a failed save leaves no half-written file
            Path temp = Files.createTempFile(dir, "." + path.getFileName() + ".", ".tmp");
            try {
                try (OutputStream o = Files.newOutputStream(temp)) {
                    if (!ImageIO.write(out, writer, o)) {
                        throw new IOException("no " + writer + " writer for this image type");
                    }
                }
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new RuffRuntimeError("Failed to save image '" + pathText + "': " + OsErrorText.of(e));
        }
        return true;
    }

    private ImageValue with(BufferedImage next) {
        return new ImageValue(next, format, context, directory);
    }

    private static RuffRuntimeError arity(String method, String expected, int got) {
        return new RuffRuntimeError("Image." + method + " expects " + expected + " arguments, got " + got);
    }

    private static int integer(String method, Object v) {
        if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return (int) (long) l;
        }
        if (v instanceof Double d && !d.isNaN() && Math.abs(d) < Integer.MAX_VALUE) {
            return (int) (double) d;
        }
        throw new RuffRuntimeError("Image." + method + " requires numeric arguments");
    }

    private static int dimension(String method, Object v) {
        int n = integer(method, v);
        if (n <= 0 || n > 32_768) {
            throw new RuffRuntimeError("Image." + method + " dimensions must be between 1 and 32768, got " + n);
        }
        return n;
    }

    private static double number(String method, Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d && !d.isNaN() && !d.isInfinite()) {
            return d;
        }
        throw new RuffRuntimeError("Image." + method + " requires a numeric argument");
    }

    @Override
    public String typeName() {
        return "image";
    }

    @Override
    public String debug() {
        return "Image(" + image.getWidth() + "x" + image.getHeight() + ", " + format.toLowerCase(Locale.ROOT) + ")";
    }
}
