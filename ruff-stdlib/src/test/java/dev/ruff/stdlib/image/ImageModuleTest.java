package dev.ruff.stdlib.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ruff.BackendType;
import dev.ruff.spi.Capability;
import dev.ruff.stdlib.Scripts;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** load_image and the Image methods on a small generated PNG; results checked pixel by pixel in Java. */
class ImageModuleTest {
    private static final int RED = 0xffff0000;
    private static final int BLUE = 0xff0000ff;
    @TempDir
    Path dir;
    private String png;

    @BeforeEach
    void writeImage() throws IOException {
        // 4x2: left half red, right half blue
        BufferedImage img = new BufferedImage(4, 2, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 4; x++) {
                img.setRGB(x, y, x < 2 ? RED : BLUE);
            }
        }
        Path p = dir.resolve("in.png");
        ImageIO.write(img, "png", p.toFile());
        png = slash(p);
    }

    private String slash(Path p) {
        return p.toString().replace("\\", "/");
    }

    private BufferedImage read(String name) throws IOException {
        return ImageIO.read(dir.resolve(name).toFile());
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void fieldsAndGeometry(BackendType backend) throws IOException {
        String d = slash(dir);
        assertEquals("""
                4 2 png image
                8 4
                6 3
                2 4
                2 2
                true
                """, Scripts.run(backend, """
                img := load_image("%s")
                print(str(img.width) + " " + str(img.height) + " " + img.format + " " + type(img))
                big := img.resize(8, 4)
                print(str(big.width) + " " + str(big.height))
                fit := img.resize(10, 3, "fit")
                print(str(fit.width) + " " + str(fit.height))
                r := img.rotate(90)
                print(str(r.width) + " " + str(r.height))
                c := img.crop(1, 0, 2, 2)
                print(str(c.width) + " " + str(c.height))
                print(img.flip("horizontal").save("%s/flipped.png"))
                r.save("%s/rotated.png")
                c.save("%s/cropped.png")
                img.to_grayscale().save("%s/gray.png")
                img.adjust_brightness(0.5).save("%s/dark.png")
                img.blur(1.0).save("%s/blurred.png")
                img.save("%s/copy.jpg")
                """.formatted(png, d, d, d, d, d, d, d)));
        assertEquals(BLUE, read("flipped.png").getRGB(0, 0));
        assertEquals(RED, read("flipped.png").getRGB(3, 1));
        BufferedImage rotated = read("rotated.png");
        assertEquals(RED, rotated.getRGB(0, 0));
        assertEquals(BLUE, rotated.getRGB(0, 3));
        BufferedImage cropped = read("cropped.png");
        assertEquals(RED, cropped.getRGB(0, 0));
        assertEquals(BLUE, cropped.getRGB(1, 0));
        int gray = read("gray.png").getRGB(0, 0);
        assertTrue(((gray >> 16) & 0xff) == (gray & 0xff) && ((gray >> 8) & 0xff) == (gray & 0xff));
        assertEquals(0xff800000, read("dark.png").getRGB(0, 0));
        int mid = read("blurred.png").getRGB(1, 0);
        assertTrue((mid & 0xff) > 0 && ((mid >> 16) & 0xff) < 255, Integer.toHexString(mid));
        BufferedImage jpg = read("copy.jpg");
        assertEquals(4, jpg.getWidth());
        assertEquals(2, jpg.getHeight());
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void errorsUseUpstreamWords(BackendType backend) {
        assertEquals("""
                Cannot load image 'nope.png': No such file or directory (os error 2)
                Image has no method 'sharpen'
                Image.rotate supports 90, 180 or 270 degrees, got 45
                Image.flip direction must be 'horizontal' or 'vertical'
                """, Scripts.run(backend, """
                try { load_image("nope.png") } except e { print(e.message) }
                img := load_image("%s")
                try { img.sharpen() } except e { print(e.message) }
                try { img.rotate(45) } except e { print(e.message) }
                try { img.flip("diagonal") } except e { print(e.message) }
                """.formatted(png)));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void notAnImageIsAClearError(BackendType backend) throws IOException {
        Files.writeString(dir.resolve("text.png"), "not an image");
        assertEquals("Cannot load image '" + slash(dir) + "/text.png': The image format could not be determined",
                Scripts.error(backend, "load_image(\"" + slash(dir) + "/text.png\")"));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void saveNeedsFilesystemWrite(BackendType backend) {
        assertEquals("Capability denied: filesystem-write required for Image.save; "
                + "grant it with RuffEngine.builder().grant(Capability.FS_WRITE)\n",
                Scripts.runGranting(backend, """
                        img := load_image("%s")
                        try { img.save("%s/x.png") } except e { print(e.message) }
                        """.formatted(png, slash(dir)), Capability.FS_READ));
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    @ParameterizedTest
    @EnumSource(BackendType.class)
    void gifToWebpValidatesBeforeLookingForTheTool(BackendType backend) {
        assertEquals("""
                gif_to_webp quality must be in range 0-100
                gif_to_webp method must be in range 0-6
                gif_to_webp input file does not exist: missing.gif
                """, Scripts.run(backend, """
                try { gif_to_webp("a.gif", "b.webp", 101) } except e { print(e.message) }
                try { gif_to_webp("a.gif", "b.webp", 80, 7) } except e { print(e.message) }
                try { gif_to_webp("missing.gif", "b.webp") } except e { print(e.message) }
                """));
    }
    @ParameterizedTest
    @EnumSource(BackendType.class)
    void gifToWebpRunsGif2webpOrSaysItIsMissing(BackendType backend) throws IOException {
        BufferedImage frame = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        frame.setRGB(0, 0, RED);
        ImageIO.write(frame, "gif", dir.resolve("in.gif").toFile());
        String out = Scripts.run(backend, """
                try { print(gif_to_webp("%1$s/in.gif", "%1$s/out.webp")) } except e { print(e.message) }
                """.formatted(slash(dir)));
        boolean installed = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, "gif2webp")));
        if (installed) {
            assertEquals("true\n", out);
            byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(dir.resolve("out.webp")), 4);
            assertEquals("RIFF", new String(head, java.nio.charset.StandardCharsets.US_ASCII));
        } else {
            assertEquals("gif_to_webp requires the 'gif2webp' CLI tool to be installed and available in PATH\n", out);
            assertFalse(Files.exists(dir.resolve("out.webp")));
        }
    }
}
